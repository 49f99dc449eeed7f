import { TABLE_NAMES } from '../format/prose';
import type { TableRow } from '../model';
import { rowTextName, table1RowName, table2RowName } from './support/names';
import { blockSpecOf, findTable } from './support/tables';
import type { Rule, RuleContext } from './types';

/**
 * Only where cells are delimited (pipe rows) is a wrong count the row's own defect; in other layouts blank cells
 * vanish and GR116 says once that the table cannot be aligned.
 */
function reportRow(context: RuleContext, tableName: string, row: TableRow, nameOf: () => string, expected: number | undefined): void {
  if (row.cellCount === undefined || expected === undefined || row.cellCount === expected) return;
  context.report({
    span: row.span,
    message: `${tableName}“${nameOf()}”行有 ${row.cellCount} 个数值，应为 ${expected} 个`,
  });
}

export const rule: Rule = {
  meta: {
    code: 'GR115',
    slug: 'cell-count',
    severity: 'error',
    description: '表格一行中的数值个数与统一格式不符',
    fixable: false,
    docs: 'gr115',
  },
  check(context) {
    const { model, edition } = context;
    const table1 = findTable(model, 'table1');
    for (const block of table1?.table.layout === 'pipe' ? table1.table.blocks : []) {
      const spec = blockSpecOf(block, edition);
      for (const row of block.rows) reportRow(context, TABLE_NAMES.table1, row, () => table1RowName(row, block, edition), spec?.columns.length);
    }
    const table2 = findTable(model, 'table2');
    for (const row of table2?.table.layout === 'pipe' ? table2.table.rows : []) {
      // Names are made only for the rows reported (most rows have the right count).
      const nameOf = () => {
        const spec = edition.table2.rows.find((candidate) => candidate.id === row.rowId);
        return spec ? table2RowName(spec, edition) : rowTextName(row);
      };
      reportRow(context, TABLE_NAMES.table2, row, nameOf, edition.table2.columns.length);
    }
    const table3 = findTable(model, 'table3')?.table;
    if (table3?.layout === 'pipe') {
      const expected = edition.table3.groups.length * edition.table3.columns.length;
      const count = table3.valueCells.length;
      if (count !== expected) {
        const first = table3.valueCells[0];
        const last = table3.valueCells[count - 1];
        context.report({
          span: first && last ? { start: first.span.start, end: last.span.end } : table3.span,
          message: `${TABLE_NAMES.table3}有 ${count} 个数值，应为 ${expected} 个（${edition.table3.groups.length} 组，每组 ${edition.table3.columns.length} 个）`,
        });
      }
    }
  },
};
