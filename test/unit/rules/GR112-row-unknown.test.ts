import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

test('GR112: a row the format does not have is reported at its label', () => {
  const text = buildReport({ table2Extra: [{ label: '（八）其他情形', cells: ['0', '0', '0', '0', '0', '0', '0'] }] });
  assert.deepEqual(diagnosticsOf('GR112', text).map(view), [
    { severity: 'warning', message: '表二中的“(八)其他情形”行不是统一格式中的行', range: cellRange(text, '（八）其他情形', 0) },
  ]);
});

test('GR112: only the format\'s rows', () => {
  assert.deepEqual(diagnosticsOf('GR112', buildReport()), []);
});

test('GR112: a row without a label where no row of the table is missing', () => {
  const text = buildReport({ table2Extra: [{ label: '', cells: ['0', '0', '0', '0', '0', '0', '0'] }] });
  assert.deepEqual(diagnosticsOf('GR112', text).map((d) => d.message), ['表二中有一行没有行名，也对应不上统一格式中的任何一行']);
});
