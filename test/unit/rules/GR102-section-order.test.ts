import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR102: a section after a later one is reported once, at its heading', () => {
  const text = buildReport({ order: ['overview', 'requests', 'proactive', 'appeals', 'problems', 'other'] });
  const diagnostics = diagnosticsOf('GR102', text);
  assert.deepEqual(diagnostics.map(view), [
    {
      severity: 'error',
      message: '“二、主动公开政府信息情况”出现在“三、收到和处理政府信息公开申请情况”之后，应按一至六的顺序排列',
      range: lineRangeOf(text, '二、主动公开政府信息情况'),
    },
  ]);
  assert.deepEqual(diagnostics[0].related?.map((related) => related.range), [lineRangeOf(text, '三、收到和处理政府信息公开申请情况')]);
});

test('GR102: sections in order, or with one missing, are not out of order', () => {
  assert.deepEqual(diagnosticsOf('GR102', buildReport()), []);
  assert.deepEqual(diagnosticsOf('GR102', buildReport({ headings: { requests: null } })), []);
});
