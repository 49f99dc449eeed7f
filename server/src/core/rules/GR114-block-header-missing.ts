import { TABLE_NAMES } from '../format/prose';
import type { Table1 } from '../model';
import { blockSpecOf, findTable } from './support/tables';
import { inReportScript, slice } from './support/text';
import type { Rule } from './types';

/** Half-width brackets when the report writes its other block headers with them: 第二十条第(五)项. */
function inHeaderStyle(header: string, table: Table1): string {
  const halfWidth = table.blocks.some((block) => block.header && /[()]/.test(block.header.raw));
  return halfWidth ? header.replace(/（/g, '(').replace(/）/g, ')') : header;
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
      // Put the header into the first (empty) cell of the row that stands where it was.
      const original = slice(context.text, block.span);
      const leading = /^[ \t]*\|?[ \t]*/.exec(original)![0];
      const rest = original.slice(leading.length);
      const newText = leading + header + (rest.startsWith('|') ? ` ${rest}` : rest);
      context.report({
        span: block.span,
        message: `${TABLE_NAMES.table1}“${spec.rows.map((row) => row.label).join('、')}”一块缺少块标题，应为“${spec.header}”`,
        fix: { title: `填入“${spec.header}”`, edits: [{ span: block.span, newText }] },
      });
    }
  },
};
