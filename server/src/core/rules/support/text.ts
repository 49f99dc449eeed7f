/** Text helpers for fixes: replacements written in the report's own script and digit width. */
import type { ReportModel, Span } from '../../model';
import { toTraditional } from '../../text/convert';

/** Standard wording from the format data, in Traditional characters when the report is written in them. */
export function inReportScript(text: string, model: ReportModel): string {
  return model.traditional ? toTraditional(text) : text;
}

const FULL_WIDTH_OFFSET = 0xfee0;

/** ０-９ and the full-width point, minus and plus become ASCII; everything else is kept. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．－＋]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/** Original text of a span. */
export function slice(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
