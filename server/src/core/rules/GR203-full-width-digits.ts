import { allValueCells } from './support/cells';
import { toHalfWidthDigits } from './support/text';
import type { Rule } from './types';

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
    for (const { cell, name } of allValueCells(context.model, context.edition)) {
      if (!cell.problems.includes('fullWidth')) continue;
      const halfWidth = toHalfWidthDigits(cell.raw);
      context.report({
        span: cell.span,
        message: `${name} 写作全角数字“${cell.raw}”，应为半角“${halfWidth}”`,
        fix: { title: `改为半角“${halfWidth}”`, edits: [{ span: cell.span, newText: halfWidth }] },
      });
    }
  },
};
