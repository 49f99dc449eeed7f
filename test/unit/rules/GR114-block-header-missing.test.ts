import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';
import { relayoutTables } from '../../helpers/variants';

test('GR114: a lost block header (a row of empty cells) is written back into its first cell', () => {
  const text = buildReport({ table1Headers: { item1: null } });
  const [diagnostic, ...rest] = diagnosticsOf('GR114', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'warning',
    message: '表一“规章、行政规范性文件”一块缺少块标题，应为“第二十条第（一）项”',
    range: lineRangeOf(text, '| | | | |'),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
});

test('GR114: every block header present', () => {
  assert.deepEqual(diagnosticsOf('GR114', buildReport()), []);
});

test('GR114: in the tab-led layout the row of empty cells is reported and filled; without empty cells, the column header row', () => {
  const pipes = buildReport({ table1Headers: { item5: null } });
  const tabs = relayoutTables(pipes, () => 'tabCellPerLine');
  const lines = tabs.split('\n');
  const header = lines.findIndex((line, i) => line === '\t信息内容' && lines[i + 1] === '\t本年处理决定数量' && lines[i + 3] === '\t行政许可');
  // Above the column header row: a blank line, then the empty row's four lines (`\t`); the first one is reported.
  const emptyRow = header - 5;
  assert.deepEqual(lines.slice(emptyRow - 1, header), ['', '\t', '\t', '\t', '\t', '']);
  const diagnostics = diagnosticsOf('GR114', tabs);
  assert.deepEqual(diagnostics.map(view), [
    { severity: 'warning', message: MESSAGE_ITEM5, range: { start: { line: emptyRow, character: 0 }, end: { line: emptyRow, character: 1 } } },
  ]);
  const fixed = [...lines];
  fixed[emptyRow] = '\t第二十条第（五）项';
  assert.equal(applyFix(tabs, diagnostics[0]), fixed.join('\n'));

  const dropped = relayoutTables(pipes, () => 'cellFollowedByPipe');
  // The second block's caption row (`信息内容 |` opens each of the four blocks).
  const onCaption = diagnosticsOf('GR114', dropped);
  assert.deepEqual(onCaption.map(view), [{ severity: 'warning', message: MESSAGE_ITEM5, range: lineRangeOf(dropped, '信息内容 |', 1) }]);
  assert.equal(onCaption[0].fix, undefined);
});

const MESSAGE_ITEM5 = '表一“行政许可”一块缺少块标题，应为“第二十条第（五）项”';
