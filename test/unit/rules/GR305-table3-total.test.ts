import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, cellRange, diagnosticsOf, DEFAULT_TABLE3, view } from '../../helpers/report';

test('GR305: each group whose 总计 is not the sum of its four results, as in seed 003', () => {
  const table3 = ['1', '0', '0', '0', '0', '2', '0', '0', '0', '0', '0', '0', '0', '0', '3'];
  const text = buildReport({ table3, overview: ['本年度工作平稳。'] });
  const cell = (index: number) => cellRange(text, `| ${table3.join(' | ')} |`, index);
  const parts = '结果维持、结果纠正、其他结果、尚未审结之和为';
  const diagnostics = diagnosticsOf('GR305', text);
  assert.deepEqual(diagnostics.map(view), [
    { severity: 'error', message: `行政复议·总计 为 0，${parts} 1`, range: cell(4) },
    { severity: 'error', message: `行政诉讼·未经复议直接起诉·总计 为 0，${parts} 2`, range: cell(9) },
    { severity: 'error', message: `行政诉讼·复议后起诉·总计 为 3，${parts} 0`, range: cell(14) },
  ]);
  assert.match(applyFix(text, diagnostics[0]), /\| 1 \| 0 \| 0 \| 0 \| 1 \| 2 \|/);
});

test('GR305: consistent groups', () => {
  assert.deepEqual(DEFAULT_TABLE3.length, 15);
  assert.deepEqual(diagnosticsOf('GR305', buildReport()), []);
});
