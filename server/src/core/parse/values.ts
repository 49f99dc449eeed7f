import type { ColumnSpec } from '../format/schema';
import type { Span, ValueCell, ValueProblem } from '../model';
import { isDigitCode } from '../text/characters';

/** What a number cell holds; isNumberText tests it by code unit (tests compare the two). */
export const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** What a cell holding no number in its place holds (/, -, —, 无 …); counts as 0. */
export const PLACEHOLDER = /^(?:[/\\\-—–－]+|无|空)$/;
const FULL_WIDTH_DIGIT = /[０-９]/;

/**
 * NUMBER.test(text), by code unit: asked of every cell several times per check (tokenizer, row assembly, region
 * detection, values), mostly of labels, which fail at their first character.
 */
export function isNumberText(text: string): boolean {
  const length = text.length;
  let i = 0;
  const sign = text.charCodeAt(0);
  if (sign === 0x2b /* + */ || sign === 0x2d /* - */) i++;
  const integerStart = i;
  while (i < length && isDigitCode(text.charCodeAt(i))) i++;
  const integerDigits = i - integerStart;
  if (integerDigits === 0) return false;
  if (text.charCodeAt(i) === 0x2c /* , */) {
    // 1,234,567: one to three digits, then groups of exactly three.
    if (integerDigits > 3) return false;
    while (text.charCodeAt(i) === 0x2c) {
      for (let k = 1; k <= 3; k++) if (!isDigitCode(text.charCodeAt(i + k))) return false;
      i += 4;
    }
    if (isDigitCode(text.charCodeAt(i))) return false;
  }
  if (text.charCodeAt(i) === 0x2e /* . */) {
    const fractionStart = ++i;
    while (i < length && isDigitCode(text.charCodeAt(i))) i++;
    if (i === fractionStart) return false;
  }
  return i === length;
}

/** First characters of PLACEHOLDER's texts: any other text is ruled out without running the pattern (most labels). */
const PLACEHOLDER_FIRST = new Set(Array.from('/\\-—–－无空', (ch) => ch.charCodeAt(0)));

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER_FIRST.has(text.charCodeAt(0)) && PLACEHOLDER.test(text);
}

/** A cell that stands where a number belongs: a number, or a placeholder for one. */
export function isValueText(text: string): boolean {
  return isNumberText(text) || isPlaceholderText(text);
}

/**
 * Reads a value cell against its column. Empty and placeholder cells count as 0 (the format's convention) but are
 * flagged, as is everything a count may not be.
 */
export function readValue(raw: string, text: string, span: Span, column: ColumnSpec | undefined): ValueCell {
  const columnId = column?.id ?? '';
  if (text === '') return { raw, text, value: 0, readable: false, problems: EMPTY, columnId, span };
  // Numbers first: they are most cells, and no placeholder is a number.
  if (!isNumberText(text)) {
    const problems = isPlaceholderText(text) ? PLACEHOLDER_ONLY : NOT_NUMBER;
    return { raw, text, value: 0, readable: false, problems, columnId, span };
  }
  const value = Number(text.includes(',') ? text.replace(/,/g, '') : text);
  // The normalised text differs from the original where full-width digits were (or other characters were changed).
  const fullWidth = raw !== text && FULL_WIDTH_DIGIT.test(raw);
  const negative = value < 0 && !column?.signed;
  const decimal = !Number.isInteger(value) && !column?.decimals;
  if (!fullWidth && !negative && !decimal) return { raw, text, value, readable: true, problems: NONE, columnId, span };
  const problems: ValueProblem[] = [];
  if (fullWidth) problems.push('fullWidth');
  if (negative) problems.push('negative');
  if (decimal) problems.push('decimal');
  return { raw, text, value, readable: true, problems, columnId, span };
}

// Shared by every cell with the same problems (most cells have none): a check allocates hundreds of cells.
const NONE: readonly ValueProblem[] = Object.freeze([]);
const EMPTY: readonly ValueProblem[] = Object.freeze(['empty']);
const PLACEHOLDER_ONLY: readonly ValueProblem[] = Object.freeze(['placeholder']);
const NOT_NUMBER: readonly ValueProblem[] = Object.freeze(['notNumber']);
