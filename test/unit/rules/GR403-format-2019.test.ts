import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR403: a 2024 report in the 2019 format is warned once, naming the format', () => {
  const text = buildReport({ format2019: true });
  const line = lineRangeOf(text, '| 第二十条第（一）项 |');
  assert.deepEqual(diagnosticsOf('GR403', text).map(view), [
    {
      severity: 'warning',
      message: '本报告为 2024 年度报告，表格采用2019年版格式；2021 年及以后的报告应采用2021年版格式',
      range: { start: { line: line.start.line, character: 2 }, end: line.end },
    },
  ]);
});

test('GR403: a 2020 report in the 2019 format, and a 2024 report in the 2021 format, are fine', () => {
  const text2020 = buildReport({
    format2019: true,
    title: '示例市示例局2020年政府信息公开工作年度报告',
    period: '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
  });
  assert.deepEqual(diagnosticsOf('GR403', text2020), []);
  assert.deepEqual(diagnosticsOf('GR403', buildReport()), []);
});
