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
    await openReport(uri);
    await waitFor('diagnostics to appear', () => (govreportDiagnostics(uri).length > 0 ? true : undefined));
    await closeAllEditors();
    // The editor closing lets VS Code dispose of the document; the client then sends didClose and the
    // server publishes an empty list.
    await waitFor('diagnostics to clear', () => (govreportDiagnostics(uri).length === 0 ? true : undefined), 60000);
  });

});
