import { labelById, table2RowNameById } from './support/names';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR303',
    slug: 'table2-balance',
    severity: 'error',
    description: '表二某列“第一项加第二项之和，等于第三项加第四项之和”不成立',
    fixable: false,
    docs: 'gr303',
  },
  check(context) {
    const { edition } = context;
    for (const balance of context.table2()?.balances ?? []) {
      const names = (side: { rowId: string }[]) => side.map((part) => table2RowNameById(part.rowId, edition)).join(' + ');
      // Reported on 四、结转下年度继续办理: the number usually worked out last (一 + 二 − 三), so the likeliest to be
      // off when the others agree with their own row and column sums.
      const parts = [...balance.left, ...balance.right];
      const at = balance.right[balance.right.length - 1];
      context.report({
        span: at.cell.span,
        message:
          `${labelById(edition.table2.columns, balance.columnId)}列：${names(balance.left)} 为 ${balance.leftSum}，` +
          `${names(balance.right)} 为 ${balance.rightSum}，两者应相等`,
        related: parts.filter((part) => part !== at).map((part) => ({
          span: part.cell.span,
          message: table2RowNameById(part.rowId, edition),
        })),
      });
    }
  },
};
