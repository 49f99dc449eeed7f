// Reports saved in GB18030: VS Code guesses the encoding of a .govreport file it opens (package.json,
// configurationDefaults), and "check all reports" reads the files that are not open as the CLI does
// (client/src/decodeReport.ts). The GB18030 copies are written by .vscode-test.mjs from seed 004.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  assertDiagnosticsBecome,
  closeAllEditors,
  expectedDiagnostics,
  openReport,
  repoRoot,
  SEED_004,
  workspaceFile,
  type ExpectedDiagnostic,
} from './helpers';

function seedText(seed: string): string {
  return fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'seeds', `${seed}.txt`), 'utf8');
}

const ENCODING_NOTICE: ExpectedDiagnostic = {
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  severity: 'warning',
  code: 'encoding',
  message: '文件既不是 UTF-8 也不是 GB18030 文本，未作检查：请另存为 UTF-8 或 GB18030。',
};

suite('reports in GB18030', () => {
  test('a GB18030 report opens as its text and gets the diagnostics of the same report in UTF-8', async () => {
    const uri = workspaceFile('encodings', 'gb18030-opened.govreport');
    const editor = await openReport(uri);
    assert.equal(editor.document.getText(), seedText(SEED_004));
    await assertDiagnosticsBecome(uri, expectedDiagnostics(SEED_004));
  });

  test('govreport.checkWorkspace reads an unopened GB18030 report as GB18030, and marks a file in neither encoding', async () => {
    await closeAllEditors();
    const unopened = workspaceFile('encodings', 'gb18030-unopened.govreport');
    // Latin-1 bytes: invalid UTF-8 (é alone) and invalid GB18030 (a lead byte at the end).
    const unreadable = workspaceFile('encodings', 'latin1.govreport');
    await vscode.workspace.fs.writeFile(unreadable, new Uint8Array([...Buffer.from('Rapport annuel, caf', 'latin1'), 0xe9]));
    try {
      await vscode.commands.executeCommand('govreport.checkWorkspace');
      await assertDiagnosticsBecome(unopened, expectedDiagnostics(SEED_004));
      await assertDiagnosticsBecome(unreadable, [ENCODING_NOTICE]);
    } finally {
      await vscode.workspace.fs.delete(unreadable);
    }
  });
});
