import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { splitLines } from '../../../server/src/core/parse/lines';
import { findTableRegion } from '../../../server/src/core/parse/region';

const regionOf = (...lines: string[]) => findTableRegion(splitLines(lines.join('\n')));

test('a table opens at a cell the format opens a table with, wherever it is in the table', () => {
  assert.deepEqual(regionOf('本机关主动公开信息如下。', '| 第二十条第(一)项 | | |', '| 信息内容 | 本年制发件数 | 本年废止件数 |', '| 规章 | 1 | 2 |'), { start: 1, end: 4 });
  assert.deepEqual(regionOf('如下表：', '| 信息内容 | 本年制发件数 |', '| 规章 | 1 |'), { start: 1, end: 3 });
  assert.deepEqual(regionOf('如下表：', '\t（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '\t申请人情况'), { start: 1, end: 3 });
  assert.deepEqual(regionOf('说明。', '| 行政复议 | | 行政诉讼 |', '| 结果维持 | 0 |'), { start: 1, end: 3 });
});

test('a shortened opener of four characters or more opens the table; mentioning an article in prose does not', () => {
  assert.deepEqual(regionOf('说明。', '一 本年新收 | 1 | 0 |'), { start: 1, end: 2 });
  assert.deepEqual(regionOf('说明。', '行政诉讼 | 0 | 0 |'), { start: 1, end: 2 });
  assert.equal(regionOf('第二十条规定的信息均已公开。', '全年无变化。'), undefined);
});
