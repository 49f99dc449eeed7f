/**
 * Layout and encoding variants of a report text, for the core's tests, the fuzz tests and the benchmarks.
 *
 * Every variant is a faithful re-layout: the same tables with the same labels and numbers, only written the way real
 * reports arrive (FORMAT.md §6). Table regions are found in the two layouts the seeds use (pipe rows after section 一,
 * and 003's tab-led one-cell-per-line runs), read into rows of cells, and written back in the target layout.
 */
import * as iconv from 'iconv-lite';
import { toTraditional } from '../../server/src/core/text/convert';

export interface Variant {
  name: string;
  apply(text: string): string;
}

/** How a table region is written. */
export type TableLayout =
  | 'pipeLeading' // `| 规章 | 0 | 0 | 0 |`
  | 'pipeBare' // `规章 | 0 | 0 | 0 |`
  | 'pipeExtraTrailing' // `规章 | 0 | 0 | 0 | |`
  | 'tabCellPerLine' // 003: `\t规章` / `\t0` …, rows separated by an empty line, `\t` alone for an empty cell
  | 'cellFollowedByPipe' // `规章 |` / `0 |` …, rows separated by a `|||` filler line
  | 'loneBarRowOpener' // `|` / `规章` / `0` …: each row opened by a lone `|` line
  | 'blankLineSeparated'; // `规章` / `` / `0` / `` …: one cell per line, blank lines between cells, no separators

export const TABLE_LAYOUTS: readonly TableLayout[] = [
  'pipeLeading',
  'pipeBare',
  'pipeExtraTrailing',
  'tabCellPerLine',
  'cellFollowedByPipe',
  'loneBarRowOpener',
  'blankLineSeparated',
];

interface TextSegment {
  kind: 'text';
  lines: string[];
}

interface TableSegment {
  kind: 'table';
  layout: TableLayout;
  rows: string[][];
}

type Segment = TextSegment | TableSegment;

const SECTION_ONE_HEADING = /^\s*一\s*[、,，.．]/;
const VALUE = /^[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

function pipeCells(line: string): string[] {
  const trimmed = line.trim();
  const cells = trimmed.split('|');
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|')) cells.pop();
  return cells.map((cell) => cell.trim());
}

/** A line without a tab right after a tab-led cell continues that cell (003's `\t商业` / `企业`). */
function isContinuation(line: string, previous: string | undefined): boolean {
  return previous !== undefined && previous.startsWith('\t') && previous.trim() !== '' && !line.startsWith('\t') && /^[\u4e00-\u9fff]{1,4}$/.test(line.trim());
}

/** Splits a text (LF line ends) into prose and the table regions of the two seed layouts. */
function segment(text: string): Segment[] {
  const lines = text.split('\n');
  const segments: Segment[] = [];
  const pushText = (line: string): void => {
    const last = segments[segments.length - 1];
    if (last?.kind === 'text') last.lines.push(line);
    else segments.push({ kind: 'text', lines: [line] });
  };
  let inBody = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (!inBody) {
      inBody = SECTION_ONE_HEADING.test(line);
      pushText(line);
      i++;
      continue;
    }
    if (line.includes('|') && line.trim() !== '') {
      const rows: string[][] = [];
      const leading = line.trim().startsWith('|');
      while (i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== '') rows.push(pipeCells(lines[i++]!));
      segments.push({ kind: 'table', layout: leading ? 'pipeLeading' : 'pipeBare', rows });
      continue;
    }
    if (line.startsWith('\t')) {
      const rows: string[][] = [];
      let row: string[] = [];
      let end = i;
      // The region runs over tab-led cells, their continuations and single blank lines between rows.
      for (let j = i; j < lines.length; j++) {
        const current = lines[j]!;
        if (current.startsWith('\t')) {
          row.push(current.slice(1).trim());
          end = j + 1;
        } else if (isContinuation(current, lines[j - 1])) {
          row[row.length - 1] += current.trim();
          end = j + 1;
        } else if (current === '' && lines[j + 1]?.startsWith('\t')) {
          if (row.length > 0) rows.push(row);
          row = [];
        } else {
          break;
        }
      }
      if (row.length > 0) rows.push(row);
      segments.push({ kind: 'table', layout: 'tabCellPerLine', rows });
      i = end;
      continue;
    }
    pushText(line);
    i++;
  }
  return segments;
}

/**
 * Layouts without a way to write an empty cell drop them. That is faithful for merged cells (before a row's label,
 * in header rows) and for padding after a row's last value; a blank value between two values would shift the
 * columns, so it is refused rather than silently changing the table.
 */
function nonEmptyCells(row: string[], layout: TableLayout): string[] {
  const firstValue = row.findIndex((cell) => VALUE.test(cell));
  let lastValue = -1;
  row.forEach((cell, index) => {
    if (VALUE.test(cell)) lastValue = index;
  });
  row.forEach((cell, index) => {
    if (cell === '' && firstValue !== -1 && index > firstValue && index < lastValue) {
      throw new Error(`layout ${layout} cannot express the blank value cell in row "${row.join(' | ')}"`);
    }
  });
  return row.filter((cell) => cell !== '');
}

function render(rows: string[][], layout: TableLayout): string[] {
  switch (layout) {
    case 'pipeLeading':
      return rows.map((cells) => `| ${cells.join(' | ')} |`);
    case 'pipeBare':
      return rows.map((cells) => `${cells.join(' | ')} |`);
    case 'pipeExtraTrailing':
      return rows.map((cells) => `${cells.join(' | ')} | |`);
    case 'tabCellPerLine':
      return rows.flatMap((cells, index) => [...(index > 0 ? [''] : []), ...(cells.length > 0 ? cells : ['']).map((cell) => `\t${cell}`)]);
    case 'cellFollowedByPipe':
      return rows.flatMap((cells, index) => [...(index > 0 ? ['|||'] : []), ...nonEmptyCells(cells, layout).map((cell) => `${cell} |`)]);
    case 'loneBarRowOpener':
      return rows.flatMap((cells) => ['|', ...nonEmptyCells(cells, layout)]);
    case 'blankLineSeparated':
      return rows.flatMap((cells) => nonEmptyCells(cells, layout).flatMap((cell) => [cell, ''])).slice(0, -1);
  }
}

/** The table rows of a text, as found (exported for tests of this helper and for benchmarks). */
export function tableRows(text: string): string[][][] {
  return segment(text.split('\r\n').join('\n'))
    .filter((part): part is TableSegment => part.kind === 'table')
    .map((table) => table.rows);
}

/** Keeps the text's line ends: variants run on LF text and CRLF is restored when the input used it. */
function onLfText(text: string, transform: (lfText: string) => string): string {
  const crlf = text.includes('\r\n');
  const result = transform(crlf ? text.split('\r\n').join('\n') : text);
  return crlf ? result.split('\n').join('\r\n') : result;
}

/**
 * Re-lays out the tables. `layoutFor(index, current)` picks the layout of each table region (so tests can mix
 * layouts within one report); `mapRow` may rewrite cells (it must keep their meaning).
 */
export function relayoutTables(
  text: string,
  layoutFor: (tableIndex: number, current: TableLayout) => TableLayout,
  mapRow: (cells: string[]) => string[] = (cells) => cells,
): string {
  return onLfText(text, (lfText) => {
    let tableIndex = 0;
    return segment(lfText)
      .flatMap((part) => (part.kind === 'text' ? part.lines : render(part.rows.map(mapRow), layoutFor(tableIndex++, part.layout))))
      .join('\n');
  });
}

const FULL_WIDTH_OFFSET = 0xfee0;

function toFullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/** `(一)`, `:`, `,`, `;` → `（一）`, `：`, `，`, `；`; parentheses holding latin letters (002's pinyin glosses) are kept. */
function toFullWidthPunctuation(text: string): string {
  return text
    .replace(/\(([^()a-zA-Z\u00c0-\u024f]*)\)/g, '（$1）')
    .replace(/[:;,]/g, (mark) => String.fromCharCode(mark.charCodeAt(0) + FULL_WIDTH_OFFSET));
}

/** `行政许可` → `行政 许可`: short all-Han label cells get a space in the middle, as Word tables often leave. */
function breakLabelBySpace(cell: string): string {
  if (!/^[\u4e00-\u9fff]{4,8}$/.test(cell)) return cell;
  const middle = Math.floor(cell.length / 2);
  return `${cell.slice(0, middle)} ${cell.slice(middle)}`;
}

/**
 * The pinyin glosses seed 002 carries after Traditional characters (`數(shù)據(jù)`, `項(xiàng)`), as a broken conversion
 * leaves them; every character glossed anywhere in that seed, with its gloss.
 */
export const PINYIN_GLOSSES: Readonly<Record<string, string>> = {
  個: 'gè', 優: 'yōu', 內: 'nèi', 動: 'dòng', 務: 'wù', 區: 'qū', 協: 'xié', 嚴: 'yán', 國: 'guó', 執: 'zhí', 堅: 'jiān',
  報: 'bào', 實: 'shí', 對: 'duì', 強: 'qiáng', 復: 'fù', 應: 'yīng', 據: 'jù', 數: 'shù', 時: 'shí', 會: 'huì', 業: 'yè',
  構: 'gòu', 標: 'biāo', 機: 'jī', 權: 'quán', 測: 'cè', 準: 'zhǔn', 濟: 'jì', 營: 'yíng', 現: 'xiàn', 環: 'huán', 當: 'dāng',
  發: 'fā', 監: 'jiān', 礎: 'chǔ', 穩: 'wěn', 節: 'jié', 級: 'jí', 結: 'jié', 統: 'tǒng', 經: 'jīng', 網: 'wǎng', 續: 'xù',
  聯: 'lián', 臺: 'tái', 號: 'hào', 術: 'shù', 衛: 'wèi', 補: 'bǔ', 規: 'guī', 計: 'jì', 設: 'shè', 評: 'píng', 認: 'rèn',
  誰: 'shuí', 請: 'qǐng', 護: 'hù', 負: 'fù', 責: 'zé', 費: 'fèi', 質: 'zhì', 轉: 'zhuǎn', 進: 'jìn', 運: 'yùn', 醫: 'yī',
  關: 'guān', 頁: 'yè', 項: 'xiàng', 領: 'lǐng', 點: 'diǎn',
};

/** Inserts 002's pinyin gloss after every glossed Traditional character (apply after toTraditional). */
export function addPinyinGlosses(text: string): string {
  return text.replace(/[\u4e00-\u9fff]/g, (ch) => (PINYIN_GLOSSES[ch] ? `${ch}(${PINYIN_GLOSSES[ch]})` : ch));
}

/** `商业企业` → `商业` / `企业`: four-character label cells broken over two lines (written in 003's tab layout). */
function breakLabelOverLines(cell: string): string {
  return /^[\u4e00-\u9fff]{4}$/.test(cell) ? `${cell.slice(0, 2)}\n${cell.slice(2)}` : cell;
}

function layoutVariant(layout: TableLayout): Variant {
  return { name: layout, apply: (text) => relayoutTables(text, () => layout) };
}

export const VARIANTS: readonly Variant[] = [
  { name: 'crlf', apply: (text) => text.replace(/\r?\n/g, '\r\n') },
  { name: 'bom', apply: (text) => (text.startsWith('\uFEFF') ? text : `\uFEFF${text}`) },
  { name: 'traditional', apply: (text) => toTraditional(text) },
  { name: 'traditionalPinyin', apply: (text) => addPinyinGlosses(toTraditional(text)) },
  { name: 'fullWidthDigits', apply: (text) => toFullWidthDigits(text) },
  { name: 'fullWidthPunctuation', apply: (text) => toFullWidthPunctuation(text) },
  { name: 'labelsBrokenBySpaces', apply: (text) => relayoutTables(text, (_, current) => current, (cells) => cells.map(breakLabelBySpace)) },
  ...TABLE_LAYOUTS.map(layoutVariant),
  {
    name: 'labelsBrokenOverLines',
    apply: (text) => relayoutTables(text, () => 'tabCellPerLine', (cells) => cells.map(breakLabelOverLines)),
  },
];

/** How a report's text becomes the bytes of a file (decoded again by the CLI's reading path). */
export interface Encoding {
  name: string;
  encode(text: string): Buffer;
}

export const ENCODINGS: readonly Encoding[] = [
  { name: 'utf8', encode: (text) => Buffer.from(text, 'utf8') },
  { name: 'utf8Bom', encode: (text) => Buffer.from(`\uFEFF${text.replace(/^\uFEFF/, '')}`, 'utf8') },
  { name: 'gb18030', encode: (text) => iconv.encode(text, 'gb18030') },
];
