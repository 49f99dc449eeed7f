import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR110: a section with its heading but no table', () => {
  const text = buildReport({ noTable: ['requests'] });
  assert.deepEqual(diagnosticsOf('GR110', text).map(view), [
    {
      severity: 'error',
      message: '“三、收到和处理政府信息公开申请情况”部分没有表二（收到和处理政府信息公开申请情况），应在标题下填写该表',
      range: lineRangeOf(text, '三、收到和处理政府信息公开申请情况'),
    },
  ]);
});

test('GR110: every table in place', () => {
  assert.deepEqual(diagnosticsOf('GR110', buildReport()), []);
});
