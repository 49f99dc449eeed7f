#!/usr/bin/env node
// Runs the compiled node:test files (out/test/<suite>/**/*.test.js) of the named suites with the spec reporter:
//   node scripts/node-tests.mjs unit lsp fuzz
// Node 20's `node --test` takes no glob patterns (they arrived in Node 21) and, given a folder, would also run
// helper modules as tests, so the test files are listed here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const outTest = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'out', 'test');
const suites = process.argv.slice(2);
if (suites.length === 0) {
  console.error('usage: node scripts/node-tests.mjs SUITE...   (folders of out/test, e.g. unit lsp fuzz)');
  process.exit(2);
}
const files = suites.flatMap((suite) => {
  const dir = path.join(outTest, suite);
  if (!fs.existsSync(dir)) {
    console.error(`no compiled tests in ${dir} (run npm run compile-tests)`);
    process.exit(2);
  }
  return fs.readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
});
const result = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
