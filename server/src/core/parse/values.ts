import type { ColumnSpec } from '../format/schema';
import type { Span, ValueCell, ValueProblem } from '../model';

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const PLACEHOLDER = /^(?:[/\\\-—–－]+|无|空)$/;
const FULL_WIDTH_DIGIT = /[０-９]/;

/** A cell that stands where a number belongs: a number, or a placeholder for one. */
export function isValueText(text: string): boolean {
  return NUMBER.test(text) || PLACEHOLDER.test(text);
}

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text);
}

/**
 * Reads a value cell against its column. Empty and placeholder cells count as 0 (the format's convention) but are
 * flagged, as is everything a count may not be.
 */
export function readValue(cell: { raw: string; text: string; span: Span }, column: ColumnSpec | undefined): ValueCell {
  const { raw, text, span } = cell;
  const columnId = column?.id ?? '';
  if (text === '') return { raw, text, value: 0, readable: false, problems: EMPTY, columnId, span };
  if (PLACEHOLDER.test(text)) return { raw, text, value: 0, readable: false, problems: PLACEHOLDER_ONLY, columnId, span };
  if (!NUMBER.test(text)) return { raw, text, value: 0, readable: false, problems: NOT_NUMBER, columnId, span };
  const value = Number(text.includes(',') ? text.replace(/,/g, '') : text);
  const fullWidth = FULL_WIDTH_DIGIT.test(raw);
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
