import { SECTIONS } from '../format/sections';
import { isDigitCode, isWhitespaceCode } from '../text/characters';
import { spanInLine } from './support/prose';
import type { Rule } from './types';

const OVERVIEW = SECTIONS.find((spec) => spec.id === 'overview')!;

/** The unit a year is written with; the rule looks only at its occurrences (a fast search), not at every character. */
const YEAR_UNIT = '年';
const YEAR_DIGITS = 4;
/** The longest opening (spaces, commas, a numbering such as （一） or 一、) read between a sentence's start and its year. */
const MAX_OPENING = 16;
/**
 * What may stand between a sentence's start and the year it opens with: `。`, `；`… or the line's start, then spaces
 * or commas, then a numbering. Matched against the few characters before the year only.
 */
const OPENING = /(?:^|[。；;！!？?])[\s,，]*(?:(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*)?$/;
const SENTENCE_END = /[。；;！!？?]/;
/** After 年: 度, then the comma that ends the opening clause (`2024年，…`, `2024年度,…`). */
const AFTER_UNIT = /度?\s*[，,]/y;

/**
 * Years that open a sentence as 总体情况 narrates its year: `2024年，…`, `（一）2024年度，…`, also after another sentence
 * on the same line. `2023年以来` or `较2023年` do not open a sentence with a bare year. Yields the index of the digits.
 */
function* sentenceOpeningYears(text: string): Generator<number> {
  for (let unit = text.indexOf(YEAR_UNIT); unit >= 0; unit = text.indexOf(YEAR_UNIT, unit + 1)) {
    AFTER_UNIT.lastIndex = unit + 1;
    if (!AFTER_UNIT.test(text)) continue;
    let end = unit;
    while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    const start = end - YEAR_DIGITS;
    if (start < 0 || (start > 0 && isDigitCode(text.charCodeAt(start - 1)))) continue;
    let digits = true;
    for (let k = start; k < end; k++) digits &&= isDigitCode(text.charCodeAt(k));
    if (!digits) continue;
    const from = Math.max(0, start - MAX_OPENING);
    const before = text.slice(from, start);
    const opening = OPENING.exec(before);
    // `^` of a slice taken inside the line is no line start: only a sentence end may open it there.
    if (!opening || (opening.index === 0 && from > 0 && !SENTENCE_END.test(before[0]))) continue;
    yield start;
  }
}

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
      for (const start of sentenceOpeningYears(line.text)) {
        const stated = line.text.slice(start, start + YEAR_DIGITS);
        if (stated === year) continue;
        const span = spanInLine(line, start, start + YEAR_DIGITS);
        // Where the line's characters cannot be placed (span of the whole line), the year is marked but not rewritten.
        const placed = span.end - span.start === YEAR_DIGITS;
        context.report({
          span,
          message: `总体情况中的“${stated}年”与报告年度 ${year} 年不一致，应为 ${year} 年`,
          fix: placed ? { title: `改为 ${year}`, edits: [{ span, newText: year }] } : undefined,
          related,
        });
      }
    }
  },
};
