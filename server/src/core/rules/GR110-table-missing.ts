import { SECTIONS } from '../format/sections';
import { TABLE_NAMES } from '../format/prose';
import { standardHeading } from './support/names';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR110',
    slug: 'table-missing',
    severity: 'error',
    description: '第二、三、四部分有标题但下面没有表格',
    fixable: false,
    docs: 'gr110',
  },
  check(context) {
    for (const section of context.model.sections) {
      const spec = SECTIONS.find((candidate) => candidate.id === section.id);
      if (!spec?.table || section.table?.kind === spec.table) continue;
      const title = context.edition[spec.table].title;
      context.report({
        span: section.heading.span,
        message: `“${standardHeading(spec)}”部分没有${TABLE_NAMES[spec.table]}（${title}），应在标题下填写该表`,
      });
    }
  },
};
