import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR111: a missing table-2 row is reported at the row that follows it', () => {
  const text = buildReport({ table2Omit: ['refused.thirdParty'] });
  const range = lineRangeOf(text, '5.属于三类内部事务信息');
  assert.deepEqual(diagnosticsOf('GR111', text).map(view), [
    {
      severity: 'error',
      message: '表二缺少“（三）不予公开·4.保护第三方合法权益”行',
      range: { start: { line: range.start.line, character: 2 }, end: { line: range.start.line, character: range.end.character - 2 } },
    },
  ]);
});

test('GR111: every row present', () => {
  assert.deepEqual(diagnosticsOf('GR111', buildReport()), []);
});
