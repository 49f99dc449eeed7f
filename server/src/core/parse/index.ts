import { EDITION_2019, EDITION_2021 } from '../format/editions';
import type { FormatEdition } from '../format/schema';
import type { ProseLine, ReportModel, Section } from '../model';
import { labelKey } from '../text/keys';
import { isWhitespaceCode } from '../text/characters';
import { normalize } from '../text/normalize';
import { ParseContext } from './context';
import { findHeading, type FoundHeading } from './headings';
import { splitLines, type Line } from './lines';
import { parsePreamble } from './preamble';
import { findTableRegion } from './region';
import { parseTable1 } from './table1';
import { parseTable2 } from './table2';
import { parseTable3 } from './table3';
import { tokenize, type Token, type Tokenized } from './tokens';
import { isValueText } from './values';

const EDITIONS: readonly FormatEdition[] = [EDITION_2021, EDITION_2019];

/** Words that only the 2019 format's tables use. */
const MARKERS_2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '政府集中采购'].map(labelKey);

function eolOf(text: string): ReportModel['eol'] {
  const match = /\r\n|\n|\r/.exec(text);
  return (match?.[0] as ReportModel['eol']) ?? '\n';
}

/** 第二十条第（九）项, a block only the 2019 format has (the cheap test first: most cells hold no 九). */
function isItemNine(text: string): boolean {
  return text.includes('九') && /第二十条第\(?九\)?项/.test(text.replace(/\s/g, ''));
}

/**
 * The 2019 format is told by its table-1 columns and 第二十条第（九）项 block, or by a 其他处理 row that carries
 * numbers itself instead of three sub-rows.
 */
function detectEdition(table1?: Tokenized, table2?: Tokenized): FormatEdition {
  if (table1?.tokens.some((token) => !token.empty && !isValueText(token.text) && (MARKERS_2019.includes(labelKey(token.text)) || isItemNine(token.text)))) {
    return EDITION_2019;
  }
  if (table2 && otherHandlingCarriesNumbers(table2.tokens)) return EDITION_2019;
  return EDITION_2021;
}

/**
 * A row named 其他处理 with a number of its own: its label is the last one before a number, with no row boundary
 * between them (what assembleRows would make a row of, read straight off the cells).
 */
function otherHandlingCarriesNumbers(tokens: readonly Token[]): boolean {
  const otherHandling = labelKey('其他处理');
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index].text;
    // A text whose key is 其他处理 holds its first character: most cells are ruled out without computing a key.
    if (tokens[index].empty || !text.includes(otherHandling[0]) || isValueText(text) || labelKey(text) !== otherHandling) continue;
    for (let next = index + 1; next < tokens.length && !tokens[next].breakBefore; next++) {
      const token = tokens[next];
      if (token.empty) continue;
      if (isValueText(token.text)) return true;
      break;
    }
  }
  return false;
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
  };
}
