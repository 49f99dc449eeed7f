import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf, positionAt, view } from '../../helpers/report';

test('GR103: the second occurrence of a section is reported, pointing back to the first', () => {
  const clean = buildReport();
  const text = `${clean}六、其他需要报告的事项\n无。\n`;
  const start = positionAt(text, clean.length);
  const diagnostics = diagnosticsOf('GR103', text);
  assert.deepEqual(diagnostics.map(view), [
    {
      severity: 'error',
      message: '“六、其他需要报告的事项”部分重复出现，每个部分只应出现一次',
      range: { start, end: { line: start.line, character: '六、其他需要报告的事项'.length } },
    },
  ]);
  assert.equal(diagnostics[0].related?.[0].range.start.line, clean.split('\n').indexOf('六、其他需要报告的事项'));
});

test('GR103: each section once is no duplicate', () => {
  assert.deepEqual(diagnosticsOf('GR103', buildReport()), []);
});
