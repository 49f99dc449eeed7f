import type { ProseLine, ReportModel, Section } from '../model';
import { isWhitespaceCode } from '../text/characters';
import { normalize } from '../text/normalize';
import { ParseContext } from './context';
import { detectEdition, EDITIONS } from './edition';
import { findHeading, type FoundHeading } from './headings';
import { splitLines, type Line } from './lines';
import { parsePreamble } from './preamble';
import { findTableRegion } from './region';
import { parseTable1 } from './table1';
import { parseTable2 } from './table2';
import { parseTable3 } from './table3';
import { tokenize, type Tokenized } from './tokens';

function eolOf(text: string): ReportModel['eol'] {
  const match = /\r\n|\n|\r/.exec(text);
  return (match?.[0] as ReportModel['eol']) ?? '\n';
}

/** A prose line, trimmed; with per-character offsets when normalisation removed text inside it (glosses). */
function proseLine(context: ParseContext, line: Line): ProseLine {
  const lineText = line.text;
  let first = 0;
  let end = lineText.length;
  while (first < end && isWhitespaceCode(lineText.charCodeAt(first))) first++;
  while (end > first && isWhitespaceCode(lineText.charCodeAt(end - 1))) end--;
  const text = first === 0 && end === lineText.length ? lineText : lineText.slice(first, end);
  const start = line.start + first;
  const span = context.span(start, start + text.length);
  const prose: ProseLine = { text, span };
  if (span.end - span.start !== text.length) prose.offsets = { map: context.normalized.map, start };
  return prose;
}

/** decode (caller) → normalise → layout → report model with original ranges. Never throws on any text. */
export function parseReport(text: string): ReportModel {
  const normalized = normalize(text);
  const context = new ParseContext(text, normalized);
  const lines = splitLines(normalized.text);
  const headings: { line: number; found: FoundHeading }[] = [];
  for (const line of lines) {
    const found = findHeading(context, line, EDITIONS);
    if (found) headings.push({ line: line.index, found });
  }
  const firstHeadingLine = headings.length ? headings[0].line : lines.length;
  const preamble = parsePreamble(context, lines.slice(0, firstHeadingLine), lines);

  const regions = new Map<number, { tokenized: Tokenized; body: Line[]; range: { start: number; end: number } }>();
  headings.forEach((heading, i) => {
    const end = i + 1 < headings.length ? headings[i + 1].line : lines.length;
    const body = lines.slice(heading.line + 1, end);
    if (!heading.found.spec?.table) return;
    const range = findTableRegion(body);
    if (range) regions.set(i, { tokenized: tokenize(body.slice(range.start, range.end)), body, range });
  });
  const regionOf = (table: string) => [...regions.entries()].find(([i]) => headings[i].found.spec?.table === table)?.[1].tokenized;
  const edition = detectEdition(regionOf('table1'), regionOf('table2'));

  const sections: Section[] = headings.map((heading, i) => {
    const end = i + 1 < headings.length ? headings[i + 1].line : lines.length;
    const body = lines.slice(heading.line + 1, end);
    const region = regions.get(i);
    const proseLines = region ? [...body.slice(0, region.range.start), ...body.slice(region.range.end)] : body;
    const bodyStart = body.length ? body[0].start : lines[heading.line].end;
    const bodyEnd = body.length ? body[body.length - 1].end : lines[heading.line].end;
    const section: Section = {
      id: heading.found.spec?.id,
      heading: heading.found.heading,
      headingMatch: heading.found.match,
      span: context.span(lines[heading.line].start, bodyEnd),
      bodySpan: context.span(bodyStart, bodyEnd),
      prose: proseLines.filter((line) => !line.blank).map((line) => proseLine(context, line)),
    };
    if (region) {
      const kind = heading.found.spec?.table;
      if (kind === 'table1') section.table = parseTable1(context, region.tokenized, edition.table1);
      else if (kind === 'table2') section.table = parseTable2(context, region.tokenized, edition.table2);
      else if (kind === 'table3') section.table = parseTable3(context, region.tokenized, edition.table3);
    }
    return section;
  });

  return {
    length: text.length,
    preamble,
    sections,
    year: preamble.titleYear?.year ?? preamble.period?.endYear,
    edition: edition.id,
    traditional: normalized.traditional,
    eol: eolOf(text),
    normalized,
  };
}
