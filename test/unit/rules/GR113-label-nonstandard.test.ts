import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';
import { relayoutTables } from '../../helpers/variants';

test('GR113: 规范性文件 in table 1 becomes 行政规范性文件', () => {
  const text = buildReport({ table1Labels: { normativeDocs: '规范性文件' } });
  const [diagnostic, ...rest] = diagnosticsOf('GR113', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'warning',
    message: '表一的行名“规范性文件”与统一格式不同，应为“行政规范性文件”',
    range: cellRange(text, '| 规范性文件 |', 0),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
});

test('GR113: 部分公开 without its note gets the note back', () => {
  const text = buildReport({ table2Labels: { partial: '（二）部分公开' } });
  const [diagnostic, ...rest] = diagnosticsOf('GR113', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'warning',
    message: '表二的行名“(二)部分公开”与统一格式不同，应为“部分公开（区分处理的，只计这一情形，不计其他情形）”',
    range: cellRange(text, '| （二）部分公开 |', 0),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
});

test('GR113: 驳回申请 in the table-3 header becomes 其他结果', () => {
  const text = buildReport({ table3OtherLabel: '驳回申请' });
  const [diagnostic, ...rest] = diagnosticsOf('GR113', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'warning',
    message: '表三的列名“驳回申请”与统一格式不同，应为“其他结果”',
    range: cellRange(text, '驳回申请', 2),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
});

test('GR113: standard labels', () => {
  assert.deepEqual(diagnosticsOf('GR113', buildReport()), []);
});

test('GR113: table 3 whose first captions are broken over lines in the tab-led layout (`\\t行政` / `复议`)', () => {
  const text = relayoutTables(buildReport({ table3OtherLabel: '驳回申请' }), () => 'tabCellPerLine', (cells) =>
    cells.map((cell) => (/^[\u4e00-\u9fff]{4}$/.test(cell) && cell !== '驳回申请' ? `${cell.slice(0, 2)}\n${cell.slice(2)}` : cell)),
  );
  const line = text.split('\n').indexOf('\t驳回申请');
  const diagnostics = diagnosticsOf('GR113', text);
  assert.deepEqual(diagnostics.map(view), [
    {
      severity: 'warning',
      message: '表三的列名“驳回申请”与统一格式不同，应为“其他结果”',
      range: { start: { line, character: 1 }, end: { line, character: 5 } },
    },
  ]);
  assert.equal(applyFix(text, diagnostics[0]), text.replace('\t驳回申请', '\t其他结果'));
});

test('GR113: item numbering written （1） or 1、 instead of 1. is the standard label', () => {
  const parenthesised = buildReport().replace(/\| (\d)\.(?=[\u4e00-\u9fff])/g, '| （$1）');
  assert.match(parenthesised, /\| （2）重复申请 \|/);
  assert.deepEqual(diagnosticsOf('GR113', parenthesised), []);
  assert.deepEqual(diagnosticsOf('GR111', parenthesised), []);
  assert.deepEqual(diagnosticsOf('GR113', buildReport().replace(/\| (\d)\.(?=[\u4e00-\u9fff])/g, '| $1、')), []);
});
