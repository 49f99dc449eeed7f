import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR202: empty cells and placeholders where a number belongs, each counted as 0', () => {
  const text = buildReport({ table2: { 'refused.internal': ['/', '-', '—', '无', '0', '0', '0'] } });
  const cell = (index: number) => cellRange(text, '5.属于三类内部事务信息', index);
  const name = '（三）不予公开·5.属于三类内部事务信息';
  assert.deepEqual(diagnosticsOf('GR202', text).map(view), [
    { severity: 'warning', message: `${name}·自然人 填写为“/”，应填写数字（没有的填 0），求和时按 0 计`, range: cell(1) },
    { severity: 'warning', message: `${name}·商业企业 填写为“-”，应填写数字（没有的填 0），求和时按 0 计`, range: cell(2) },
    { severity: 'warning', message: `${name}·科研机构 填写为“—”，应填写数字（没有的填 0），求和时按 0 计`, range: cell(3) },
    { severity: 'warning', message: `${name}·社会公益组织 填写为“无”，应填写数字（没有的填 0），求和时按 0 计`, range: cell(4) },
  ]);
  assert.deepEqual(diagnosticsOf('GR301', text), [], 'placeholders count as 0, so the row total still holds');
});

test('GR202: an empty cell', () => {
  const text = buildReport({ table1: { licensing: [' '] } });
  const diagnostics = diagnosticsOf('GR202', text);
  assert.deepEqual(diagnostics.map((d) => [d.severity, d.message, d.range.start.line]), [
    ['warning', '行政许可·本年处理决定数量 为空，应填写数字（没有的填 0），求和时按 0 计', cellRange(text, '| 行政许可 |', 1).start.line],
  ]);
});

test('GR202: numbers everywhere', () => {
  assert.deepEqual(diagnosticsOf('GR202', buildReport()), []);
});
