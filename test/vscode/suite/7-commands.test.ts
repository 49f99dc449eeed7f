// Every command the extension contributes is registered and runs on a seed without an error. Commands that
// ask the user something (input boxes, save dialogs) get their answers from stubs of the window API: the
// tests share the extension's `vscode` API object, so the stubs are what the extension calls.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import * as path from 'node:path';
import {
  assertDiagnosticsBecome,
  closeAllEditors,
  core,
  coreDiagnostics,
  govreportDiagnostics,
  LANGUAGE_ID,
  manifest,
  openReport,
  repoRoot,
  SEED_004,
  waitFor,
  workspaceFile,
} from './helpers';

type WindowApi = typeof vscode.window;

/** Replaces window functions for the duration of `body`. */
async function withWindowStubs<T>(stubs: Partial<Record<keyof WindowApi, unknown>>, body: () => Promise<T>): Promise<T> {
  const window = vscode.window as unknown as Record<string, unknown>;
  const originals = Object.fromEntries(Object.keys(stubs).map((key) => [key, window[key]]));
  Object.assign(window, stubs);
  try {
    return await body();
  } finally {
    Object.assign(window, originals);
  }
}

/** Resolves when VS Code's file watcher reports `kind` for `uri`. */
function fileEvent(kind: 'create' | 'change' | 'delete', uri: vscode.Uri): Promise<void> {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), '*'));
  const event = { create: watcher.onDidCreate, change: watcher.onDidChange, delete: watcher.onDidDelete }[kind];
  return new Promise<void>((resolve) => {
    event((reported) => {
      if (reported.toString() !== uri.toString()) return;
      watcher.dispose();
      resolve();
    });
  });
}

suite('commands', () => {
  suiteTeardown(closeAllEditors);

  const contributed = () => (manifest().contributes.commands ?? []).map((c) => c.command);
  const exercised = new Set<string>();

  test('every command in package.json is registered', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(contributed().length > 0, 'package.json contributes commands');
    assert.deepStrictEqual(contributed().filter((id) => !registered.has(id)), []);
  });

  test('govreport.convertToTraditional then govreport.convertToSimplified restores the text', async () => {
    const editor = await openReport(workspaceFile('commands', 'convert.govreport'));
    const original = editor.document.getText();
    await vscode.commands.executeCommand('govreport.convertToTraditional');
    exercised.add('govreport.convertToTraditional');
    assert.equal(editor.document.getText(), core().toTraditional(original));
    assert.notEqual(editor.document.getText(), original);
    assert.match(editor.document.getText(), /政府信息公開工作年度報告|數據局/);
    await vscode.commands.executeCommand('govreport.convertToSimplified');
    exercised.add('govreport.convertToSimplified');
    assert.equal(editor.document.getText(), original);
  });

  for (const [command, format] of [['govreport.exportCsv', 'csv'], ['govreport.exportJson', 'json']] as const) {
    test(`${command} writes the three tables`, async () => {
      const editor = await openReport(workspaceFile('commands', 'export.govreport'));
      const target = workspaceFile('commands', `exported.${format}`);
      const { checkReport, tablesAsCsv, tablesAsJson } = core();
      const result = checkReport(editor.document.getText());
      await withWindowStubs({ showSaveDialog: async () => target, showInformationMessage: async () => undefined }, () =>
        Promise.resolve(vscode.commands.executeCommand(command)));
      exercised.add(command);
      const written = fs.readFileSync(target.fsPath, 'utf8');
      assert.equal(written, format === 'csv' ? tablesAsCsv(result) : tablesAsJson(result));
      if (format === 'json') {
        const tables = JSON.parse(written) as Record<string, unknown>;
        assert.deepStrictEqual(Object.keys(tables).filter((k) => /^table[123]$/.test(k)).sort(), ['table1', 'table2', 'table3']);
      } else {
        assert.match(written, /本年新收政府信息公开申请数量.*,7,/);
      }
    });
  }

  test('govreport.newReport opens a report from the template for the agency and year given', async () => {
    const answers = ['测试市数据局', '2025'];
    await withWindowStubs({ showInputBox: async () => answers.shift() }, () =>
      Promise.resolve(vscode.commands.executeCommand('govreport.newReport')));
    exercised.add('govreport.newReport');
    const editor = await waitFor('the new report', () =>
      (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.languageId, LANGUAGE_ID);
    assert.equal(editor.document.getText(), core().newReportTemplate({ agency: '测试市数据局', year: 2025 }));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('govreport.rewriteTables turns one-cell-per-line tables into pipe rows with the same findings', async () => {
    const editor = await openReport(workspaceFile('commands', 'one-cell-per-line.govreport'));
    const uri = editor.document.uri;
    const before = await waitFor('diagnostics of the one-cell-per-line report', () => {
      const list = govreportDiagnostics(uri);
      return list.length > 0 ? list.map((d) => `${d.code} ${d.message}`).sort() : undefined;
    });
    const linesBefore = editor.document.lineCount;
    await vscode.commands.executeCommand('govreport.rewriteTables');
    exercised.add('govreport.rewriteTables');
    assert.ok(editor.document.lineCount < linesBefore, 'the tables take fewer lines');
    assert.match(editor.document.getText(), /一、本年新收政府信息公开申请数量 \|/);
    await waitFor('the same findings after the rewrite', () => {
      const after = govreportDiagnostics(uri).map((d) => `${d.code} ${d.message}`).sort();
      return JSON.stringify(after) === JSON.stringify(before) ? true : undefined;
    });
  });

  test('govreport.checkWorkspace checks the reports that are not open', async () => {
    await closeAllEditors();
    const unopened = workspaceFile('unopened', 'jianshan-2025.govreport');
    const reports = await vscode.workspace.findFiles('**/*.govreport');
    const messages: string[] = [];
    await withWindowStubs({ showInformationMessage: async (message: string) => { messages.push(message); return undefined; } }, () =>
      Promise.resolve(vscode.commands.executeCommand('govreport.checkWorkspace')));
    exercised.add('govreport.checkWorkspace');
    await waitFor('diagnostics of a report that was never opened', () =>
      (govreportDiagnostics(unopened).some((d) => d.severity === 'error') ? true : undefined));
    assert.equal(messages.length, 1);
    assert.match(messages[0], new RegExp(`\\b${reports.length}\\b`), `the summary names the ${reports.length} reports: ${messages[0]}`);
  });

  test('after govreport.checkWorkspace, a report changed on disk is checked again and a deleted one loses its problems', async () => {
    await closeAllEditors();
    const scratch = workspaceFile('unopened', 'changed-on-disk.govreport');
    const seedText = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'seeds', `${SEED_004}.txt`), 'utf8');
    // Seed 004 as published, then with section 六's number gone: the second text has one problem more (GR101).
    const edited = seedText.replace('六、其他需要报告的事项', '其他需要报告的事项');
    assert.notDeepStrictEqual(coreDiagnostics(edited), coreDiagnostics(seedText));
    // The file watcher reports a change that closely follows a creation as the creation: the file is checked once its
    // creation has been reported, so that the change below is reported as one.
    const created = fileEvent('create', scratch);
    await vscode.workspace.fs.writeFile(scratch, new TextEncoder().encode(seedText));
    await created;
    await withWindowStubs({ showInformationMessage: async () => undefined }, () =>
      Promise.resolve(vscode.commands.executeCommand('govreport.checkWorkspace')));
    await assertDiagnosticsBecome(scratch, coreDiagnostics(seedText));
    await vscode.workspace.fs.writeFile(scratch, new TextEncoder().encode(edited));
    await assertDiagnosticsBecome(scratch, coreDiagnostics(edited));
    await vscode.workspace.fs.delete(scratch);
    await assertDiagnosticsBecome(scratch, []);
  });

  test('after govreport.checkWorkspace, a report added to the workspace is checked, one under node_modules is not', async () => {
    await closeAllEditors();
    const added = workspaceFile('unopened', 'added-later.govreport');
    const packaged = workspaceFile('unopened', 'node_modules', 'pkg', 'packaged.govreport');
    const seedText = fs.readFileSync(path.join(repoRoot(), 'test', 'fixtures', 'seeds', `${SEED_004}.txt`), 'utf8');
    await withWindowStubs({ showInformationMessage: async () => undefined }, () =>
      Promise.resolve(vscode.commands.executeCommand('govreport.checkWorkspace')));
    // The packaged report is written first: once the added one has its diagnostics, the packaged one's creation, if
    // reported at all, was reported before it.
    await vscode.workspace.fs.writeFile(packaged, new TextEncoder().encode(seedText));
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(seedText));
    try {
      await assertDiagnosticsBecome(added, coreDiagnostics(seedText));
      await assertDiagnosticsBecome(packaged, []);
    } finally {
      await vscode.workspace.fs.delete(added);
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(packaged, '..', '..'), { recursive: true });
    }
    await assertDiagnosticsBecome(added, []);
  });

  test('each contributed command was run by one of the tests above', () => {
    assert.deepStrictEqual(contributed().filter((id) => !exercised.has(id)), []);
  });
});
