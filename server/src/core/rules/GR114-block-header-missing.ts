import { TABLE_NAMES } from '../format/prose';
import type { BlockSpec } from '../format/schema';
import type { Fix } from '../diagnostic';
import type { Span, Table1 } from '../model';
import { normalize } from '../text/normalize';
import { shortLabel } from './support/names';
import { blockSpecOf, findTable } from './support/tables';
import { inReportScript } from './support/text';
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

function lineBefore(text: string, lineStart: number): Line | undefined {
  if (lineStart === 0) return undefined;
  const end = text[lineStart - 1] === '\n' && text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1;
  const start = Math.max(text.lastIndexOf('\n', end - 1), text.lastIndexOf('\r', end - 1)) + 1;
  return { start, text: text.slice(start, end) };
}

/**
 * The row of empty cells where the lost header stood (002's `| |||`): above the block's first row, past its column
 * header row (recognised by the block's first column label).
 */
function emptyHeaderRow(text: string, firstRowStart: number, spec: BlockSpec): { row: Line; next?: Line } | undefined {
  const columnLabel = shortLabel(spec.columns[0].label);
  let lineStart = Math.max(text.lastIndexOf('\n', firstRowStart - 1), text.lastIndexOf('\r', firstRowStart - 1)) + 1;
  let next: Line | undefined;
  for (let step = 0; step < 3; step++) {
    const line = lineBefore(text, lineStart);
    if (!line) return undefined;
    if (EMPTY_CELL_ROW.test(line.text)) return { row: line, next };
    if (!normalize(line.text).text.replace(/\s+/g, '').includes(columnLabel)) return undefined;
    next = line;
    lineStart = line.start;
  }
  return undefined;
}

/** Writes the header into the first cell of the empty row, in the layout of the row below it. */
function headerFix(context: RuleContext, row: Line, next: Line | undefined, header: string, title: string): Fix {
  const leadingPipe = next ? next.text.trimStart().startsWith('|') : row.text.trimStart().startsWith('|');
  const offset = leadingPipe ? /^[ \t\u3000]*\|[ \t\u3000]?/.exec(row.text)![0].length : 0;
  const at = row.start + offset;
  const newText = context.text[at] === '|' ? `${header} ` : header;
  return { title, edits: [{ span: { start: at, end: at }, newText }] };
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
      const header = inReportScript(inHeaderStyle(spec.header, found.table), context.model);
      const empty = emptyHeaderRow(context.text, block.span.start, spec);
      const span: Span = empty ? { start: empty.row.start, end: empty.row.start + empty.row.text.length } : block.span;
      context.report({
        span,
        message: `${TABLE_NAMES.table1}“${spec.rows.map((row) => row.label).join('、')}”一块缺少块标题，应为“${spec.header}”`,
        fix: empty ? headerFix(context, empty.row, empty.next, header, `填入“${spec.header}”`) : undefined,
      });
    }
  },
};
