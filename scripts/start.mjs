#!/usr/bin/env node
// `npm start`: build the extension, install it into a fresh profile of the pinned code-server (VS Code's
// server and web workbench, installed into the cache on first use) and open the sample reports at a
// printed http://127.0.0.1:PORT address. Ctrl-C stops code-server and everything it started.
//
// `npm start -- --cli`: check the sample reports with the command-line checker instead (no browser needed).
// `npm start -- --port 8080`: use that port when it is free.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureVscode } from './vscode/cache.mjs';
import { freshProfile, installExtension, killGroupNow, startCodeServer } from './vscode/code-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = path.join(repoRoot, 'samples');
const vsixPath = path.join(repoRoot, 'dist', 'govreport.vsix');
const cliPath = path.join(repoRoot, 'dist', 'cli', 'govreport.js');

const { values: options } = parseArgs({
  args: process.argv.slice(2),
  options: {
    cli: { type: 'boolean', default: false },
    port: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log('usage: npm start [-- --port N]   open the samples in VS Code (code-server) in your browser\n'
    + '       npm start -- --cli         check the samples on the command line');
  process.exit(0);
}

function npmRun(script) {
  console.log(`[start] npm run ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`[start] npm run ${script} failed`);
    process.exit(result.status ?? 1);
  }
}

if (options.cli) {
  npmRun('build');
  console.log(`[start] node dist/cli/govreport.js check samples`);
  const result = spawnSync(process.execPath, [cliPath, 'check', 'samples'], { cwd: repoRoot, stdio: 'inherit' });
  // Exit code 1 only says that the samples contain errors, which several of them do on purpose; 2 is a real
  // failure of the checker (usage or I/O) and is passed on.
  if (result.status === 1) console.log('[start] (the samples contain errors on purpose: see docs/samples.md)');
  process.exit(result.status === 0 || result.status === 1 ? 0 : (result.status ?? 1));
}

npmRun('package');
let paths;
try {
  paths = await ensureVscode();
} catch (err) {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-start-'));
const profile = freshProfile(scratch);
console.log(`[start] installing ${path.relative(repoRoot, vsixPath)} into a fresh profile`);
try {
  installExtension(paths, profile, vsixPath);
} catch (err) {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
}

let server;
const cleanUp = () => {
  if (server) killGroupNow(server.pid);
  fs.rmSync(scratch, { recursive: true, force: true });
};
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.log(`\n[start] ${signal}: stopping code-server`);
    process.exit(0);
  });
}

try {
  server = await startCodeServer(paths, profile, { port: Number(options.port ?? process.env.PORT ?? 0) });
} catch (err) {
  console.error(`[start] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
const url = `${server.baseUrl}/?folder=${encodeURI(samplesDir)}`;
console.log('');
console.log(`[start] VS Code with the govreport extension is running. Open in your browser:`);
console.log(`\n    ${url}\n`);
console.log('[start] Try 004-changning-data-bureau-2024.txt: its （七）总计 is marked as an error, with a quick fix.');
console.log(`[start] code-server log: ${profile.log}`);
console.log('[start] Press Ctrl-C to stop.');
const { code, signal } = await server.exited;
console.error(`[start] code-server stopped unexpectedly (${signal ?? `exit ${code}`}); the end of its log:`);
console.error(fs.readFileSync(profile.log, 'utf8').split('\n').slice(-30).join('\n'));
process.exit(1);
