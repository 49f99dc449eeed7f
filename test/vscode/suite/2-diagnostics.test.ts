import * as vscode from 'vscode';
import { assertDiagnosticsBecome, closeAllEditors, expectedDiagnostics, govreportDiagnostics, openReport, SEEDS, seedUri, waitFor, workspaceFile } from './helpers';

suite('diagnostics of the seed reports', () => {
  suiteTeardown(closeAllEditors);

  for (const seed of SEEDS) {
    test(`seed ${seed}: exactly the diagnostics the unit tests expect (code, range, severity, message)`, async () => {
      const editor = await openReport(seedUri(seed));
      await assertDiagnosticsBecome(editor.document.uri, expectedDiagnostics(seed));
    });
  }

  test('diagnostics are cleared when the document is closed', async () => {
    const uri = workspaceFile('closing', 'changning-2024.govreport');
    const editor = await openReport(uri);
    await waitFor('diagnostics to appear', () => (govreportDiagnostics(uri).length > 0 ? true : undefined));
    // VS Code gives no guarantee of when it disposes of a document whose editor was closed (it may keep the
    // model for minutes), so the test closes the document for the extension the other way VS Code has: a
    // language change away from govreport, which fires onDidCloseTextDocument and makes the language client
    // send didClose, exactly as a disposal does.
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((document) => {
        if (document.uri.toString() === uri.toString()) { listener.dispose(); resolve(); }
      });
    });
    await vscode.languages.setTextDocumentLanguage(editor.document, 'markdown');
    await closed;
    await waitFor('diagnostics to clear', () => (govreportDiagnostics(uri).length === 0 ? true : undefined), 5000);
    await closeAllEditors();
  });

});
