import { countsInSums } from '../model';
import { labelById, table3CellName } from './support/names';
import { findTable } from './support/tables';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR305',
    slug: 'table3-total',
    severity: 'error',
    description: '表三某组的总计不等于结果维持、结果纠正、其他结果、尚未审结之和',
    fixable: true,
    docs: 'gr305',
  },
  check(context) {
    const table = findTable(context.model, 'table3')?.table;
    if (!table || table.unaligned) return;
    const spec = context.edition.table3;
    const partIds = spec.columns.map((column) => column.id).filter((id) => id !== spec.totalColumn);
    for (const group of table.groups) {
      const total = group.values.find((cell) => cell.columnId === spec.totalColumn);
      const parts = partIds.map((id) => group.values.find((cell) => cell.columnId === id));
      // A cell holding no number makes the group's sum unknowable.
      if (!total || !countsInSums(total) || parts.some((cell) => !cell || !countsInSums(cell))) continue;
      const sum = parts.reduce((acc, cell) => acc + cell!.value, 0);
      if (sum === total.value) continue;
      const partNames = partIds.map((id) => labelById(spec.columns, id)).join('、');
      context.report({
        span: total.span,
        message: `${table3CellName(group, spec.totalColumn, context.edition)} 为 ${total.value}，${partNames}之和为 ${sum}`,
        fix: { title: `改为 ${sum}`, edits: [{ span: total.span, newText: String(sum) }] },
      });
    }
  },
};
