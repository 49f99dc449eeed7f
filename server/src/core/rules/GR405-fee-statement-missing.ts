import { FEE_KEYWORDS } from '../format/prose';
import { SECTIONS } from '../format/sections';
import { standardHeading } from './support/names';
import type { Rule } from './types';

const OTHER = SECTIONS.find((spec) => spec.id === 'other')!;

export const rule: Rule = {
  meta: {
    code: 'GR405',
    slug: 'fee-statement-missing',
    severity: 'warning',
    description: '第六部分没有说明信息处理费的收取情况',
    fixable: false,
    docs: 'gr405',
  },
  check(context) {
    const section = context.model.sections.find((candidate) => candidate.id === OTHER.id);
    if (!section) return;
    const prose = section.prose.map((line) => line.text).join('\n');
    if (FEE_KEYWORDS.some((keyword) => prose.includes(keyword))) return;
    context.report({
      span: section.heading.span,
      message: `“${standardHeading(OTHER)}”未说明信息处理费的收取情况，应写明发出收费通知的件数和总金额，或本年度未收取`,
    });
  },
};
