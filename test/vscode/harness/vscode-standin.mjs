#!/usr/bin/env node
// Stand-in for the VS Code executable, named in .vscode-test.mjs as `useInstallation.fromPath`.
//
// @vscode/test-cli (through @vscode/test-electron's runTests) starts "VS Code" with
//   --extensionDevelopmentPath=… --extensionTestsPath=… [--user-data-dir=… --extensions-dir=…] [folder]
// plus Electron flags, and reads the exit code. This program accepts that command line, starts the
// cached code-server (scripts/install-vscode.mjs) on 127.0.0.1 in its own process group, runs the tests in
// its extension host through headless chromium (run-in-workbench.mjs), stops code-server and exits with
// the tests' exit code. The environment test-cli sets (VSCODE_TEST_OPTIONS: the Mocha options and test
// files) reaches the extension host because code-server passes its environment on.
//
// Every run uses a fresh profile in a scratch folder (the --user-data-dir / --extensions-dir test-electron
// passes are reused across runs and would carry open editors and state from one run into the next).
// The full workbench log and code-server's log are kept in .vscode-test/logs/ of the current folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureVscode } from '../../../scripts/vscode/cache.mjs';
import { freshProfile, killGroupNow, startCodeServer } from '../../../scripts/vscode/code-server.mjs';
import { runTestsInWorkbench } from './run-in-workbench.mjs';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  strict: false,
  allowPositionals: true,
  options: {
    extensionDevelopmentPath: { type: 'string', multiple: true },
    extensionTestsPath: { type: 'string' },
  },
});
const devPaths = (values.extensionDevelopmentPath ?? []).map(String);
const testsPath = typeof values.extensionTestsPath === 'string' ? values.extensionTestsPath : undefined;
if (!testsPath || devPaths.length === 0) {
  console.error('vscode-standin: expected --extensionTestsPath=… and --extensionDevelopmentPath=…');
  process.exit(2);
}
const folder = positionals.find((arg) => !arg.startsWith('-'));

const paths = await ensureVscode({ requireSystem: ['chromium'] });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-vscode-test-'));
const profile = freshProfile(scratch);
const logDir = path.resolve('.vscode-test', 'logs');
fs.mkdirSync(logDir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');

let server;
process.on('exit', () => { if (server) killGroupNow(server.pid); });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

let exitCode = 1;
try {
  server = await startCodeServer(paths, profile, { extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
  exitCode = await runTestsInWorkbench({
    baseUrl: server.baseUrl,
    folder,
    devPaths,
    testsPath,
    chromiumPath: paths.chromium,
    browserProfileDir: path.join(scratch, 'chromium'),
    logFile: path.join(logDir, `workbench-${stamp}.log`),
    timeoutMs: Number(process.env.GOVREPORT_VSCODE_TEST_TIMEOUT_MS || 300000),
  });
} catch (err) {
  console.error(`vscode-standin: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  if (server) {
    server.stop();
    await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  if (fs.existsSync(profile.log)) fs.copyFileSync(profile.log, path.join(logDir, `code-server-${stamp}.log`));
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
