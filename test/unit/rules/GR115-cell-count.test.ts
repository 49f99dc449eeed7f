import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, rangeOf, view } from '../../helpers/report';

test('GR115: a pipe row with more value cells than columns', () => {
  const text = buildReport({ table1: { licensing: ['10', '2'] } });
  assert.deepEqual(diagnosticsOf('GR115', text).map(view), [
    { severity: 'error', message: '表一“行政许可”行有 2 个数值，应为 1 个', range: rangeOf(text, '行政许可 | 10 | 2') },
  ]);
});

test('GR115: a pipe row with too few value cells, and no sum rule on it', () => {
  const text = buildReport({ table2: { 'refused.secret': ['1', '1'] } });
  assert.deepEqual(diagnosticsOf('GR115', text).map(view), [
    { severity: 'error', message: '表二“（三）不予公开·1.属于国家秘密”行有 2 个数值，应为 7 个', range: rangeOf(text, '（三）不予公开 | 1.属于国家秘密 | 1 | 1') },
  ]);
  assert.deepEqual(['GR301', 'GR302', 'GR303', 'GR304'].flatMap((code) => diagnosticsOf(code, text)), []);
});

test('GR115: every row with its number of cells', () => {
  assert.deepEqual(diagnosticsOf('GR115', buildReport()), []);
});

test('GR115: in a pipe grid padded with empty cells, a row one cell short lost a value (not a blank 总计)', () => {
  // Every row of the grid is `| label | 7 numbers | | |`; the short row's empty cells are padding.
  const padded = buildReport().replace(/^(\| .*\d \|)$/gm, '$1 | |');
  const text = padded.replace('| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | | |', '| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | | |');
  assert.deepEqual(diagnosticsOf('GR115', text).map((d) => d.message), ['表二“（五）不予处理·2.重复申请”行有 6 个数值，应为 7 个']);
  assert.deepEqual(diagnosticsOf('GR202', text), []);
  // A blank 总计 in a row as wide as the others stays a blank value.
  const blank = padded.replace('| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | | |', '| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 |  | | |');
  assert.deepEqual(diagnosticsOf('GR115', blank), []);
  assert.equal(diagnosticsOf('GR202', blank).length, 1);
});
