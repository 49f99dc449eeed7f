import { SECTIONS } from '../format/sections';
import { standardHeading } from './support/names';
import { editInReportScript } from './support/text';
import type { Rule } from './types';

const STANDARD_SEPARATOR = '、';

export const rule: Rule = {
  meta: {
    code: 'GR104',
    slug: 'section-heading-wording',
    severity: 'warning',
    description: '章节标题的序号、分隔符或文字与统一格式不同',
    fixable: true,
    docs: 'gr104',
  },
  check(context) {
    for (const section of context.model.sections) {
      const spec = SECTIONS.find((candidate) => candidate.id === section.id);
      if (!spec) continue;
      const { heading } = section;
      const expected = standardHeading(spec);
      const numberingWrong = heading.numeral !== spec.numeral || heading.separator.trim() !== STANDARD_SEPARATOR;
      if (section.headingMatch === 'different') {
        context.report({
          span: heading.span,
          message: `章节标题为“${heading.numeral}${heading.separator}${heading.text}”，统一格式为“${expected}”`,
          fix: {
            title: `改为“${expected}”`,
            edits: [editInReportScript(heading.span, expected, context.model)],
          },
        });
      } else if (numberingWrong) {
        const written = `${heading.numeral}${heading.separator}`;
        const standard = `${spec.numeral}${STANDARD_SEPARATOR}`;
        context.report({
          span: heading.span,
          message: `章节序号写作“${written}”，应为“${standard}”`,
          fix: {
            title: `改为“${standard}”`,
            edits: [editInReportScript({ start: heading.span.start, end: heading.textSpan.start }, standard, context.model)],
          },
        });
      }
    }
  },
};
