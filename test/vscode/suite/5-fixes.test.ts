import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { closeAllEditors, core, expectedDiagnostics, govreportDiagnostics, openReport, SEED_004, totalRowLine, waitFor, workspaceFile } from './helpers';

/**
 * The first expected error on seed 004's （七）总计 row (from the expectations shared with the unit tests):
 * its 自然人 cell says 6 where the results add up to 7. (The row's 总计 cell has the same error.)
 */
function totalError() {
  const error = expectedDiagnostics(SEED_004).find((d) => d.severity === 'error' && /^（七）总计/.test(d.message));
  assert.ok(error, 'the expectations of seed 004 hold an error on （七）总计');
  return error;
}

suite('quick fixes on seed 004', () => {
  suiteTeardown(closeAllEditors);

  test('the quick fix for （七）总计 sets the total to the sum and clears the error', async () => {
    const expectedError = totalError();
    const editor = await openReport(workspaceFile('fixes', 'quick-fix.govreport'));
    const document = editor.document;
    const diagnostic = await waitFor('the （七）总计 error', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => d.message === expectedError.message));
    assert.equal(diagnostic.range.start.line, totalRowLine(document));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value,
    );
    // The API command hands back the actions without their `diagnostics`; the fix is recognised by the title
    // the core gives it.
    const coreFix = core().checkReport(document.getText()).diagnostics.find((d) => d.message === expectedError.message)?.fix;
    assert.ok(coreFix, 'the core has a fix for that error');
    const offered = actions.map((a) => `${a.title} [${a.kind?.value}]`);
    const fix = actions.find((action) => action.title === coreFix.title);
    assert.ok(fix?.edit, `the quick fix "${coreFix.title}" is offered with an edit; offered: ${offered.join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.lineAt(totalRowLine(document)).text, /^\(七\)总计 \| 7 \| 0 \| 0 \| 0 \| 0 \| 0 \| 6 \|/,
      'the fix changes the 自然人 cell only');
    await waitFor('that error to clear', () =>
      (govreportDiagnostics(document.uri).some((d) => d.message === expectedError.message) ? undefined : true));
  });

  test('editor.codeActionsOnSave with source.fixAll.govreport fixes the whole report when it is saved', async () => {
    const uri = workspaceFile('fixes', 'fix-on-save.govreport');
    const editor = await openReport(uri);
    const line = totalRowLine(editor.document);
    await waitFor('the （七）总计 error', () =>
      (govreportDiagnostics(uri).some((d) => d.line === line + 1 && d.severity === 'error') ? true : undefined));
    // Saving needs a change; add a final newline-only edit that the fixes do not touch.
    await editor.edit((edit) => edit.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, '\n'));
    assert.ok(await editor.document.save(), 'the document saves');
    const onDisk = fs.readFileSync(uri.fsPath, 'utf8');
    assert.match(onDisk.split('\n')[line], /^\(七\)总计 \| 7 \| 0 \| 0 \| 0 \| 0 \| 0 \| 7 \|/, 'the saved file has the fixed total');
    await waitFor('the errors to clear after saving', () =>
      (govreportDiagnostics(uri).some((d) => d.line === line + 1 && d.severity === 'error') ? undefined : true));
  });
});
