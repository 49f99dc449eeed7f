import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { buildReport, cellRange, diagnosticsOf, view } from '../../helpers/report';

const lastYear = buildReport({ title: '示例市示例局2023年政府信息公开工作年度报告', table1: { normativeDocs: ['1', '0', '4'] } });

test('GR306: 现行有效件数 ≠ last year\'s + 本年制发 − 本年废止', () => {
  const text = buildReport({ table1: { normativeDocs: ['2', '1', '6'] } });
  assert.deepEqual(diagnosticsOf('GR306', text, undefined, lastYear).map(view), [
    {
      severity: 'warning',
      message: '行政规范性文件·现行有效件数 为 6，上年报告的现行有效件数 4 + 本年制发件数 2 − 本年废止件数 1 = 5',
      range: cellRange(text, '| 行政规范性文件 |', 3),
    },
  ]);
});

test('GR306: consistent with last year (4 + 2 − 1 = 5), or no last year\'s report configured', () => {
  assert.deepEqual(diagnosticsOf('GR306', buildReport(), undefined, lastYear), []);
  assert.deepEqual(diagnosticsOf('GR306', buildReport({ table1: { normativeDocs: ['2', '1', '6'] } })), []);
});
