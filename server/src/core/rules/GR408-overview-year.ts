import { SECTIONS } from '../format/sections';
import { spanInLine } from './support/prose';
import type { Rule } from './types';

const OVERVIEW = SECTIONS.find((spec) => spec.id === 'overview')!;

/**
 * A sentence that opens with its year, as 总体情况 narrates the report's year: `2024年，…`, `（一）2024年度，…`, also
 * after another sentence on the same line. `2023年以来` or `较2023年` do not open a sentence with a bare year. Spaces
 * are read in one place before the year (after a numbering only if there is one): a long run of spaces after a 。 is
 * scanned once, not backtracked over.
 */
const YEAR_OPENING = /(?:^|[。；;！!？?])[\s,，]*(?:(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*)?(\d{4})\s*年度?\s*[，,]/g;

export const rule: Rule = {
  meta: {
    code: 'GR408',
    slug: 'overview-year',
    severity: 'warning',
    description: '总体情况中以年份开头的叙述与报告年度不一致（多为沿用上年报告的文字）',
    fixable: true,
    docs: 'gr408',
  },
  check(context) {
    const { model } = context;
    const { titleYear, period } = model.preamble;
    if (model.year === undefined) return;
    // Title and period disagree: GR404 reports that confusion, once, and which year is meant is not known.
    if (titleYear && period && (period.startYear !== titleYear.year || period.endYear !== titleYear.year)) return;
    const section = model.sections.find((candidate) => candidate.id === OVERVIEW.id);
    if (!section) return;
    const year = String(model.year);
    const related = [
      ...(titleYear ? [{ span: titleYear.span, message: '标题中的年度' }] : []),
      ...(period ? [{ span: period.span, message: '统计期限' }] : []),
    ];
    for (const line of section.prose) {
      if (!line.text.includes('年')) continue;
      for (const match of line.text.matchAll(YEAR_OPENING)) {
        if (match[1] === year) continue;
        const start = match.index! + match[0].lastIndexOf(match[1]);
        const span = spanInLine(line, start, start + match[1].length);
        // Where the line's characters cannot be placed (span of the whole line), the year is marked but not rewritten.
        const placed = span.end - span.start === match[1].length;
        context.report({
          span,
          message: `总体情况中的“${match[1]}年”与报告年度 ${year} 年不一致，应为 ${year} 年`,
          fix: placed ? { title: `改为 ${year}`, edits: [{ span, newText: year }] } : undefined,
          related,
        });
      }
    }
  },
};
