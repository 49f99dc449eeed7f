import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, cellRange, diagnosticsOf, rangeOf, view } from '../../helpers/report';

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
  assert.deepEqual(diagnosticsOf('GR115', text).map(view), [
    { severity: 'error', message: '表二“（五）不予处理·2.重复申请”行有 6 个数值，应为 7 个', range: rangeOf(text, '2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0') },
  ]);
  assert.deepEqual(diagnosticsOf('GR202', text), []);
  // A blank 总计 in a row as wide as the others stays a blank value.
  const blank = padded.replace('| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | | |', '| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 |  | | |');
  assert.deepEqual(diagnosticsOf('GR115', blank), []);
  assert.deepEqual(diagnosticsOf('GR202', blank).map(view), [
    { severity: 'warning', message: '（五）不予处理·2.重复申请·总计 为空，应填写数字（没有的填 0），求和时按 0 计', range: cellRange(blank, '2.重复申请', 7) },
  ]);
});

test('GR115: table 1 — in a padded pipe grid, a row one cell short lost a value (not a blank 现行有效件数)', () => {
  // Every table-1 row is `| label | values | padding |`, five cells wide (a Word table with a spare column): a 规章
  // row of four cells lost one.
  const padded = buildReport().replace(/^(\| (?:规章|行政规范性文件|第二十条|信息内容|行政许可|行政处罚|行政强制|行政事业性收费)[^\n]*)$/gm, (line) => {
    const cells = line.split('|').length - 2;
    return `${line}${' |'.repeat(5 - cells)}`;
  });
  assert.match(padded, /^\| 规章 \| 0 \| 0 \| 0 \| \|$/m);
  const text = padded.replace('| 规章 | 0 | 0 | 0 | |', '| 规章 | 0 | 0 | |');
  assert.deepEqual(diagnosticsOf('GR115', text).map(view), [
    { severity: 'error', message: '表一“规章”行有 2 个数值，应为 3 个', range: rangeOf(text, '规章 | 0 | 0') },
  ]);
  assert.deepEqual(diagnosticsOf('GR202', text), []);
  // As wide as its grid, an empty cell is a blank value.
  const blank = padded.replace('| 规章 | 0 | 0 | 0 | |', '| 规章 | 0 | 0 |  | |');
  assert.deepEqual(diagnosticsOf('GR115', blank), []);
  assert.deepEqual(diagnosticsOf('GR202', blank).map(view), [
    { severity: 'warning', message: '规章·现行有效件数 为空，应填写数字（没有的填 0），求和时按 0 计', range: cellRange(blank, '| 规章 |', 3) },
  ]);
  assert.deepEqual(diagnosticsOf('GR115', padded), []);
});

test('GR115: table 1 drawn without padding but with an extra trailing cell: each block has its own width', () => {
  // `规章 | 0 | 0 | 0 | |` in its block, `行政许可 | 10 | |` in the next: 规章 with one value less is short for its block.
  const bare = buildReport().replace(/^\| (.*) \|$/gm, (_, inner: string) => `${inner} | |`);
  const text = bare.replace('规章 | 0 | 0 | 0 | |', '规章 | 0 | 0 | |');
  assert.deepEqual(diagnosticsOf('GR115', text).map(view), [
    { severity: 'error', message: '表一“规章”行有 2 个数值，应为 3 个', range: rangeOf(text, '规章 | 0 | 0') },
  ]);
  assert.deepEqual(diagnosticsOf('GR202', text), []);
  assert.deepEqual(diagnosticsOf('GR115', bare), []);
});
