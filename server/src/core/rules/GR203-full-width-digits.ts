import { TABLE_NAMES } from '../format/prose';
import { valueCellsWithProblems, type LocatedValueCell } from './support/cells';
import { toHalfWidthDigits } from './support/text';
import type { Rule } from './types';

/**
 * One finding per table, not per cell: a table typed with full-width digits is one habit, and a hundred
 * information markers would bury everything else. The fix turns every such cell of the table half-width.
 */
export const rule: Rule = {
  meta: {
    code: 'GR203',
    slug: 'full-width-digits',
    severity: 'information',
    description: '表格数值使用了全角数字',
    fixable: true,
    docs: 'gr203',
  },
  check(context) {
    // Grouped in one pass: filtering every table's cells out of the whole list is quadratic in a long file.
    const cellsByTable = new Map<LocatedValueCell['table'], LocatedValueCell[]>();
    for (const located of valueCellsWithProblems(context)) {
      if (!located.cell.problems.includes('fullWidth')) continue;
      const inTable = cellsByTable.get(located.table);
      if (inTable) inTable.push(located);
      else cellsByTable.set(located.table, [located]);
    }
    for (const section of context.model.sections) {
      const table = section.table;
      if (!table) continue;
      const inTable = cellsByTable.get(table) ?? [];
      if (inTable.length === 0) continue;
      const first = inTable[0];
      const last = inTable[inTable.length - 1];
      const halfWidth = toHalfWidthDigits(first.cell.raw);
      const count = inTable.length === 1 ? '' : `等 ${inTable.length} 个数值`;
      context.report({
        // The range covers every cell the fix changes: a fix never touches text outside its diagnostic.
        span: { start: first.cell.span.start, end: last.cell.span.end },
        message: `${TABLE_NAMES[table.kind]}的 ${first.name} 写作全角数字“${first.cell.raw}”${count}，应为半角“${halfWidth}”`,
        fix: {
          title: inTable.length === 1 ? `改为半角“${halfWidth}”` : `将${TABLE_NAMES[table.kind]}的 ${inTable.length} 个全角数字改为半角`,
          edits: inTable.map(({ cell }) => ({ span: cell.span, newText: toHalfWidthDigits(cell.raw) })),
        },
      });
    }
  },
};
