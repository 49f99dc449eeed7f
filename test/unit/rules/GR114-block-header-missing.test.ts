import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { applyFix, buildReport, diagnosticsOf, lineRangeOf, view } from '../../helpers/report';

test('GR114: a lost block header (a row of empty cells) is written back into its first cell', () => {
  const text = buildReport({ table1Headers: { item1: null } });
  const [diagnostic, ...rest] = diagnosticsOf('GR114', text);
  assert.deepEqual(rest, []);
  assert.deepEqual(view(diagnostic), {
    severity: 'warning',
    message: '表一“规章、行政规范性文件”一块缺少块标题，应为“第二十条第（一）项”',
    range: lineRangeOf(text, '| | | | |'),
  });
  assert.equal(applyFix(text, diagnostic), buildReport());
});

test('GR114: every block header present', () => {
  assert.deepEqual(diagnosticsOf('GR114', buildReport()), []);
});
