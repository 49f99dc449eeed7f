// Team configuration takes effect at once, without a reload: the govreport.* settings in the workspace's
// .vscode/settings.json, and .govreportrc.json (which wins over the settings, rule by rule).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, core, expectedDiagnostics, govreportDiagnostics, openReport, replaceFile, SEED_004, sortedExpected, waitFor, workspaceFile, type ExpectedDiagnostic } from './helpers';

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

// The extension gives VS Code the schema of .govreportrc.json (package.json jsonValidation), made from the rule
// registry: VS Code's own JSON support then completes, explains and underlines the file. Edited here, never saved.
suite('.govreportrc.json is completed and checked against its schema', () => {
  const rcFile = () => workspaceFile('team', '.govreportrc.json');

  // Each test edits one file, left active: reverted so that later suites can write the settings.
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  async function editRc(text: string, uri = rcFile()): Promise<vscode.TextDocument> {
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    assert.ok(await editor.edit((builder) => builder.replace(whole, text)));
    return editor.document;
  }

  test('an unknown rule and a severity that does not exist are underlined', async () => {
    await editRc('{\n  "rules": { "GR301": "loud", "GR31": "error" },\n  "reportKind": "auto"\n}\n');
    const diagnostics = await waitFor('the schema problems', () => {
      const found = vscode.languages.getDiagnostics(rcFile());
      return found.length >= 2 ? found : undefined;
    }, 60000);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.message]),
      [
        [1, 22, 1, 28, vscode.DiagnosticSeverity.Warning, 'Value is not accepted. Valid values: "error", "warning", "information", "hint", "off", false.'],
        [1, 30, 1, 36, vscode.DiagnosticSeverity.Warning, 'Property GR31 is not allowed.'],
      ],
    );
  });

  test('rule codes and slugs are offered with what each rule checks', async () => {
    const document = await editRc('{\n  "rules": {  }\n}\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', rcFile(), new vscode.Position(1, 13));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.deepStrictEqual(labels.sort(), core().RULES.flatMap((rule) => [rule.meta.code, rule.meta.slug]).sort());
    const gr301 = list.items.find((item) => item.label === 'GR301');
    assert.ok(gr301, document.getText());
    assert.deepStrictEqual(
      (gr301.documentation as vscode.MarkdownString).value,
      '**GR301** `table2-row-total`：表二某行的总计不等于六类申请人之和（默认：error；可自动修复；说明见 docs/rules.md#gr301）',
    );
  });

  test('in .vscode/settings.json, govreport.rules is completed with the rule names and an unknown one is underlined', async () => {
    const settingsFile = workspaceFile('.vscode', 'settings.json');
    await editRc('{\n  "govreport.rules": { "GR31": "error",  }\n}\n', settingsFile);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', settingsFile, new vscode.Position(1, 39));
    const ruleNames = core().RULES.flatMap((rule) => [rule.meta.code, rule.meta.slug]);
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.deepStrictEqual(labels.sort(), [...ruleNames].sort());
    const diagnostics = await waitFor('the unknown rule name', () => {
      const found = vscode.languages.getDiagnostics(settingsFile);
      return found.length > 0 ? found : undefined;
    }, 60000);
    assert.deepStrictEqual(
      diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.message]),
      [[1, 23, 1, 29, vscode.DiagnosticSeverity.Warning, `Value is not accepted. Valid values: ${ruleNames.map((name) => JSON.stringify(name)).join(', ')}.`]],
    );
  });
});
