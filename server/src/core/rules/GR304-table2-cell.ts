import { table2FindingReport } from './support/sums';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR304',
    slug: 'table2-cell',
    severity: 'error',
    description: '表二某个数值同时使所在行总计和所在列合计不成立',
    fixable: true,
    docs: 'gr304',
  },
  check(context) {
    for (const finding of context.table2()?.cells ?? []) {
      if (finding.rule === 'cell') context.report(table2FindingReport(finding, context.edition));
    }
  },
};
