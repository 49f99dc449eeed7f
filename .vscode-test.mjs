// @vscode/test-cli configuration for the integration suite (test/vscode/suite, compiled to out/test/vscode).
//
// "VS Code" here is code-server, started by the project's stand-in executable
// (test/vscode/harness/vscode-standin.mjs), because no desktop VS Code build can be downloaded on the
// machines this project is built and tested on. The extension under test is this folder (its dist/
// bundles, so build first: `npm run build`). The tests change settings and files, so each run gets a
// fresh copy of the fixture workspace: test/vscode/workspace/ plus the seed reports as .govreport files.
import { defineConfig } from '@vscode/test-cli';
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';

const root = import.meta.dirname;
const workspace = path.join(root, '.vscode-test', 'workspace');
const SEED_003 = '003_c3b0ef98b8a3f889';
const SEED_004 = '004_a38cdfde3829ff42';

/** Working copies of seed reports that tests edit, save, convert or leave unopened: [path in the workspace, seed]. */
const REPORT_COPIES = [
  ['plain/report-like.txt', SEED_004],
  ['plain/report-like-too.txt', SEED_004],
  ['closing/changning-2024.govreport', SEED_004],
  ['fixes/quick-fix.govreport', SEED_004],
  ['fixes/fix-on-save.govreport', SEED_004],
  ['settings/changning-2024.govreport', SEED_004],
  ['commands/convert.govreport', SEED_004],
  ['commands/export.govreport', SEED_004],
  ['commands/one-cell-per-line.govreport', SEED_003],
  ['unopened/jianshan-2025.govreport', SEED_003],
  ['size/above-limit.govreport', SEED_004],
  ['size/shrinking.govreport', SEED_004],
  ['size/closing.govreport', SEED_004],
];

/** Seed reports saved in GB18030, as many agencies publish them: [path in the workspace, seed]. */
const GB18030_COPIES = [
  ['encodings/gb18030-opened.govreport', SEED_004],
  ['encodings/gb18030-unopened.govreport', SEED_004],
];

function prepareWorkspace() {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  const seedsDir = path.join(root, 'test', 'fixtures', 'seeds');
  fs.mkdirSync(path.join(workspace, 'seeds'), { recursive: true });
  for (const file of fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    fs.copyFileSync(path.join(seedsDir, file), path.join(workspace, 'seeds', file.replace(/\.txt$/, '.govreport')));
  }
  for (const [target, seed] of REPORT_COPIES) {
    fs.mkdirSync(path.dirname(path.join(workspace, target)), { recursive: true });
    fs.copyFileSync(path.join(seedsDir, `${seed}.txt`), path.join(workspace, target));
  }
  for (const [target, seed] of GB18030_COPIES) {
    fs.mkdirSync(path.dirname(path.join(workspace, target)), { recursive: true });
    fs.writeFileSync(path.join(workspace, target), iconv.encode(fs.readFileSync(path.join(seedsDir, `${seed}.txt`), 'utf8'), 'gb18030'));
  }
  return workspace;
}

/**
 * The compiled suite files in the order of their number prefix (1-activation first: it checks that nothing
 * activated the extension before a report was opened). A glob would hand them over in no defined order.
 */
function suiteFiles() {
  const dir = path.join(root, 'out', 'test', 'vscode', 'suite');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')) : [];
  if (files.length === 0) throw new Error('no compiled suite in out/test/vscode/suite: run `npm run test:vscode`');
  return files.sort((a, b) => parseInt(a, 10) - parseInt(b, 10)).map((f) => path.join(dir, f));
}

export default defineConfig({
  label: 'code-server',
  files: suiteFiles(),
  workspaceFolder: prepareWorkspace(),
  useInstallation: { fromPath: path.join(root, 'test', 'vscode', 'harness', 'vscode-standin.mjs') },
  mocha: {
    ui: 'tdd',
    timeout: 60000,
    color: false,
    reporter: path.join(root, 'test', 'vscode', 'harness', 'count-reporter.cjs'),
  },
});
