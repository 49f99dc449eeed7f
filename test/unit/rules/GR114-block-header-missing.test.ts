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
  const [diagnostic, ...rest] = diagnosticsOf('GR114', tabs);
  assert.deepEqual(rest, []);
  const lines = tabs.split('\n');
  const header = lines.findIndex((line, i) => line === '\t信息内容' && lines[i + 1] === '\t本年处理决定数量' && lines[i + 3] === '\t行政许可');
  // Above the column header row: a blank line, then the empty row's lines (`\t`).
  assert.equal(diagnostic.range.start.line, header - 5);
  assert.ok(applyFix(tabs, diagnostic).split('\n').includes('\t第二十条第（五）项'));

  const dropped = relayoutTables(pipes, () => 'cellFollowedByPipe');
  const [onCaption] = diagnosticsOf('GR114', dropped);
  assert.equal(dropped.split('\n')[onCaption.range.start.line], '信息内容 |');
  assert.equal(onCaption.fix, undefined);
});
