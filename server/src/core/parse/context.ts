import type { ColumnSpec } from '../format/schema';
import type { Cell, Span, ValueCell } from '../model';
import type { NormalizedText } from '../text/normalize';
import type { Token } from './tokens';
import { isWhitespaceCode } from '../text/characters';
import { readValue } from './values';

/** What every parse step needs: the original text and the normalised one with its offset map. */
export class ParseContext {
  constructor(
    readonly original: string,
    readonly normalized: NormalizedText,
  ) {}

  /** Original span of normalised [start, end); a gloss right after the range is included, as it belongs to it. */
  span(start: number, end: number): Span {
    const map = this.normalized.map;
    // Most spans lie where nothing was removed: one shift for both ends, and nothing after the end to take in.
    const shift = map.uniformShift(start, end);
    if (shift !== undefined) return { start: start + shift, end: Math.max(start, end) + shift };
    const originalStart = map.originalOf(start);
    if (end <= start) return { start: originalStart, end: originalStart };
    const lastEnd = map.originalOf(end - 1) + 1;
    return { start: originalStart, end: Math.max(lastEnd, trimEnd(this.original, lastEnd, map.originalOf(end))) };
  }

  cell(token: Token): Cell {
    const span = this.span(token.start, token.end);
    return { raw: this.original.slice(span.start, span.end), text: token.text, span };
  }

  /** A value cell read against its column, made without an intermediate Cell (a table has hundreds). */
  valueCell(token: Token, column: ColumnSpec | undefined): ValueCell {
    const span = this.span(token.start, token.end);
    return readValue(this.original.slice(span.start, span.end), token.text, span, column);
  }
}

/** Extends an end offset over removed text (a pinyin gloss) up to the next kept character, never over spaces. */
function trimEnd(original: string, from: number, to: number): number {
  let end = from;
  while (end < to && !isWhitespaceCode(original.charCodeAt(end)) && original.charCodeAt(end) !== 124 /* | */) end++;
  return end;
}
