/**
 * `node --cpu-prof --cpu-prof-dir=bench/.tmp/profiles bench/profile.mjs [seeds|large]`: the core in a loop on the seeds
 * or on the large report, for a CPU profile (open the .cpuprofile in Chrome DevTools or VS Code). Not part of the run.
 */
import { buildBenchModules } from './build.mjs';
import { largeReport, readSeeds } from './corpus.mjs';

const modules = await buildBenchModules();
const seeds = readSeeds();
const target = process.argv[2] ?? 'seeds';
const texts = target === 'large' ? [largeReport(modules, seeds, 2_000_000)] : seeds.map((seed) => seed.text);
const rounds = target === 'large' ? 5 : 2000;
for (let round = 0; round < rounds; round++) for (const text of texts) modules.checkReport(text);
