import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { detectEdition, EDITION_2019_MARKERS } from '../../../server/src/core/parse/edition';
import { splitLines } from '../../../server/src/core/parse/lines';
import { tokenize } from '../../../server/src/core/parse/tokens';

const tokenized = (...lines: string[]) => tokenize(splitLines(lines.join('\n')));

test('the words that tell the 2019 format are read off the two editions’ tables', () => {
  assert.deepEqual(EDITION_2019_MARKERS, {
    table1Headers: ['第二十条第九项'],
    // 处理决定数量 is a 2019 column too, but 本年处理决定数量 (2021) contains it: a 2021 report may shorten to it.
    table1Labels: ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增减', '其他对外管理服务事项', '采购项目数量', '采购总金额', '政府集中采购'],
    table2Rows: ['其他处理'],
  });
});

test('detectEdition: a 2019 column, label or block header in table 1 makes the 2019 format', () => {
  assert.equal(detectEdition(tokenized('| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |')).id, '2019');
  assert.equal(detectEdition(tokenized('| 第二十条第（ 九 ）项 | | |', '| 政府 集中采购 | 1 | 2 |')).id, '2019');
  assert.equal(detectEdition(tokenized('| 第二十条第(九)项 |')).id, '2019');
});

test('detectEdition: 2021 tables, and a 2021 label shortened to a 2019 word, stay the 2021 format', () => {
  assert.equal(detectEdition(tokenized('| 信息内容 | 本年处理决定数量 |', '| 行政许可 | 5 |')).id, '2021');
  assert.equal(detectEdition(tokenized('| 信息内容 | 处理决定数量 |', '| 行政许可 | 5 |')).id, '2021');
  assert.equal(detectEdition(undefined, tokenized('| （六）其他处理 | |', '| 1.申请人无正当理由逾期不补正 | 0 | 0 |')).id, '2021');
});

test('detectEdition: table 2’s 其他处理 with numbers of its own makes the 2019 format', () => {
  assert.equal(detectEdition(undefined, tokenized('| （六）其他处理 | 1 | 0 | 1 |')).id, '2019');
});
