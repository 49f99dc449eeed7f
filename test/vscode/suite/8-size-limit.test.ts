// A report above govreport.maxFileSize is not sent to the server (client/src/sizeLimit.ts): the client shows the
// server's size notice itself, and sends the report once it is under the limit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GovreportApi } from '../../../client/src/activate';
import {
  assertDiagnosticsBecome,
  closeAllEditors,
  coreDiagnostics,
  expectedDiagnostics,
  extension,
  openReport,
  SEED_004,
  workspaceFile,
  type ExpectedDiagnostic,
} from './helpers';

/** The notice, in the CLI's JSON shape the helpers compare in. */
function notice(length: number, limit: number): ExpectedDiagnostic {
  return {
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    severity: 'information',
    code: 'max-file-size',
    message: `文件有 ${length} 个字符，超过设置 govreport.maxFileSize 的上限 ${limit}，未作检查。`,
  };
}

function withheld(): string[] {
  return (extension().exports as GovreportApi).withheldFromServer();
}

/** Characters of a file on disk, before it is opened (opening sends it, or not, under the limit of that moment). */
async function lengthOnDisk(uri: vscode.Uri): Promise<number> {
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).length;
}

async function setLimit(limit: number | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('govreport').update('maxFileSize', limit, vscode.ConfigurationTarget.Workspace);
}

suite('reports above govreport.maxFileSize', () => {
  const aboveLimit = () => workspaceFile('size', 'above-limit.govreport');
  const shrinking = () => workspaceFile('size', 'shrinking.govreport');
  const unopened = () => workspaceFile('unopened', 'jianshan-2025.govreport');

  suiteTeardown(async () => {
    await setLimit(undefined);
    await closeAllEditors();
  });

  test('are not sent to the server: the client shows the size notice', async () => {
    await setLimit(1000);
    const editor = await openReport(aboveLimit());
    await assertDiagnosticsBecome(aboveLimit(), [notice(editor.document.getText().length, 1000)]);
    assert.deepEqual(withheld(), [aboveLimit().toString()]);
  });

  test('raising the limit sends the report: the server’s diagnostics replace the notice', async () => {
    await setLimit(undefined);
    await assertDiagnosticsBecome(aboveLimit(), expectedDiagnostics(SEED_004));
    assert.deepEqual(withheld(), []);
  });

  test('a report edited back under the limit is sent with its edits and checked', async () => {
    await closeAllEditors();
    const length = await lengthOnDisk(shrinking());
    await setLimit(length - 1);
    const editor = await openReport(shrinking());
    const document = editor.document;
    assert.equal(document.getText().length, length);
    await assertDiagnosticsBecome(shrinking(), [notice(length, length - 1)]);
    assert.deepEqual(withheld(), [shrinking().toString()]);

    // One character out: the 6 of the （七）总计 row's first cell, so the server's findings show it got the edited
    // text, not the text as opened.
    const row = '(七)总计 | 6 |';
    const at = document.getText().indexOf(row) + row.indexOf('6');
    assert.ok(await editor.edit((edit) => edit.delete(new vscode.Range(document.positionAt(at), document.positionAt(at + 1)))));
    const expected = coreDiagnostics(document.getText());
    assert.notDeepStrictEqual(expected, expectedDiagnostics(SEED_004));
    await assertDiagnosticsBecome(shrinking(), expected);
    assert.deepEqual(withheld(), []);
    await document.save();
  });

  test('closing a withheld report clears its notice', async () => {
    const uri = workspaceFile('size', 'closing.govreport');
    await setLimit(1000);
    const editor = await openReport(uri);
    await assertDiagnosticsBecome(uri, [notice(editor.document.getText().length, 1000)]);
    assert.deepEqual(withheld(), [uri.toString()]);
    // Closed for the extension as 2-diagnostics.test.ts closes a report: VS Code disposes of a closed editor's
    // document when it likes, a language change away from govreport closes it for the client at once.
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === uri.toString()) {
          listener.dispose();
          resolve();
        }
      });
    });
    await vscode.languages.setTextDocumentLanguage(editor.document, 'markdown');
    await closed;
    await assertDiagnosticsBecome(uri, []);
    assert.deepEqual(withheld(), []);
  });

  test('govreport.checkWorkspace gives a report above the limit the notice instead of sending it', async () => {
    await closeAllEditors();
    await setLimit(1000);
    await vscode.commands.executeCommand('govreport.checkWorkspace');
    await assertDiagnosticsBecome(unopened(), [notice(await lengthOnDisk(unopened()), 1000)]);
  });
});
