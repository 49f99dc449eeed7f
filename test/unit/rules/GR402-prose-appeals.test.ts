import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, rangeOf, view } from '../../helpers/report';

test('GR402: appeal counts in 总体情况 that contradict table 3', () => {
  const text = buildReport({ overview: ['本年度被申请行政复议2件，行政诉讼1件。'] });
  assert.deepEqual(diagnosticsOf('GR402', text).map(view), [
    { severity: 'warning', message: '总体情况称行政复议 2 件，表三“行政复议”总计为 1', range: rangeOf(text, '行政复议2件') },
    { severity: 'warning', message: '总体情况称行政诉讼 1 件，表三“行政诉讼”各组总计之和为 0', range: rangeOf(text, '行政诉讼1件') },
  ]);
});

test('GR402: 无…行政复议 is a statement of 0', () => {
  const text = buildReport({ overview: ['本年度无行政复议、行政诉讼案件。'] });
  assert.deepEqual(diagnosticsOf('GR402', text).map(view), [
    { severity: 'warning', message: '总体情况称行政复议 0 件，表三“行政复议”总计为 1', range: rangeOf(text, '行政复议') },
  ]);
});

test('GR402: agreeing statements', () => {
  assert.deepEqual(diagnosticsOf('GR402', buildReport()), []);
  assert.deepEqual(diagnosticsOf('GR402', buildReport({ overview: ['全年发生行政复议案件1件，未发生行政诉讼。'] })), []);
});

test('GR402: 其中复议后起诉N件 counts lawsuits, not 行政复议', () => {
  // Table 3 (default): 行政复议 1, lawsuits 0.
  const agreeing = buildReport({ overview: ['本年度被申请行政复议1件，被提起行政诉讼0件（其中复议后起诉0件）。'] });
  assert.deepEqual(diagnosticsOf('GR402', agreeing), []);
  const table3 = ['1', '0', '0', '0', '1', '0', '0', '0', '0', '0', '2', '0', '0', '0', '2'];
  const lawsuits = buildReport({ table3, overview: ['本年度被申请行政复议1件，被提起行政诉讼2件，其中复议后起诉2件。'] });
  assert.deepEqual(diagnosticsOf('GR402', lawsuits), []);
});

test('GR402: 行政复议、行政诉讼各N件 states N for both', () => {
  // Table 3 (default): 行政复议 1, lawsuits 0.
  const both0 = buildReport({ overview: ['本年度发生行政复议、行政诉讼各0件。'] });
  assert.deepEqual(diagnosticsOf('GR402', both0).map(view), [
    { severity: 'warning', message: '总体情况称行政复议 0 件，表三“行政复议”总计为 1', range: rangeOf(both0, '行政复议、行政诉讼各0件') },
  ]);
  const both1 = buildReport({ overview: ['本年度发生行政复议和行政诉讼各1件。'] });
  assert.deepEqual(diagnosticsOf('GR402', both1).map(view), [
    { severity: 'warning', message: '总体情况称行政诉讼 1 件，表三“行政诉讼”各组总计之和为 0', range: rangeOf(both1, '行政诉讼各1件') },
  ]);
  // 共0件 is a sum, not a count for each: 行政复议 is given no count (the 0 belongs to 行政诉讼, which agrees).
  assert.deepEqual(diagnosticsOf('GR402', buildReport({ overview: ['本年度发生行政复议、行政诉讼共0件。'] })), []);
});
