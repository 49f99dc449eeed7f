import { SECTIONS } from '../format/sections';
import type { Span } from '../model';
import { standardHeading } from './support/names';
import type { Rule } from './types';

/** Where a missing section should have been: the heading of the next section present, else the end. */
function anchorFor(specIndex: number, sections: readonly { id?: string; heading: { span: Span } }[], text: string): Span {
  const order = SECTIONS.map((spec) => spec.id as string);
  const next = sections.find((section) => section.id !== undefined && order.indexOf(section.id) > specIndex);
  if (next) return next.heading.span;
  const last = sections[sections.length - 1];
  if (last) return last.heading.span;
  const firstLineEnd = text.search(/\r|\n/);
  return { start: 0, end: firstLineEnd < 0 ? text.length : firstLineEnd };
}

export const rule: Rule = {
  meta: {
    code: 'GR101',
    slug: 'section-missing',
    severity: 'error',
    description: '报告缺少统一格式规定的六个部分之一',
    fixable: false,
    docs: 'gr101',
  },
  check(context) {
    const present = new Set(context.model.sections.map((section) => section.id));
    SECTIONS.forEach((spec, index) => {
      if (present.has(spec.id)) return;
      context.report({
        span: anchorFor(index, context.model.sections, context.text),
        message: `缺少“${standardHeading(spec)}”部分，年度报告应包含统一格式规定的六个部分`,
      });
    });
  },
};
