import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR203: a full-width number is read, reported as information and fixed to half-width', () => {
  const text = buildReport({ table1: { licensing: ['１０'] } });
  const [diagnostic, ...rest] = diagnosticsOf('GR203', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'information',
    message: '表一的 行政许可·本年处理决定数量 写作全角数字“１０”，应为半角“10”',
    range: cellRange(text, '| 行政许可 |', 1),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
  assert.deepEqual(diagnosticsOf('GR201', text), []);
});

test('GR203: several full-width numbers in one table are one finding whose range covers them and whose fix turns all', () => {
  const text = buildReport({ table1: { penalty: ['２'], enforcement: ['３'] } });
  const [diagnostic, ...rest] = diagnosticsOf('GR203', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'information',
    message: '表一的 行政处罚·本年处理决定数量 写作全角数字“２”等 2 个数值，应为半角“2”',
    range: { start: cellRange(text, '| 行政处罚 |', 1).start, end: cellRange(text, '| 行政强制 |', 1).end },
  });
  assert.equal(diagnostic.fix?.title, '将表一的 2 个全角数字改为半角');
  assert.equal(applyFix(text, diagnostic), buildReport({ table1: { penalty: ['2'], enforcement: ['3'] } }));
});

test('GR203: half-width digits', () => {
  assert.deepEqual(diagnosticsOf('GR203', buildReport()), []);
});
