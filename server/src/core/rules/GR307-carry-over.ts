import { CARRY_OVER_EQUATION } from '../format/crossYear';
import type { ReportModel, TableRow } from '../model';
import { labelById, table2RowNameById } from './support/names';
import { findTable } from './support/tables';
import type { Rule } from './types';

function rowOf(model: ReportModel, rowId: string): TableRow | undefined {
  return findTable(model, 'table2')?.table.rows.find((row) => row.rowId === rowId && !row.unaligned);
}

export const rule: Rule = {
  meta: {
    code: 'GR307',
    slug: 'carry-over',
    severity: 'warning',
    description: '表二“上年结转”不等于上年报告的“结转下年度继续办理”（需配置上年报告）',
    fixable: false,
    docs: 'gr307',
  },
  check(context) {
    const { previous, edition } = context;
    if (!previous) return;
    const carriedIn = rowOf(context.model, CARRY_OVER_EQUATION.thisYearRow);
    const lastCarriedOut = rowOf(previous, CARRY_OVER_EQUATION.lastYearRow);
    if (!carriedIn || !lastCarriedOut) return;
    const pairs = edition.table2.columns.map((column) => ({
      column,
      cell: carriedIn.values.find((candidate) => candidate.columnId === column.id),
      last: lastCarriedOut.values.find((candidate) => candidate.columnId === column.id),
    }));
    const difference = ({ cell, last }: (typeof pairs)[number]): number | undefined =>
      cell?.readable && last?.readable ? cell.value - last.value : undefined;
    // One inconsistency, one diagnostic: a 总计 that differs exactly by what its columns differ by follows from them.
    const parts = pairs.filter(({ column }) => column.id !== edition.table2.totalColumn).map(difference);
    const partsDiffer = parts.some((part) => part !== undefined && part !== 0);
    const partsDifference = parts.every((part) => part !== undefined) ? parts.reduce<number>((sum, part) => sum + part!, 0) : undefined;
    for (const pair of pairs) {
      const { column, cell, last } = pair;
      if (!cell?.readable || !last?.readable || cell.value === last.value) continue;
      if (column.id === edition.table2.totalColumn && partsDiffer && partsDifference === difference(pair)) continue;
      context.report({
        span: cell.span,
        message:
          `${table2RowNameById(CARRY_OVER_EQUATION.thisYearRow, edition)}·${labelById(edition.table2.columns, column.id)} 为 ${cell.value}，` +
          `上年报告的${table2RowNameById(CARRY_OVER_EQUATION.lastYearRow, edition)}为 ${last.value}`,
      });
    }
  },
};
