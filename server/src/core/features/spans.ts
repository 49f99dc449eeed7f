import type { Range } from '../diagnostic';
import type { Span } from '../model';
import type { LineIndex } from '../text/lineIndex';

/** True when the offset lies inside the span; the end is included so a cursor right after a word still hits it. */
export function spanContains(span: Span | undefined, offset: number): span is Span {
  return span !== undefined && offset >= span.start && offset <= span.end;
}

export function spansOverlap(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function rangeOf(lineIndex: LineIndex, span: Span): Range {
  return { start: lineIndex.positionAt(span.start), end: lineIndex.positionAt(span.end) };
}

/** Collapses the whitespace and line breaks a label picks up in cell-per-line layouts (`结果` / `纠正`). */
export function compactLabel(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Folds the width and bracket variants of report text so that format labels can be compared with cells:
 * full-width parentheses and digits become half-width, whitespace goes.
 */
export function foldedLabel(text: string): string {
  return compactLabel(text)
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',');
}
