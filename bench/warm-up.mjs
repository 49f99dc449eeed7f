/**
 * The CLI's throughput explained: in a fresh process (a cold JIT, as every `govreport check` starts), checkReport over
 * a folder's reports in file order, timed per block of reports. The first blocks run while V8 is still interpreting
 * and compiling the checker; the last shows what a report costs once it has settled. Run as a child process by
 * warmUpCurve on the modules bench/build.mjs made; prints JSON.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_MODULES } from './paths.mjs';
import { now } from './stats.mjs';

const THIS_FILE = fileURLToPath(import.meta.url);

/** [{ from, to, perReportMs }] for blocks of `block` reports of the folder `dir`, in a process of its own. */
export function warmUpCurve(dir, block) {
  const run = spawnSync(process.execPath, [THIS_FILE, dir, String(block)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`warm-up run failed: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(run.stdout);
}

async function childMain([dir, blockText]) {
  const { checkReport, decode } = await import(BENCH_MODULES);
  const block = Number(blockText);
  const files = readdirSync(dir).sort().map((name) => readFileSync(join(dir, name)));
  const blocks = [];
  for (let from = 0; from < files.length; from += block) {
    const to = Math.min(files.length, from + block);
    const start = now();
    for (let index = from; index < to; index++) {
      const decoded = decode(files[index]);
      if (decoded.ok) checkReport(decoded.text);
    }
    blocks.push({ from: from + 1, to, perReportMs: (now() - start) / (to - from) });
  }
  process.stdout.write(JSON.stringify(blocks));
}

if (process.argv[1] === THIS_FILE) await childMain(process.argv.slice(2));
