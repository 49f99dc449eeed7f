import type { CheckResult } from '../check';
import type { Range } from '../diagnostic';
import { SECTIONS } from '../format/sections';
import type { Span, Table } from '../model';
import { editionOf } from './totals';
import { rangeOf } from './spans';

export interface ReportSymbol {
  name: string;
  detail: string;
  kind: 'section' | 'table';
  range: Range;
  selectionRange: Range;
  children: ReportSymbol[];
}

const TABLE_NUMBERS: Record<Table['kind'], string> = { table1: '表一', table2: '表二', table3: '表三' };

/** Text of a span with line breaks turned into spaces, for a symbol name. */
function singleLine(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** Outline: the sections in document order, each with the table under it. */
export function documentSymbols(result: CheckResult): ReportSymbol[] {
  const { model, lineIndex, text } = result;
  const edition = editionOf(model);
  return model.sections.map((section) => {
    const spec = SECTIONS.find((candidate) => candidate.id === section.id);
    const children: ReportSymbol[] = [];
    if (section.table) {
      const title = edition[section.table.kind].title;
      const tableRange = rangeOf(lineIndex, section.table.span);
      children.push({
        name: `${TABLE_NUMBERS[section.table.kind]} ${title}`,
        detail: edition.name,
        kind: 'table',
        range: tableRange,
        selectionRange: { start: tableRange.start, end: tableRange.start },
        children: [],
      });
    }
    return {
      name: singleLine(text, section.heading.span),
      detail: spec ? (section.headingMatch === 'different' ? `标准标题：${spec.heading}` : '') : '非标准部分',
      kind: 'section' as const,
      range: rangeOf(lineIndex, section.span),
      selectionRange: rangeOf(lineIndex, section.heading.span),
      children,
    };
  });
}
