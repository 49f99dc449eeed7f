import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR405: section 六 without a word on 信息处理费', () => {
  const text = buildReport({ other: ['无其他需要报告的事项。'] });
  assert.deepEqual(diagnosticsOf('GR405', text).map(view), [
    {
      severity: 'warning',
      message: '“六、其他需要报告的事项”未说明信息处理费的收取情况，应写明发出收费通知的件数和总金额，或本年度未收取',
      range: lineRangeOf(text, '六、其他需要报告的事项'),
    },
  ]);
});

test('GR405: 信息处理费 or 处理费 stated (also in Traditional characters)', () => {
  assert.deepEqual(diagnosticsOf('GR405', buildReport()), []);
  assert.deepEqual(diagnosticsOf('GR405', buildReport({ other: ['本年度未收取政府信息公开处理费。'] })), []);
  assert.deepEqual(diagnosticsOf('GR405', buildReport({ other: ['本年度未收取政府信息公開處理費。'] })), []);
});
