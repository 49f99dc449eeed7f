#!/usr/bin/env node
'use strict';
// Launcher for the `govreport` command: the bundled CLI when built (npm run build), otherwise the tsc output of
// server/src/cli/main.ts (npm run compile-tests), so the command also works in a fresh development checkout.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const candidates = [path.join(root, 'dist', 'cli', 'govreport.js'), path.join(root, 'out', 'server', 'src', 'cli', 'main.js')];
const entry = candidates.find((candidate) => fs.existsSync(candidate));
if (entry === undefined) {
  process.stderr.write('govreport：找不到已构建的 CLI，请先运行 npm run build\n');
  process.exitCode = 2;
} else {
  require(entry);
}
