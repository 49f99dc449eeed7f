import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR302: （七）总计 below the sum of the results is reported per column, and the balance rule stays silent', () => {
  // As in seed 004: 予以公开 7, （七）总计 6 in 自然人 and 总计, 本年新收 7.
  const text = buildReport({
    table2: {
      new: ['7', '0', '0', '0', '0', '0', '7'],
      carriedIn: ['0', '0', '0', '0', '0', '0', '0'],
      disclosed: ['7', '0', '0', '0', '0', '0', '7'],
      partial: ['0', '0', '0', '0', '0', '0', '0'],
      'unable.notHeld': ['0', '0', '0', '0', '0', '0', '0'],
      resultTotal: ['6', '0', '0', '0', '0', '0', '6'],
      carriedOut: ['0', '0', '0', '0', '0', '0', '0'],
    },
    overview: ['本年度共收到政府信息公开申请7件。'],
  });
  const diagnostics = diagnosticsOf('GR302', text);
  assert.deepEqual(diagnostics.map(view), [
    { severity: 'error', message: '（七）总计·自然人 为 6，各办理结果之和为 7', range: cellRange(text, '（七）总计', 1) },
    { severity: 'error', message: '（七）总计·总计 为 6，各办理结果之和为 7', range: cellRange(text, '（七）总计', 7) },
  ]);
  assert.deepEqual(['GR301', 'GR303', 'GR304'].flatMap((code) => diagnosticsOf(code, text)), []);
  const fixed = applyFix(applyFix(text, diagnostics[1]), diagnostics[0]);
  assert.match(fixed, /\| （七）总计 \| 7 \| 0 \| 0 \| 0 \| 0 \| 0 \| 7 \|/);
  assert.deepEqual(diagnosticsOf('GR302', fixed), []);
});

test('GR302: （七）总计 equal to the sum of the results', () => {
  assert.deepEqual(diagnosticsOf('GR302', buildReport()), []);
});
