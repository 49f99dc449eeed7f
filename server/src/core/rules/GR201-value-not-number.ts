import { valueCellsWithProblems } from './support/cells';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR201',
    slug: 'value-not-number',
    severity: 'error',
    description: '表格数值不是非负整数（万元金额可有小数，“本年增/减”可为负数）',
    fixable: false,
    docs: 'gr201',
  },
  check(context) {
    for (const located of valueCellsWithProblems(context)) {
      const { cell, column } = located;
      const written = cell.text || cell.raw;
      let expected: string | undefined;
      if (cell.problems.includes('notNumber')) expected = column?.decimals ? '数字' : column?.signed ? '整数' : '非负整数';
      else if (cell.problems.includes('negative') && !column?.signed) expected = column?.decimals ? '非负数' : '非负整数';
      else if (cell.problems.includes('decimal') && !column?.decimals) expected = column?.signed ? '整数' : '非负整数';
      if (!expected) continue;
      context.report({ span: cell.span, message: `${located.name} 为“${written}”，应为${expected}` });
    }
  },
};
