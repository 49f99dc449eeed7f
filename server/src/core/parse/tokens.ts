import type { LayoutKind } from '../model';
import type { Line } from './lines';
import { isValueText } from './values';
import { isWhitespaceCode } from '../text/characters';

/**
 * One table cell found in the text, in normalised offsets. Layout differences end here: the row assembler only
 * sees a stream of cells with hints where a physical row ended.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  empty: boolean;
  /** A physical row boundary (pipe line, blank line, lone `|` line) precedes this cell. */
  breakBefore: boolean;
  line: number;
}

export interface Tokenized {
  layout: LayoutKind;
  tokens: Token[];
  /** Physical rows are marked (pipe lines, or blank / `|` lines between cell groups): a row ends only there. */
  rowBreaks: boolean;
}

/** A line of nothing but `|` and spaces (a lone `|` between cells or rows). */
function isPipeOnly(text: string): boolean {
  let pipe = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 124 /* | */) pipe = true;
    else if (!isWhitespaceCode(code)) return false;
  }
  return pipe;
}

function hasWhitespace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhitespaceCode(text.charCodeAt(i))) return true;
  return false;
}
const MAX_CONTINUATION = 12;

interface Segment {
  start: number;
  end: number;
}

/**
 * The cells of a pipe line as tokens, trimmed; the empty cell before a leading pipe and after a trailing pipe are
 * dropped. Built straight into the token list: this runs on every row of every pipe table.
 */
function pushPipeCells(line: Line, tokens: Token[]): void {
  const text = line.text;
  let first = true;
  let cellStart = 0;
  while (cellStart <= text.length) {
    const pipe = text.indexOf('|', cellStart);
    const i = pipe < 0 ? text.length : pipe;
    let start = cellStart;
    let end = i;
    while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
    while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
    const empty = start === end;
    // Before the first pipe, or after the last one: an empty cell there is only the edge of the table.
    const edge = cellStart === 0 || i === text.length;
    if (!(empty && edge)) {
      tokens.push({ text: text.slice(start, end), start: line.start + start, end: line.start + end, empty, breakBefore: first, line: line.index });
      first = false;
    }
    cellStart = i + 1;
  }
}

function trim(line: Line, start: number, end: number): Segment {
  while (start < end && isWhitespaceCode(line.text.charCodeAt(start - line.start))) start++;
  while (end > start && isWhitespaceCode(line.text.charCodeAt(end - 1 - line.start))) end--;
  return { start, end };
}

function cellText(line: Line, segment: Segment): string {
  return line.text.slice(segment.start - line.start, segment.end - line.start);
}

/** How many `|`-separated cells of a line hold text, counted up to `enough` (no cell is built to count them). */
export function filledCellCount(text: string, enough: number): number {
  let filled = 0;
  let inFilledCell = false;
  for (let i = 0; i < text.length && filled < enough; i++) {
    const code = text.charCodeAt(i);
    if (code === 124 /* | */) inFilledCell = false;
    else if (!inFilledCell && !isWhitespaceCode(code)) {
      inFilledCell = true;
      filled++;
    }
  }
  return filled;
}

function chooseLayout(lines: Line[]): 'pipe' | 'cellPerLine' {
  let nonBlank = 0;
  let pipeLines = 0;
  let multiCell = 0;
  for (const line of lines) {
    if (line.blank) continue;
    nonBlank++;
    if (!line.text.includes('|')) continue;
    pipeLines++;
    if (filledCellCount(line.text, 2) >= 2) multiCell++;
  }
  return pipeLines * 2 >= nonBlank && multiCell * 10 >= pipeLines * 3 ? 'pipe' : 'cellPerLine';
}

export function tokenize(lines: Line[]): Tokenized {
  const layout = chooseLayout(lines);
  return layout === 'pipe' ? tokenizePipeRows(lines) : tokenizeCellPerLine(lines);
}

function tokenizePipeRows(lines: Line[]): Tokenized {
  const tokens: Token[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    if (!line.text.includes('|')) {
      const segment = trim(line, line.start, line.end);
      splitSpacedNumbers(line, segment, cellText(line, segment)).forEach((piece, i) =>
        tokens.push({ text: piece.text, start: piece.start, end: piece.end, empty: piece.empty, breakBefore: i === 0, line: line.index }),
      );
      continue;
    }
    // A line of empty cells (`| |||`, where 002 lost a block header) holds no cell of the table.
    if (filledCellCount(line.text, 1) === 0) continue;
    pushPipeCells(line, tokens);
  }
  return { layout: 'pipe', tokens, rowBreaks: true };
}

/**
 * One cell a line: tab-led (Word), ` |`-ended (web pages), bare, or a PDF line of space-separated numbers.
 * In the tab-led layout a line without a tab continues the cell above (`商业` / `企业`), a line holding only a tab is
 * an empty (merged) cell, and a truly empty line ends a row.
 */
function tokenizeCellPerLine(lines: Line[]): Tokenized {
  const tokens: Token[] = [];
  const nonBlank = lines.filter((line) => !line.blank);
  const tabLed = nonBlank.filter((line) => line.text.startsWith('\t')).length * 2 >= nonBlank.length;
  const pipeOnly = nonBlank.filter((line) => isPipeOnly(line.text)).length;
  const cellLines = nonBlank.length - pipeOnly;
  const blankLines = lines.length - nonBlank.length;
  // A `|` line after every cell, or a blank line after every cell, separates cells, not rows.
  const pipeLinesBreakRows = pipeOnly * 10 < cellLines * 8;
  const blankLinesBreakRows = tabLed || blankLines * 10 < cellLines * 6;
  let pendingBreak = true;
  let previous: Token | undefined;
  for (const line of lines) {
    const raw = line.text;
    if (raw === '' || (!tabLed && line.blank)) {
      if (blankLinesBreakRows) pendingBreak = true;
      continue;
    }
    if (isPipeOnly(raw)) {
      if (pipeLinesBreakRows) pendingBreak = true;
      continue;
    }
    let segment = trim(line, line.start, line.end);
    // ` |`-ended cells: drop the trailing separators.
    while (segment.end > segment.start && line.text[segment.end - 1 - line.start] === '|') {
      segment = trim(line, segment.start, segment.end - 1);
    }
    const text = cellText(line, segment);
    // A label broken over lines: short, and never after a number (that is text below the table).
    if (tabLed && !raw.startsWith('\t') && previous && text !== '' && !pendingBreak && text.length <= MAX_CONTINUATION && !isValueText(previous.text)) {
      previous.text += text;
      previous.end = segment.end;
      continue;
    }
    for (const piece of splitSpacedNumbers(line, segment, text)) {
      const token: Token = { text: piece.text, start: piece.start, end: piece.end, empty: piece.empty, breakBefore: pendingBreak, line: line.index };
      tokens.push(token);
      pendingBreak = false;
      previous = token;
    }
  }
  const rowBreaks = (blankLinesBreakRows && blankLines > 0) || (pipeLinesBreakRows && pipeOnly > 0);
  return { layout: 'cellPerLine', tokens, rowBreaks };
}

/** PDF text: `label 43 0 0 0 0 0 43` or `0 0 0 …` on one line becomes a label cell and number cells. */
function splitSpacedNumbers(line: Line, segment: Segment, text: string): { text: string; start: number; end: number; empty: boolean }[] {
  const whole = [{ text, start: segment.start, end: segment.end, empty: text === '' }];
  if (!hasWhitespace(text)) return whole;
  const parts: Segment[] = [];
  const pattern = /\S+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) parts.push({ start: segment.start + match.index, end: segment.start + match.index + match[0].length });
  let firstValue = parts.length;
  while (firstValue > 0 && isValueText(cellText(line, parts[firstValue - 1]))) firstValue--;
  if (parts.length - firstValue < 2) return whole;
  const pieces = [];
  if (firstValue > 0) {
    const label = { start: parts[0].start, end: parts[firstValue - 1].end };
    pieces.push({ text: cellText(line, label), ...label, empty: false });
  }
  for (const part of parts.slice(firstValue)) pieces.push({ text: cellText(line, part), ...part, empty: false });
  return pieces;
}
