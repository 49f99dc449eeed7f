import { isoDate, publicationDeadline, publicationTiming } from '../analysis/agency';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR407',
    slug: 'publication-deadline',
    severity: 'warning',
    description: '元数据中的发布日期晚于第四十九条规定的公布期限，或早于报告年度结束',
    fixable: false,
    docs: 'gr407',
  },
  check(context) {
    const { model, config } = context;
    const { published, titleYear } = model.preamble;
    if (!published || model.year === undefined) return;
    const related = titleYear ? [{ span: titleYear.span, message: '标题中的年度' }] : undefined;
    const deadline = publicationDeadline(model, config, model.year);
    const timing = publicationTiming(published, model.year, deadline);
    if (timing === 'beforeYearEnd') {
      context.report({
        span: published.span,
        message: `发布日期为 ${isoDate(published)}，早于 ${model.year} 年度结束，${model.year} 年度的报告应在 ${model.year + 1}-01-01 或以后公布`,
        related,
      });
    } else if (timing === 'late') {
      context.report({
        span: published.span,
        message: `发布日期为 ${isoDate(published)}，应不晚于 ${isoDate(deadline.due!)}：${deadline.requirement}（${deadline.basis}）`,
        related,
      });
    }
  },
};
