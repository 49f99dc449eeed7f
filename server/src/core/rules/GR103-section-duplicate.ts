import { SECTIONS } from '../format/sections';
import type { Section } from '../model';
import { standardHeading } from './support/names';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR103',
    slug: 'section-duplicate',
    severity: 'error',
    description: '同一部分出现了不止一次',
    fixable: false,
    docs: 'gr103',
  },
  check(context) {
    const first = new Map<string, Section>();
    for (const section of context.model.sections) {
      if (!section.id) continue;
      const earlier = first.get(section.id);
      if (!earlier) {
        first.set(section.id, section);
        continue;
      }
      const spec = SECTIONS.find((candidate) => candidate.id === section.id)!;
      context.report({
        span: section.heading.span,
        message: `“${standardHeading(spec)}”部分重复出现，每个部分只应出现一次`,
        related: [{ span: earlier.heading.span, message: '第一次出现在此' }],
      });
    }
  },
};
