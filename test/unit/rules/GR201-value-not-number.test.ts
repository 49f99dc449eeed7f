import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';
import { relayoutTables } from '../../helpers/variants';

test('GR201: a count that is negative or has decimals', () => {
  const text = buildReport({ table1: { normativeDocs: ['2', '-1', '1.5'] } });
  assert.deepEqual(diagnosticsOf('GR201', text).map(view), [
    { severity: 'error', message: '行政规范性文件·本年废止件数 为“-1”，应为非负整数', range: cellRange(text, '| 行政规范性文件 |', 2) },
    { severity: 'error', message: '行政规范性文件·现行有效件数 为“1.5”，应为非负整数', range: cellRange(text, '| 行政规范性文件 |', 3) },
  ]);
});

test('GR201: a negative 万元 amount is reported as such', () => {
  const text = buildReport({ table1: { fees: ['-2.5'] } });
  assert.deepEqual(diagnosticsOf('GR201', text).map(view), [
    { severity: 'error', message: '行政事业性收费·本年收费金额 为“-2.5”，应为非负数', range: cellRange(text, '| 行政事业性收费 |', 1) },
  ]);
});

test('GR201: 万元 amounts may have decimals; non-negative integers elsewhere', () => {
  assert.deepEqual(diagnosticsOf('GR201', buildReport({ table1: { fees: ['12.35'] } })), []);
  assert.deepEqual(diagnosticsOf('GR201', buildReport()), []);
});

test('GR201: text amid table 3’s numbers, one cell per line without row boundaries, is a value that is not a number', () => {
  const text = relayoutTables(buildReport({ table3: ['1', '若干', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'] }), () => 'blankLineSeparated');
  const line = text.split('\n').indexOf('若干');
  assert.deepEqual(diagnosticsOf('GR201', text).map(view), [
    { severity: 'error', message: '行政复议·结果纠正 为“若干”，应为非负整数', range: { start: { line, character: 0 }, end: { line, character: 2 } } },
  ]);
  assert.deepEqual(diagnosticsOf('GR116', text), []);
});
