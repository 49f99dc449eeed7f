import { table2FindingReport } from './support/sums';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR302',
    slug: 'table2-result-total',
    severity: 'error',
    description: '表二（七）总计不等于各办理结果之和',
    fixable: true,
    docs: 'gr302',
  },
  check(context) {
    for (const finding of context.table2()?.cells ?? []) {
      if (finding.rule === 'resultTotal') context.report(table2FindingReport(finding, context.edition));
    }
  },
};
