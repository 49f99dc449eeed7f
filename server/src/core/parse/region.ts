import { labelKey } from '../text/keys';
import { EDITIONS } from './edition';
import type { Line } from './lines';
import { filledCellCount } from './tokens';
import { isValueText } from './values';
import { isWhitespaceCode } from '../text/characters';

/**
 * Keys of the cells a table opens with, read off the format: table 1's block headers and label-column caption,
 * table 2's header captions, first column and first row, table 3's groups and first column.
 */
const OPENER_KEYS = [
  ...new Set(
    EDITIONS.flatMap(({ table1, table2, table3 }) => [
      ...table1.blocks.map((block) => block.header),
      table1.labelColumn,
      table2.header.balanceNote,
      table2.header.applicants,
      table2.columns[0]!.label,
      table2.rows[0]!.label,
      ...table3.groups.map((group) => group.label),
      table3.columns[0]!.label,
    ]).map(labelKey),
  ),
];
/** A cell holding the start of an opener (一、本年新收, 行政诉讼, 第二十条) opens a table if it is at least this long. */
const MIN_OPENER_PREFIX = 4;
const MAX_CELL_LENGTH = 60;

function opensTable(cell: string): boolean {
  const key = labelKey(cell);
  return key !== '' && OPENER_KEYS.some((opener) => key.startsWith(opener) || (key.length >= MIN_OPENER_PREFIX && opener.startsWith(key)));
}

function firstCell(line: Line): string {
  const text = line.text;
  if (!text.includes('|')) return text.trim();
  let start = 0;
  for (;;) {
    const pipe = text.indexOf('|', start);
    const cell = text.slice(start, pipe === -1 ? text.length : pipe).trim();
    if (cell !== '' || pipe === -1) return cell;
    start = pipe + 1;
  }
}

/** One cell then ` |` (web pages): the line ends in `|` and has exactly one non-empty cell. */
function isOneCellThenPipe(line: Line): boolean {
  const text = line.text;
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end > 0 && text.charCodeAt(end - 1) === 124 /* | */ && filledCellCount(text, 2) === 1;
}

/** A line that can belong to a table: a pipe row, a tab-led cell, a number, or a short line that is no sentence. */
function isTableLine(line: Line): boolean {
  const trimmed = line.text.trim();
  if (trimmed === '') return true;
  if (line.text.includes('|') || line.text.startsWith('\t')) return true;
  if (isValueText(trimmed)) return true;
  return trimmed.length <= MAX_CELL_LENGTH && !/[。；;]/.test(trimmed);
}

/**
 * The table region of a section body: from the first line that opens a table to the last line that can belong
 * to one. Lines before and after are the section's prose.
 */
export function findTableRegion(body: readonly Line[]): { start: number; end: number } | undefined {
  const start = body.findIndex((line, index) => {
    const cell = firstCell(line) + continuationOf(body, index);
    return (line.text.includes('|') || line.text.startsWith('\t') || cell.replace(/\s/g, '').length <= MAX_CELL_LENGTH) && opensTable(cell);
  });
  if (start === -1) return fallbackRegion(body);
  // Pipe lines with no text just above the opener belong to the table (a lost block header: `| |||`).
  let first = start;
  while (first > 0 && body[first - 1].text.includes('|') && body[first - 1].text.replace(/[\s|]/g, '') === '') first--;
  let end = start;
  for (let i = start; i < body.length; i++) {
    if (!isTableLine(body[i])) break;
    if (!body[i].blank) end = i;
  }
  return { start: first, end: endOfCellStyle(body, start, end) + 1 };
}

const SHORT_CELL = 8;
const MAX_CONTINUATION = 12;

/** A tab-led cell's label broken over lines (`\t行政` / `复议`): the short untabbed line after it, else ''. */
function continuationOf(body: readonly Line[], index: number): string {
  const next = body[index + 1];
  if (!body[index].text.startsWith('\t') || !next || next.blank || next.text.startsWith('\t') || next.text.includes('|')) return '';
  const text = next.text.trim();
  return text.length <= MAX_CONTINUATION && !isValueText(text) ? text : '';
}

/**
 * Where cells are tab-led (Word) or end in ` |` (web pages), a line of another shape after a number is text below
 * the table, not a cell: the region ends before it. Short lines after a label are that label's continuation.
 */
function endOfCellStyle(body: readonly Line[], start: number, end: number): number {
  const lines = body.slice(start, end + 1).filter((line) => !line.blank);
  const styles = [(line: Line) => line.text.startsWith('\t'), isOneCellThenPipe];
  const style = styles.find((matches) => lines.filter(matches).length * 2 >= lines.length);
  if (!style) return end;
  let last = start;
  for (let i = start; i <= end; i++) {
    const line = body[i];
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (!style(line) && !/^[\s|]+$/.test(line.text)) {
      const previous = body[last].text.replace(/[\s|]/g, '');
      if (trimmed.length > MAX_CONTINUATION || previous === '' || isValueText(previous)) break;
    }
    last = i;
  }
  return last;
}

/**
 * No recognisable caption (header words split one character per line, captions lost): the table starts at the
 * first line shaped like a cell, provided numbers follow.
 */
function fallbackRegion(body: readonly Line[]): { start: number; end: number } | undefined {
  const start = body.findIndex((line) => {
    const trimmed = line.text.trim();
    return trimmed !== '' && (line.text.includes('|') || line.text.startsWith('\t') || isValueText(trimmed) || trimmed.length <= SHORT_CELL);
  });
  if (start === -1) return undefined;
  let end = start;
  let numbers = 0;
  for (let i = start; i < body.length; i++) {
    if (!isTableLine(body[i])) break;
    if (!body[i].blank) end = i;
    if (/\d/.test(body[i].text)) numbers++;
  }
  return numbers > 0 ? { start, end: end + 1 } : undefined;
}
