import { TABLE_NAMES } from '../format/prose';
import type { Fix } from '../diagnostic';
import type { ReportModel, Span, Table1 } from '../model';
import { shortLabel } from './support/names';
import { blockSpecOf, findTable } from './support/tables';
import { editInReportScript } from './support/text';
import type { Rule, RuleContext } from './types';

/** Half-width brackets when the report writes its other block headers with them: 第二十条第(五)项. */
function inHeaderStyle(header: string, table: Table1): string {
  const halfWidth = table.blocks.some((block) => block.header && /[()]/.test(block.header.raw));
  return halfWidth ? header.replace(/（/g, '(').replace(/）/g, ')') : header;
}

const EMPTY_CELL_ROW = /^[ \t\u3000]*\|[ \t\u3000|]*$/;

interface Line {
  start: number;
  text: string;
}

/**
 * Start of the line holding offset `end - 1`: the nearest \n or \r before it, looked for backwards. (lastIndexOf
 * for each of the two would read back to the start of the text for the one the text does not use.)
 */
function lineStartBefore(text: string, end: number): number {
  for (let k = end - 1; k >= 0; k--) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return k + 1;
  }
  return 0;
}

function lineBefore(text: string, lineStart: number): Line | undefined {
  if (lineStart === 0) return undefined;
  const end = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const start = lineStartBefore(text, end);
  return { start, text: text.slice(start, end) };
}

const TAB_EMPTY_CELL = /^\t[ \t\u3000]*$/;
const MAX_LINES_UP = 16;

/** The line as the parser read it: Simplified, half-width, glosses removed (the parser's text, not normalised again). */
function normalizedLine(model: ReportModel, line: Line): string {
  const { text, map } = model.normalized;
  return text.slice(map.normalizedOf(line.start), map.normalizedOf(line.start + line.text.length));
}

/** A line of the block's column header row (信息内容 | 本年制发件数 …, its `labels`), in any layout. */
function isColumnHeaderLine(model: ReportModel, line: Line, labels: readonly string[]): boolean {
  const key = normalizedLine(model, line).replace(/[\s|]+/g, '');
  if (key === '') return false;
  return labels.some((label) => key.includes(label) || (key.length >= 2 && label.includes(key)));
}

/**
 * Where the lost header stood, above the block's first row and past its column header row (the line holding one
 * of the block's column `labels`):
 * - the row of empty cells left in its place (002's `| |||` in a pipe table, or a tab-led row of `\t` lines as in
 *   003's layout), where the fix writes the header;
 * - else, where empty cells are not written at all, the column header row (the block's first line); else undefined.
 */
function emptyHeaderRow(
  model: ReportModel,
  text: string,
  firstRowStart: number,
  labels: readonly string[],
  pipeTable: boolean,
): { row: Line; next?: Line; fixable: boolean } | undefined {
  let lineStart = lineStartBefore(text, firstRowStart);
  let columnHeader: Line | undefined;
  let tabRow: Line | undefined;
  let group: Line[] = [];
  /** Reads a finished row (its lines bottom-up): the column header row, then the empty row above it. */
  const takeGroup = (): boolean => {
    const lines = group;
    group = [];
    if (!tabRow && lines.every((line) => TAB_EMPTY_CELL.test(line.text))) {
      tabRow = lines[lines.length - 1];
      return false;
    }
    if (!tabRow && lines.some((line) => isColumnHeaderLine(model, line, labels))) {
      columnHeader = lines[lines.length - 1];
      return true;
    }
    return false;
  };
  for (let step = 0; step < MAX_LINES_UP; step++) {
    const line = lineBefore(text, lineStart);
    if (!line) break;
    lineStart = line.start;
    if (pipeTable) {
      if (EMPTY_CELL_ROW.test(line.text)) return { row: line, next: columnHeader, fixable: true };
      if (step >= 2 || !isColumnHeaderLine(model, line, labels)) return undefined;
      columnHeader = line;
      continue;
    }
    // One cell per line: rows are runs of lines between blank (or lone `|`) lines, read upwards; a line holding
    // only a tab is an empty cell of the tab-led layout.
    if (TAB_EMPTY_CELL.test(line.text)) {
      group.push(line);
      continue;
    }
    if (line.text.trim() === '' || /^[\s|]+$/.test(line.text)) {
      if (group.length > 0 && !takeGroup()) break;
      continue;
    }
    group.push(line);
  }
  if (group.length > 0) takeGroup();
  if (tabRow) return { row: tabRow, next: columnHeader, fixable: true };
  return columnHeader ? { row: columnHeader, fixable: false } : undefined;
}

/** Writes the header into the first cell of the empty row, in the layout of the row below it. */
function headerFix(context: RuleContext, row: Line, next: Line | undefined, header: string, title: string): Fix {
  const leadingPipe = next ? next.text.trimStart().startsWith('|') : row.text.trimStart().startsWith('|');
  const offset = TAB_EMPTY_CELL.test(row.text) ? 1 : leadingPipe ? /^[ \t\u3000]*\|[ \t\u3000]?/.exec(row.text)![0].length : 0;
  const at = row.start + offset;
  const text = context.text[at] === '|' ? `${header} ` : header;
  return { title, edits: [editInReportScript({ start: at, end: at }, text, context.model)] };
}

export const rule: Rule = {
  meta: {
    code: 'GR114',
    slug: 'block-header-missing',
    severity: 'warning',
    description: '表一某一块的标题（如“第二十条第（一）项”）丢失',
    fixable: true,
    docs: 'gr114',
  },
  check(context) {
    const found = findTable(context.model, 'table1');
    if (!found) return;
    for (const block of found.table.blocks) {
      if (block.header) continue;
      const spec = blockSpecOf(block, context.edition);
      if (!spec) continue;
      const header = inHeaderStyle(spec.header, found.table);
      const labels = [context.edition.table1.labelColumn, ...spec.columns.map((column) => shortLabel(column.label))];
      const empty = emptyHeaderRow(context.model, context.text, block.rows[0]?.span.start ?? block.span.start, labels, found.table.layout === 'pipe');
      const span: Span = empty ? { start: empty.row.start, end: empty.row.start + empty.row.text.length } : block.span;
      context.report({
        span,
        message: `${TABLE_NAMES.table1}“${spec.rows.map((row) => row.label).join('、')}”一块缺少块标题，应为“${spec.header}”`,
        fix: empty?.fixable ? headerFix(context, empty.row, empty.next, header, `填入“${spec.header}”`) : undefined,
      });
    }
  },
};
