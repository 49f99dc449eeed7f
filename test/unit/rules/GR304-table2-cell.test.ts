import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR304: one cell explains a failing row sum and a failing result column: that cell, with the value that makes both hold', () => {
  const text = buildReport({ table2: { disclosed: ['4', '1', '0', '0', '0', '0', '4'] } });
  const [diagnostic, ...rest] = diagnosticsOf('GR304', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'error',
    message: '（一）予以公开·自然人 为 4，应为 3：这样本列（七）总计和本行总计都成立',
    range: cellRange(text, '（一）予以公开', 2),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
  assert.deepEqual(['GR301', 'GR302', 'GR303'].flatMap((code) => diagnosticsOf(code, text)), []);
});

test('GR304: a cell of 本年新收 that breaks its row and the column balance', () => {
  const text = buildReport({ table2: { new: ['6', '1', '0', '0', '0', '0', '6'] } });
  const [diagnostic, ...rest] = diagnosticsOf('GR304', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'error',
    message: '一、本年新收政府信息公开申请数量·自然人 为 6，应为 5：这样本列勾稽关系（第一项加第二项之和等于第三项加第四项之和）和本行总计都成立',
    range: cellRange(text, '一、本年新收', 1),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
  assert.deepEqual(['GR301', 'GR302', 'GR303'].flatMap((code) => diagnosticsOf(code, text)), []);
});

test('GR304: consistent cells', () => {
  assert.deepEqual(diagnosticsOf('GR304', buildReport()), []);
});
