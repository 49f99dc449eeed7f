import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openReport, SEED_004, seedUri, totalRowLine, waitFor } from './helpers';

const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

suite('outline, folding and inlay hints on seed 004', () => {
  let document: vscode.TextDocument;
  suiteSetup(async () => {
    document = (await openReport(seedUri(SEED_004))).document;
  });
  suiteTeardown(closeAllEditors);

  test('document symbols: the six sections, with the three tables inside theirs', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return result && result.length > 0 ? result : undefined;
    });
    const sections = symbols.filter((symbol) => SECTION_HEADINGS.some((heading) => symbol.name.startsWith(heading)));
    assert.deepStrictEqual(sections.map((s) => SECTION_HEADINGS.find((h) => s.name.startsWith(h))), SECTION_HEADINGS);
    const tablesIn = (index: number) => sections[index].children.filter((child) => /表/.test(child.name)).length;
    assert.deepStrictEqual([1, 2, 3].map(tablesIn), [1, 1, 1], 'sections 二, 三 and 四 each hold one table');
    assert.equal(sections[0].range.start.line, document.getText().split('\n').findIndex((l) => l.startsWith('一、总体情况')));
  });

  test('folding ranges cover each section and table', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const lines = document.getText().split('\n');
    for (const heading of SECTION_HEADINGS) {
      const start = lines.findIndex((l) => l.startsWith(heading));
      assert.ok(ranges.some((r) => r.start === start && r.end > start), `a folding range starts at ${heading} (line ${start + 1})`);
    }
    const table2Start = lines.findIndex((l) => l.startsWith('(本列数据的勾稽关系为'));
    assert.ok(ranges.some((r) => r.start <= table2Start && r.end >= totalRowLine(document) && r.start > lines.findIndex((l) => l.startsWith('三、'))),
      'a folding range covers table 2');
  });

  test('inlay hints show the computed sum beside the stated （七）总计', async () => {
    const line = totalRowLine(document);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
      'vscode.executeInlayHintProvider', document.uri, new vscode.Range(line, 0, line + 1, 0),
    );
    const labels = hints
      .filter((hint) => hint.position.line === line)
      .map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
    assert.ok(labels.includes('Σ7 ≠'), `the hint after the stated 6 says Σ7 ≠; got ${JSON.stringify(labels)}`);
  });

  test('govreport.inlayHints.enabled = false turns the hints off', async () => {
    const settings = vscode.workspace.getConfiguration('govreport');
    await settings.update('inlayHints.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      const line = totalRowLine(document);
      await waitFor('no inlay hints', async () => {
        const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>(
          'vscode.executeInlayHintProvider', document.uri, new vscode.Range(line, 0, line + 1, 0),
        );
        return hints.length === 0 ? true : undefined;
      });
    } finally {
      await settings.update('inlayHints.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
