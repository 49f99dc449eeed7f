import { EDITION_2019, EDITION_2021, FIRST_YEAR_OF_2021_FORMAT } from '../format/editions';
import type { Span } from '../model';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR403',
    slug: 'format-2019',
    severity: 'warning',
    description: '2021年及以后的报告仍采用2019年版格式',
    fixable: false,
    docs: 'gr403',
  },
  check(context) {
    const { model, text } = context;
    if (model.edition !== '2019' || model.year === undefined || model.year < FIRST_YEAR_OF_2021_FORMAT) return;
    const firstTable = model.sections.find((section) => section.table)?.table;
    let span: Span;
    if (firstTable) {
      const lineEnd = text.slice(firstTable.span.start).search(/\r|\n/);
      span = { start: firstTable.span.start, end: lineEnd < 0 ? text.length : firstTable.span.start + lineEnd };
    } else {
      span = model.preamble.title?.span ?? { start: 0, end: 0 };
    }
    context.report({
      span,
      message: `本报告为 ${model.year} 年度报告，表格采用${EDITION_2019.name}；${FIRST_YEAR_OF_2021_FORMAT} 年及以后的报告应采用${EDITION_2021.name}`,
    });
  },
};
