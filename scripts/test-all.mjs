#!/usr/bin/env node
// `npm test`: every test of the project, in order, each suite's own output shown as it runs:
//   1. build the bundles and .vsix   npm run package    (the LSP tests drive the bundled servers in dist/)
//   2. unit, LSP and fuzz tests      npm run test:unit  (tsc to out/, node --test)
//   3. real VS Code (code-server)    scripts/install-vscode.mjs (first run: installs into the cache), then
//                                    npm run test:vscode  (Mocha in the extension host through @vscode/test-cli)
//   4. browser UI test               npm run test:ui    (playwright-core + Debian chromium)
// and ends with one plain line "N passed, N failed" over all suites. A suite that cannot run (its build
// failed, code-server could not be installed, it crashed before reporting) counts as one failure, so
// nothing is skipped silently; skipped, cancelled and todo tests count as failed too.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command with its output shown live, and returns its exit code and the output. */
function run(command, args) {
  console.log(`\n[test-all] $ ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; process.stdout.write(chunk); });
    child.stderr.on('data', (chunk) => { output += chunk; process.stderr.write(chunk); });
    child.on('error', (err) => resolve({ code: 127, output: `${output}\n${err.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

/** Counts from node --test's spec reporter summary (ℹ pass N, ℹ fail N, …). */
function nodeTestCounts(output) {
  const count = (name) => {
    const matches = [...output.matchAll(new RegExp(`^ℹ ${name} (\\d+)$`, 'gm'))];
    return matches.reduce((sum, m) => sum + Number(m[1]), 0);
  };
  if (!/^ℹ tests \d+$/m.test(output)) return null;
  const notRun = count('skipped') + count('todo') + count('cancelled');
  return { passed: count('pass'), failed: count('fail') + notRun, note: notRun ? `${notRun} skipped/todo/cancelled counted as failed` : '' };
}

/** Counts from the extension-host suite's reporter line (test/vscode/harness/count-reporter.cjs). */
function vscodeSuiteCounts(output) {
  const match = /^vscode suite: (\d+) passed, (\d+) failed/m.exec(output);
  return match ? { passed: Number(match[1]), failed: Number(match[2]), note: '' } : null;
}

const results = [];
function record(suite, counts, code) {
  if (!counts) {
    results.push({ suite, passed: 0, failed: 1, note: `did not report its tests (exit code ${code})` });
  } else if (code !== 0 && counts.failed === 0) {
    // Every test passed but the run still failed (e.g. a crash after the last test): that is a failure.
    results.push({ suite, ...counts, failed: 1, note: `exit code ${code} although no test failed` });
  } else {
    results.push({ suite, ...counts });
  }
}

const started = Date.now();
const packaged = await run('npm', ['run', 'package']);
const unit = await run('npm', ['run', 'test:unit']);
record('unit, LSP and fuzz tests', nodeTestCounts(unit.output), unit.code);

const installed = packaged.code === 0 ? await run(process.execPath, ['scripts/install-vscode.mjs']) : null;
if (packaged.code !== 0) {
  results.push({ suite: 'real VS Code suite', passed: 0, failed: 1, note: 'not run: npm run package failed' });
  results.push({ suite: 'browser UI test', passed: 0, failed: 1, note: 'not run: npm run package failed' });
} else if (installed && installed.code !== 0) {
  results.push({ suite: 'real VS Code suite', passed: 0, failed: 1, note: 'not run: code-server could not be installed' });
  results.push({ suite: 'browser UI test', passed: 0, failed: 1, note: 'not run: code-server could not be installed' });
} else {
  const vscodeSuite = await run('npm', ['run', 'test:vscode']);
  record('real VS Code suite', vscodeSuiteCounts(vscodeSuite.output), vscodeSuite.code);
  const ui = await run('npm', ['run', 'test:ui']);
  record('browser UI test', nodeTestCounts(ui.output), ui.code);
}

console.log(`\n[test-all] summary after ${Math.round((Date.now() - started) / 1000)} s:`);
for (const r of results) {
  console.log(`[test-all]   ${r.suite}: ${r.passed} passed, ${r.failed} failed${r.note ? ` (${r.note})` : ''}`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
