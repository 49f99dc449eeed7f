import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, rangeOf, view } from '../../helpers/report';

test('GR404: the title\'s year differs from the statistics period', () => {
  const text = buildReport({ period: '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。' });
  const diagnostics = diagnosticsOf('GR404', text);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'warning');
  assert.equal(diagnostics[0].message, '标题中的年度为 2024 年，统计期限为 2023 年，应为同一年的1月1日至12月31日');
  assert.equal(diagnostics[0].range.start.line, rangeOf(text, '统计期限').start.line);
  assert.deepEqual(diagnostics[0].related?.map((related) => related.range.start.line), [0]);
});

test('GR404: title and period agree', () => {
  assert.deepEqual(diagnosticsOf('GR404', buildReport()), []);
});
