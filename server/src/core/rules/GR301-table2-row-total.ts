import { table2FindingReport } from './support/sums';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR301',
    slug: 'table2-row-total',
    severity: 'error',
    description: '表二某行的总计不等于六类申请人之和',
    fixable: true,
    docs: 'gr301',
  },
  check(context) {
    for (const finding of context.table2()?.cells ?? []) {
      if (finding.rule === 'rowTotal') context.report(table2FindingReport(finding, context.edition));
    }
  },
};
