// Team configuration takes effect at once, without a reload: the govreport.* settings in the workspace's
// .vscode/settings.json, and .govreportrc.json (which wins over the settings, rule by rule).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, expectedDiagnostics, govreportDiagnostics, openReport, replaceFile, SEED_004, sortedExpected, waitFor, workspaceFile, type ExpectedDiagnostic } from './helpers';

suite('severity from settings and .govreportrc.json, without a reload', () => {
  const uri = () => workspaceFile('settings', 'changning-2024.govreport');
  const rcFile = () => workspaceFile('.govreportrc.json');
  let totalError: ExpectedDiagnostic;
  let originalRc = '';

  suiteSetup(async () => {
    const found = expectedDiagnostics(SEED_004).find((d) => d.severity === 'error' && /^（七）总计/.test(d.message));
    assert.ok(found, 'seed 004 is expected to have the （七）总计 error');
    totalError = found;
    await openReport(uri());
    await waitFor('the （七）总计 error', () => (severityOfTotal() === 'error' ? true : undefined));
  });

  suiteTeardown(async () => {
    if (originalRc) replaceFile(rcFile(), originalRc);
    await vscode.workspace.getConfiguration('govreport').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  function severityOfTotal(): string | undefined {
    return govreportDiagnostics(uri()).find((d) => d.message === totalError.message)?.severity;
  }

  test('govreport.rules in the workspace settings turns the error into a warning', async () => {
    await vscode.workspace
      .getConfiguration('govreport')
      .update('rules', { [totalError.code]: 'warning' }, vscode.ConfigurationTarget.Workspace);
    await waitFor('the diagnostic to become a warning', () => (severityOfTotal() === 'warning' ? true : undefined));
  });

  test('.govreportrc.json turning the rule off wins over the settings', async () => {
    originalRc = replaceFile(rcFile(), `${JSON.stringify({ rules: { [totalError.code]: 'off' } }, null, 2)}\n`);
    await waitFor('the diagnostic to disappear', () => (severityOfTotal() === undefined ? true : undefined));
    assert.ok(govreportDiagnostics(uri()).length > 0, 'the other rules still report');
  });

  test('restoring both brings back exactly the expected diagnostics', async () => {
    replaceFile(rcFile(), originalRc);
    originalRc = '';
    await vscode.workspace.getConfiguration('govreport').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitFor('the error to return', () => (severityOfTotal() === 'error' ? true : undefined));
    assert.deepStrictEqual(
      govreportDiagnostics(uri()).map((d) => [d.code, d.severity, d.message]),
      sortedExpected(expectedDiagnostics(SEED_004)).map((d) => [d.code, d.severity, d.message]),
    );
  });
});
