import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, diagnosticsOf } from '../../helpers/report';

/** Table 2 as one cell per line with blank cells dropped, as copied from some web pages: columns collapse. */
function collapsedTable2(): string {
  const pipe = buildReport();
  const lines = pipe.split('\n');
  const start = lines.indexOf('三、收到和处理政府信息公开申请情况') + 1;
  const end = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
  const cellLines = lines.slice(start, end).map((line) =>
    line.split('|').map((cell) => cell.trim()).filter((cell) => cell !== '').map((cell) => `\t${cell}`).join('\n'),
  );
  // 予以公开 loses its zeros: 3 1 4 instead of 3 1 0 0 0 0 4.
  const broken = cellLines.map((row) => (row.includes('予以公开') ? row.replace(/(\t0\n)+/, '') : row));
  return [...lines.slice(0, start), broken.join('\n\n'), ...lines.slice(end)].join('\n');
}

test('GR116: rows that cannot be aligned are reported once for the table, and no sum rule fires', () => {
  const text = collapsedTable2();
  const diagnostics = diagnosticsOf('GR116', text);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].severity, 'warning');
  assert.match(diagnostics[0].message, /^表二有 \d+ 行的数值无法与列对齐（首先是“.+”行），可能有空单元格被省略；这些行未做求和检查$/);
  assert.deepEqual(['GR301', 'GR302', 'GR303', 'GR304'].flatMap((code) => diagnosticsOf(code, text)), []);
});

test('GR116: aligned tables', () => {
  assert.deepEqual(diagnosticsOf('GR116', buildReport()), []);
});
