#!/usr/bin/env node
/**
 * `npm run bench:ab -- [--base REV] [--rounds N] [--no-cli]`: the working tree against a git revision (HEAD by
 * default), side by side, for deciding whether a change is worth keeping. The machine's speed drifts by 5–10 % within
 * minutes, more than most single changes gain, so the two are measured in alternating processes, round after round:
 * - the median check time of each seed (bench/ab-seeds.mjs, as figure 1 measures it);
 * - the CLI over the 2,000-report folder of figure 6 (made if missing), wall time from spawn to exit.
 * The revision is checked out in a git worktree under bench/.tmp/ab/ (removed at the end) and built there with its
 * own scripts/build.mjs; lying inside this checkout, it finds this checkout's node_modules. Prints markdown: each
 * figure's mean over the rounds, and the change.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBenchModules, bundleForBench, CORE_EXPORTS } from './build.mjs';
import { generateReports, readSeeds, writeFolders } from './corpus.mjs';
import { ROOT, TMP } from './paths.mjs';
import { now } from './stats.mjs';

const { values: options } = parseArgs({
  options: {
    base: { type: 'string', default: 'HEAD' },
    rounds: { type: 'string', default: '6' },
    'no-cli': { type: 'boolean', default: false },
  },
});
const rounds = Number(options.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of rounds, not ${options.rounds}`);

const AB = join(TMP, 'ab');
const BASE_TREE = join(AB, 'base');
mkdirSync(AB, { recursive: true });

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** A fresh worktree of the base revision (the previous one removed), so its sources are exactly that revision's. */
function checkOutBase(revision) {
  if (existsSync(BASE_TREE)) git('worktree', 'remove', '--force', BASE_TREE);
  // A worktree whose folder was deleted by hand (bench/.tmp cleared) is still registered until pruned.
  git('worktree', 'prune');
  git('worktree', 'add', '--quiet', '--detach', BASE_TREE, revision);
  return git('rev-parse', '--short', revision);
}

/** dist/ of a source tree, built by that tree's own build script (bundle layout may differ between revisions). */
function buildDist(tree) {
  execFileSync(process.execPath, [join(tree, 'scripts', 'build.mjs')], { cwd: tree, stdio: 'ignore' });
  return join(tree, 'dist', 'cli', 'govreport.js');
}

async function folderOf2000() {
  const dir = join(TMP, 'folders', '2000');
  if (existsSync(dir) && readdirSync(dir).length === 2000) return dir;
  const modules = await buildBenchModules();
  return writeFolders(generateReports(modules, readSeeds(), 2000), [2000])[0].dir;
}

function seedMedians(core) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'ab-seeds.mjs'), core], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench/ab-seeds.mjs failed: ${run.stderr.slice(0, 500)}`);
  return JSON.parse(run.stdout);
}

function cliMs(cli, folder) {
  const start = now();
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${cli} exited with ${run.status}: ${run.stderr.slice(0, 500)}`);
  return now() - start;
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const change = (base, working) => `${working <= base ? '−' : '+'}${((Math.abs(working - base) / base) * 100).toFixed(1)} %`;

const baseName = checkOutBase(options.base);
const cores = {
  base: await bundleForBench(BASE_TREE, CORE_EXPORTS, join(AB, 'base-core.mjs')),
  working: await bundleForBench(ROOT, CORE_EXPORTS, join(AB, 'working-core.mjs')),
};
const clis = options['no-cli'] ? undefined : { base: buildDist(BASE_TREE), working: buildDist(ROOT) };
const folder = clis ? await folderOf2000() : undefined;

process.on('exit', () => git('worktree', 'remove', '--force', BASE_TREE));

const seedRuns = { base: [], working: [] };
const cliRuns = { base: [], working: [] };
for (let round = 0; round < rounds; round++) {
  // Which side goes first alternates too: a process right after another on a 2-CPU machine can run slower.
  const order = round % 2 === 0 ? ['base', 'working'] : ['working', 'base'];
  for (const side of order) {
    seedRuns[side].push(seedMedians(cores[side]));
    if (clis) cliRuns[side].push(cliMs(clis[side], folder));
  }
}

console.log(`# A/B: working tree against ${options.base} (${baseName}), ${rounds} rounds, node ${process.version}\n`);
console.log('| figure | base | working tree | change |');
console.log('|---|---|---|---|');
for (const seed of Object.keys(seedRuns.base[0])) {
  const base = mean(seedRuns.base.map((medians) => medians[seed]));
  const working = mean(seedRuns.working.map((medians) => medians[seed]));
  console.log(`| seed ${seed}: check median | ${base.toFixed(1)} µs | ${working.toFixed(1)} µs | ${change(base, working)} |`);
}
if (clis) {
  const base = mean(cliRuns.base);
  const working = mean(cliRuns.working);
  console.log(`| CLI, 2,000 reports | ${base.toFixed(0)} ms | ${working.toFixed(0)} ms | ${change(base, working)} |`);
  console.log(`\nCLI runs (ms): base ${cliRuns.base.map((value) => value.toFixed(0)).join(', ')}; working tree ${cliRuns.working.map((value) => value.toFixed(0)).join(', ')}`);
}
console.log('\nMeans over the rounds; the machine varies by ±2 µs a seed and ±3–5 % on the CLI between runs, so a smaller change is noise.');
