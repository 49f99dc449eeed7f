/** Text helpers for fixes: replacements written in the report's own script and digit width. */
import type { TextEdit } from '../../diagnostic';
import type { ReportModel, Span } from '../../model';
import { toTraditional } from '../../text/convert';

/**
 * An edit that writes `text` in the report's own script: Traditional in a Traditional report. The conversion is made
 * when the edit's text is first read — a quick fix applied or fix-all — not for every diagnostic reported: building
 * opencc's Simplified → Traditional converter costs ~90 ms, and `govreport check` never reads a fix.
 */
export function editInReportScript(span: Span, text: string, model: ReportModel): TextEdit {
  if (!model.traditional) return { span, newText: text };
  let converted: string | undefined;
  return {
    span,
    get newText(): string {
      return (converted ??= toTraditional(text));
    },
  };
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
