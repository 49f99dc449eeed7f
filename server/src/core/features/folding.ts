import type { CheckResult } from '../check';
import type { Span } from '../model';

export interface ReportFoldingRange {
  startLine: number;
  endLine: number;
  kind: 'section' | 'table';
}

/** Last line that holds text inside the span: trailing blank lines stay visible when the range is folded. */
function lastContentLine(result: CheckResult, span: Span): number {
  let end = span.end;
  while (end > span.start && /\s/.test(result.text[end - 1])) end--;
  return result.lineIndex.positionAt(end).line;
}

/** One range per section (heading to its last line) and one per table. Ranges of a single line are left out. */
export function foldingRanges(result: CheckResult): ReportFoldingRange[] {
  const ranges: ReportFoldingRange[] = [];
  const add = (span: Span, kind: ReportFoldingRange['kind']) => {
    const startLine = result.lineIndex.positionAt(span.start).line;
    const endLine = lastContentLine(result, span);
    if (endLine > startLine) ranges.push({ startLine, endLine, kind });
  };
  for (const section of result.model.sections) {
    add(section.span, 'section');
    if (section.table) add(section.table.span, 'table');
  }
  return ranges;
}
