import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR203: full-width digits are read, reported as information and fixed to half-width', () => {
  const text = buildReport({ table1: { licensing: ['１０'] } });
  const [diagnostic, ...rest] = diagnosticsOf('GR203', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'information',
    message: '行政许可·本年处理决定数量 写作全角数字“１０”，应为半角“10”',
    range: cellRange(text, '| 行政许可 |', 1),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
  assert.deepEqual(diagnosticsOf('GR201', text), []);
});

test('GR203: half-width digits', () => {
  assert.deepEqual(diagnosticsOf('GR203', buildReport()), []);
});
