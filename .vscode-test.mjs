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

const root = import.meta.dirname;
const workspace = path.join(root, '.vscode-test', 'workspace');

function prepareWorkspace() {
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  const seedsDir = path.join(root, 'test', 'fixtures', 'seeds');
  fs.mkdirSync(path.join(workspace, 'seeds'), { recursive: true });
  for (const file of fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
    fs.copyFileSync(path.join(seedsDir, file), path.join(workspace, 'seeds', file.replace(/\.txt$/, '.govreport')));
  }
  return workspace;
}

export default defineConfig({
  label: 'code-server',
  files: 'out/test/vscode/suite/**/*.test.js',
  workspaceFolder: prepareWorkspace(),
  useInstallation: { fromPath: path.join(root, 'test', 'vscode', 'harness', 'vscode-standin.mjs') },
  mocha: {
    ui: 'tdd',
    timeout: 60000,
    color: false,
    reporter: path.join(root, 'test', 'vscode', 'harness', 'count-reporter.cjs'),
  },
});
