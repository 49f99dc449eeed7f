import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR301: a row total that disagrees with its applicants, nothing else pointing at a part', () => {
  const text = buildReport({ table2: { 'refused.thirdParty': ['0', '0', '0', '0', '0', '0', '2'] } });
  const [diagnostic, ...rest] = diagnosticsOf('GR301', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'error',
    message: '（三）不予公开·4.保护第三方合法权益·总计 为 2，各类申请人之和为 0',
    range: cellRange(text, '4.保护第三方合法权益', 7),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
  assert.deepEqual(['GR302', 'GR303', 'GR304'].flatMap((code) => diagnosticsOf(code, text)), []);
});

test('GR301: a row total that explains both its row and the 总计 column is the row total\'s', () => {
  const text = buildReport({ table2: { partial: ['1', '0', '0', '0', '0', '0', '2'] } });
  assert.deepEqual(diagnosticsOf('GR301', text).map((d) => d.message), ['（二）部分公开·总计 为 2，各类申请人之和为 1']);
  assert.deepEqual(['GR302', 'GR303', 'GR304'].flatMap((code) => diagnosticsOf(code, text)), []);
});

test('GR301: consistent rows', () => {
  assert.deepEqual(diagnosticsOf('GR301', buildReport()), []);
});
