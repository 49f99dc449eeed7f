import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR404',
    slug: 'year-mismatch',
    severity: 'warning',
    description: '标题中的年度与统计期限的年度不一致',
    fixable: false,
    docs: 'gr404',
  },
  check(context) {
    const { titleYear, period } = context.model.preamble;
    if (!titleYear || !period) return;
    if (period.startYear === titleYear.year && period.endYear === titleYear.year) return;
    const periodYears = period.startYear === period.endYear ? `${period.startYear} 年` : `${period.startYear} 年至 ${period.endYear} 年`;
    context.report({
      span: period.span,
      message: `标题中的年度为 ${titleYear.year} 年，统计期限为 ${periodYears}，应为同一年的1月1日至12月31日`,
      related: [{ span: titleYear.span, message: '标题中的年度' }],
    });
  },
};
