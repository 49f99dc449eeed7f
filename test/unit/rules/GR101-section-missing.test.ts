import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR101: a missing section is reported at the heading of the section that follows it', () => {
  const text = buildReport({ headings: { appeals: null } });
  assert.deepEqual(diagnosticsOf('GR101', text).map(view), [
    { severity: 'error', message: '缺少“四、政府信息公开行政复议、行政诉讼情况”部分，年度报告应包含统一格式规定的六个部分', range: lineRangeOf(text, '五、存在的主要问题及改进情况') },
  ]);
});

test('GR101: a missing last section is reported at the last heading present', () => {
  const text = buildReport({ headings: { other: null } });
  assert.deepEqual(diagnosticsOf('GR101', text).map((d) => [d.message, d.range]), [
    ['缺少“六、其他需要报告的事项”部分，年度报告应包含统一格式规定的六个部分', lineRangeOf(text, '五、存在的主要问题及改进情况')],
  ]);
});

test('GR101: a complete report, and a variant heading, have no missing section', () => {
  assert.deepEqual(diagnosticsOf('GR101', buildReport()), []);
  assert.deepEqual(diagnosticsOf('GR101', buildReport({ headings: { proactive: '二、行政机关主动公开政府信息情况' } })), []);
});
