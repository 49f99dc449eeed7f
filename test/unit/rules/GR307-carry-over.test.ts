import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR307: 上年结转 differs from last year\'s 结转下年度继续办理, per column; the 总计 that follows from them is not reported again', () => {
  const lastYear = buildReport({
    table2: {
      carriedIn: ['0', '0', '0', '0', '0', '0', '0'],
      new: ['6', '1', '0', '0', '0', '0', '7'],
      carriedOut: ['2', '0', '0', '0', '0', '0', '2'],
    },
  });
  const text = buildReport();
  assert.deepEqual(diagnosticsOf('GR307', text, undefined, lastYear).map(view), [
    { severity: 'warning', message: '二、上年结转政府信息公开申请数量·自然人 为 1，上年报告的四、结转下年度继续办理为 2', range: cellRange(text, '二、上年结转', 1) },
  ]);
});

test('GR307: a 总计 that differs while every column agrees is reported on the 总计', () => {
  const lastYear = buildReport({
    table2: {
      carriedIn: ['0', '0', '0', '0', '0', '0', '0'],
      new: ['6', '1', '0', '0', '0', '0', '7'],
      carriedOut: ['1', '0', '0', '0', '0', '0', '3'],
    },
  });
  const text = buildReport();
  assert.deepEqual(diagnosticsOf('GR307', text, undefined, lastYear).map(view), [
    { severity: 'warning', message: '二、上年结转政府信息公开申请数量·总计 为 1，上年报告的四、结转下年度继续办理为 3', range: cellRange(text, '二、上年结转', 7) },
  ]);
});

test('GR307: carried over as last year said, or no last year\'s report', () => {
  assert.deepEqual(diagnosticsOf('GR307', buildReport(), undefined, buildReport()), []);
  assert.deepEqual(diagnosticsOf('GR307', buildReport()), []);
});
