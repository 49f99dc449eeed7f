/**
 * Figure 6: the bundled CLI over folders of generated reports, wall time from spawn to exit, per folder size. The
 * marginal time per report (from one folder size to the next) shows linearity without the start-up cost.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_BUNDLE, TMP } from './paths.mjs';
import { now } from './stats.mjs';

/**
 * `govreport check --format json … target`, timed from spawn to exit; `expected` are the exit codes the run may end
 * with (0 and 1 for a folder of readable reports: clean or with errors).
 */
function runCli(target, { args = [], env = process.env, cwd, expected = [0, 1] } = {}) {
  const start = now();
  const run = spawnSync(process.execPath, [CLI_BUNDLE, 'check', '--format', 'json', ...args, target], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env });
  const elapsed = now() - start;
  if (!expected.includes(run.status)) throw new Error(`govreport check exited with ${run.status}: ${run.stderr.slice(0, 500)}`);
  const results = JSON.parse(run.stdout);
  // Files not checked (refused for their size, unreadable) are in the output too, with the reason.
  const checked = results.filter((result) => result.notChecked === undefined);
  return { elapsed, files: checked.length, results: checked, stderr: run.stderr };
}

/** `folders`: [{ size, dir }] ascending; each run `repeats` times, the fastest kept (the least disturbed run). */
export function folderThroughput(folders, repeats) {
  const rows = folders.map(({ size, dir }) => {
    let best;
    for (let i = 0; i < repeats; i++) {
      const run = runCli(dir);
      if (run.files !== size) throw new Error(`the CLI reported ${run.files} files for a folder of ${size}`);
      if (!best || run.elapsed < best.elapsed) best = run;
    }
    return { size, seconds: best.elapsed / 1000, perSecond: size / (best.elapsed / 1000), perReportMs: best.elapsed / size };
  });
  rows.forEach((row, index) => {
    const previous = rows[index - 1];
    row.marginalMs = previous ? ((row.seconds - previous.seconds) * 1000) / (row.size - previous.size) : undefined;
    row.perReportRatio = row.perReportMs / rows[0].perReportMs;
  });
  return rows;
}

/**
 * One folder run another way, fastest of `repeats`: with `args` added to the command (`--jobs 1`: what the worker
 * threads of the default add) or `env` (NODE_OPTIONS: how Node's own settings change the figure).
 */
export function folderRunVariant({ size, dir }, repeats, { args = [], env = {} }) {
  let best;
  for (let i = 0; i < repeats; i++) {
    const run = runCli(dir, { args, env: { ...process.env, ...env } });
    if (run.files !== size) throw new Error(`the CLI reported ${run.files} files for a folder of ${size}`);
    if (!best || run.elapsed < best.elapsed) best = run;
  }
  return { size, seconds: best.elapsed / 1000, perSecond: size / (best.elapsed / 1000) };
}

/**
 * The CLI on one huge file, as a reviewer's folder may hold one: under the default limit (refused, with the reason on
 * stderr) and with `--max-file-size` raised above it (checked). Wall time from spawn to exit; the file is removed.
 */
export function hugeFileRuns(hugeText, raisedLimit) {
  const dir = join(TMP, 'huge');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'huge.txt'), hugeText);
  try {
    return [undefined, raisedLimit].map((limit) => {
      const args = limit === undefined ? [] : ['--max-file-size', String(limit)];
      // Refused: exit 2 with the reason on stderr; checked: exit 1 (the repeated report has errors).
      const run = runCli('huge.txt', { args, cwd: dir, expected: [1, 2] });
      return { limit, elapsed: run.elapsed, refused: run.files === 0 ? run.stderr.trim() : undefined, diagnostics: run.results[0]?.diagnostics.length };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
