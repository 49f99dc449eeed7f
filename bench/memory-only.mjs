// Only figure 7's memory row (`node bench/memory-only.mjs`), for quick comparisons while changing the server's
// caching; `npm run bench` prints it with everything else.
import { buildBenchModules } from './build.mjs';
import { generateReports, readSeeds } from './corpus.mjs';
import { memoryWithOpenReports } from './lsp.mjs';

const modules = await buildBenchModules();
const reports = generateReports(modules, readSeeds(), 200);
const memory = await memoryWithOpenReports(reports);
console.log(`${memory.reports} open reports: ${memory.idle.toFixed(0)} MB idle, ${memory.resident.toFixed(0)} MB resident (target ≤150 MB)`);
