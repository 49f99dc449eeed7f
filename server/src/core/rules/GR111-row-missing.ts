import { TABLE_NAMES } from '../format/prose';
import type { FormatEdition } from '../format/schema';
import type { Span, TableRow } from '../model';
import { table2RowName } from './support/names';
import { findTable } from './support/tables';
import type { Rule, RuleContext } from './types';

interface ExpectedRow {
  id: string;
  name: string;
}

/** Reports each expected row not found, at the next row present (where it should have been inserted). */
function reportMissing(context: RuleContext, tableName: string, expected: ExpectedRow[], rows: TableRow[], tableSpan: Span): void {
  const present = new Map<string, TableRow>();
  for (const row of rows) if (row.rowId && !present.has(row.rowId)) present.set(row.rowId, row);
  expected.forEach((row, index) => {
    if (present.has(row.id)) return;
    const next = expected.slice(index + 1).find((later) => present.has(later.id));
    const anchor = next ? present.get(next.id)!.span : rows.length ? rows[rows.length - 1].span : tableSpan;
    context.report({ span: anchor, message: `${tableName}缺少“${row.name}”行` });
  });
}

/** The rows each edition expects, with their names: the same for every report, so built once per edition. */
const expectedByEdition = new WeakMap<FormatEdition, { table1: ExpectedRow[]; table2: ExpectedRow[] }>();

function expectedRows(edition: FormatEdition): { table1: ExpectedRow[]; table2: ExpectedRow[] } {
  let expected = expectedByEdition.get(edition);
  if (!expected) {
    expected = {
      table1: edition.table1.blocks.flatMap((block) => block.rows.map((row) => ({ id: row.id, name: `${block.header}·${row.label}` }))),
      table2: edition.table2.rows.map((row) => ({ id: row.id, name: table2RowName(row, edition) })),
    };
    expectedByEdition.set(edition, expected);
  }
  return expected;
}

export const rule: Rule = {
  meta: {
    code: 'GR111',
    slug: 'row-missing',
    severity: 'error',
    description: '表一或表二缺少统一格式规定的行',
    fixable: false,
    docs: 'gr111',
  },
  check(context) {
    const { edition, model } = context;
    const table1 = findTable(model, 'table1');
    if (table1) {
      reportMissing(context, TABLE_NAMES.table1, expectedRows(edition).table1, table1.table.blocks.flatMap((block) => block.rows), table1.table.span);
    }
    const table2 = findTable(model, 'table2');
    if (table2) {
      reportMissing(context, TABLE_NAMES.table2, expectedRows(edition).table2, table2.table.rows, table2.table.span);
    }
  },
};
