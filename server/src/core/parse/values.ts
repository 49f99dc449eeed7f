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
  const problems: ValueProblem[] = [];
  const columnId = column?.id ?? '';
  if (text === '') return { raw, text, value: 0, readable: false, problems: ['empty'], columnId, span };
  if (PLACEHOLDER.test(text)) return { raw, text, value: 0, readable: false, problems: ['placeholder'], columnId, span };
  if (!NUMBER.test(text)) return { raw, text, value: 0, readable: false, problems: ['notNumber'], columnId, span };
  const value = Number(text.replace(/,/g, ''));
  if (FULL_WIDTH_DIGIT.test(raw)) problems.push('fullWidth');
  if (value < 0 && !column?.signed) problems.push('negative');
  if (!Number.isInteger(value) && !column?.decimals) problems.push('decimal');
  return { raw, text, value, readable: true, problems, columnId, span };
}
