import { TABLE_NAMES } from '../format/prose';
import type { TableRow } from '../model';
import { rowTextName } from './support/names';
import { findTable } from './support/tables';
import type { Rule, RuleContext } from './types';

/**
 * One report per table: the rows that could not be put in their columns are named, not summed. Pipe tables keep
 * their blank cells, so a wrong count there is GR115's (cell-count) instead.
 */
function reportTable(context: RuleContext, tableName: string, rows: TableRow[]): void {
  const unaligned = rows.filter((row) => row.unaligned);
  if (unaligned.length === 0) return;
  const first = unaligned[0];
  context.report({
    span: first.span,
    message: `${tableName}有 ${unaligned.length} 行的数值无法与列对齐（首先是“${rowTextName(first)}”行），可能有空单元格被省略；这些行未做求和检查`,
  });
}

export const rule: Rule = {
  meta: {
    code: 'GR116',
    slug: 'row-unaligned',
    severity: 'warning',
    description: '表格中有行的数值无法与列对齐（单元格被省略），不做求和检查',
    fixable: false,
    docs: 'gr116',
  },
  check(context) {
    const table1 = findTable(context.model, 'table1');
    if (table1 && table1.table.layout !== 'pipe') reportTable(context, TABLE_NAMES.table1, table1.table.blocks.flatMap((block) => block.rows));
    const table2 = findTable(context.model, 'table2');
    if (table2 && table2.table.layout !== 'pipe') reportTable(context, TABLE_NAMES.table2, table2.table.rows);
    const table3 = findTable(context.model, 'table3');
    if (table3?.table.unaligned && table3.table.layout !== 'pipe') {
      context.report({
        span: table3.table.span,
        message: `${TABLE_NAMES.table3}的数值无法与列对齐，可能有空单元格被省略；未做求和检查`,
      });
    }
  },
};
