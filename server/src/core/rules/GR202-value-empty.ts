import { valueCellsWithProblems } from './support/cells';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR202',
    slug: 'value-empty',
    severity: 'warning',
    description: '应填数字的单元格为空或填了“/”“-”“—”“无”（按 0 计）',
    fixable: false,
    docs: 'gr202',
  },
  check(context) {
    for (const located of valueCellsWithProblems(context)) {
      const { cell } = located;
      if (cell.problems.includes('empty')) {
        context.report({ span: cell.span, message: `${located.name} 为空，应填写数字（没有的填 0），求和时按 0 计` });
      } else if (cell.problems.includes('placeholder')) {
        context.report({ span: cell.span, message: `${located.name} 填写为“${cell.raw}”，应填写数字（没有的填 0），求和时按 0 计` });
      }
    }
  },
};
