import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR303: 一 + 二 ≠ 三（七） + 四 with every row and result sum consistent: reported on 四, no fix', () => {
  const text = buildReport({ table2: { new: ['6', '1', '0', '0', '0', '0', '7'] }, overview: ['本年度工作平稳。'] });
  const diagnostics = diagnosticsOf('GR303', text);
  assert.deepEqual(diagnostics.map(view), [
    {
      severity: 'error',
      message: '自然人列：一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 为 7，（七）总计 + 四、结转下年度继续办理 为 6，两者应相等',
      range: cellRange(text, '四、结转下年度', 1),
    },
    {
      severity: 'error',
      message: '总计列：一、本年新收政府信息公开申请数量 + 二、上年结转政府信息公开申请数量 为 8，（七）总计 + 四、结转下年度继续办理 为 7，两者应相等',
      range: cellRange(text, '四、结转下年度', 7),
    },
  ]);
  assert.equal(diagnostics.some((d) => d.fix), false);
  assert.deepEqual(['GR301', 'GR302', 'GR304'].flatMap((code) => diagnosticsOf(code, text)), []);
});

test('GR303: balanced columns', () => {
  assert.deepEqual(diagnosticsOf('GR303', buildReport()), []);
});
