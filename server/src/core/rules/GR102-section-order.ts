import { SECTIONS } from '../format/sections';
import type { Section } from '../model';
import { standardHeading } from './support/names';
import type { Rule } from './types';

export const rule: Rule = {
  meta: {
    code: 'GR102',
    slug: 'section-order',
    severity: 'error',
    description: '六个部分没有按一至六的顺序排列',
    fixable: false,
    docs: 'gr102',
  },
  check(context) {
    const seen = new Set<string>();
    let furthest: { index: number; section: Section } | undefined;
    for (const section of context.model.sections) {
      if (!section.id || seen.has(section.id)) continue; // duplicates are GR103's
      seen.add(section.id);
      const index = SECTIONS.findIndex((spec) => spec.id === section.id);
      if (furthest && index < furthest.index) {
        context.report({
          span: section.heading.span,
          message: `“${standardHeading(SECTIONS[index])}”出现在“${standardHeading(SECTIONS[furthest.index])}”之后，应按一至六的顺序排列`,
          related: [{ span: furthest.section.heading.span, message: `“${standardHeading(SECTIONS[furthest.index])}”在此` }],
        });
      } else {
        furthest = { index, section };
      }
    }
  },
};
