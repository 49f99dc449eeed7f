import { TABLE_NAMES } from '../format/prose';
import type { TableRow } from '../model';
import { rowTextName } from './support/names';
import { findTable } from './support/tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR112',
    slug: 'row-unknown',
    severity: 'warning',
    description: '表一或表二中有统一格式中没有的行',
    fixable: false,
    docs: 'gr112',
  },
  check(context) {
    const report = (tableName: string, row: TableRow): void => {
      if (row.rowId) return;
      context.report({
        span: row.labelSpan ?? row.span,
        message: rowTextName(row)
          ? `${tableName}中的“${rowTextName(row)}”行不是统一格式中的行`
          : `${tableName}中有一行没有行名，也对应不上统一格式中的任何一行`,
      });
    };
    const table1 = findTable(context.model, 'table1');
    for (const block of table1?.table.blocks ?? []) for (const row of block.rows) report(TABLE_NAMES.table1, row);
    const table2 = findTable(context.model, 'table2');
    for (const row of table2?.table.rows ?? []) report(TABLE_NAMES.table2, row);
  },
};
