import type { LabelSpec, RowSpec } from '../format/schema';
import { TABLE_NAMES } from '../format/prose';
import type { TableRow } from '../model';
import type { Fix } from '../diagnostic';
import { numberingOf } from '../text/keys';
import { blockSpecOf, findTable } from './support/tables';
import { editInReportScript } from './support/text';
import type { Rule, RuleContext } from './types';

/**
 * Rewrites the whole label cell as numbering + standard label. The numbering kept is the one written (else the
 * format's), so the fix is idempotent: a partly standard label never grows a second copy of its note.
 */
function rowFix(context: RuleContext, row: TableRow, spec: RowSpec): Fix | undefined {
  const span = row.labelSpan;
  if (!span) return undefined;
  const numbering = numberingOf(context.text.slice(span.start, span.end)) || spec.numbering || '';
  return { title: `改为“${spec.label}”`, edits: [editInReportScript(span, numbering + spec.label, context.model)] };
}

function reportRow(context: RuleContext, tableName: string, row: TableRow, spec: LabelSpec | undefined): void {
  if ((row.kind !== 'nonStandard' && row.kind !== 'position') || !spec) return;
  if (!row.labelSpan || row.labelText === '') {
    context.report({ span: row.span, message: `${tableName}的一行缺少行名，按位置应为“${spec.label}”` });
    return;
  }
  context.report({
    span: row.labelSpan ?? row.span,
    message: `${tableName}的行名“${row.labelText}”与统一格式不同，应为“${spec.label}”`,
    fix: rowFix(context, row, spec),
  });
}

export const rule: Rule = {
  meta: {
    code: 'GR113',
    slug: 'label-nonstandard',
    severity: 'warning',
    description: '表格的行名或列名不是统一格式的写法（如“驳回申请”应为“其他结果”）',
    fixable: true,
    docs: 'gr113',
  },
  check(context) {
    const { model, edition } = context;
    const table1 = findTable(model, 'table1');
    for (const block of table1?.table.blocks ?? []) {
      const blockSpec = blockSpecOf(block, edition);
      for (const row of block.rows) reportRow(context, TABLE_NAMES.table1, row, blockSpec?.rows.find((spec) => spec.id === row.rowId));
    }
    const table2 = findTable(model, 'table2');
    for (const row of table2?.table.rows ?? []) {
      reportRow(context, TABLE_NAMES.table2, row, edition.table2.rows.find((spec) => spec.id === row.rowId));
    }
    const table3 = findTable(model, 'table3');
    for (const label of table3?.table.columnLabels ?? []) {
      if (label.kind !== 'nonStandard') continue;
      const spec = edition.table3.columns.find((column) => column.id === label.columnId);
      if (!spec) continue;
      const written = label.cell.text.replace(/\s+/g, '');
      context.report({
        span: label.cell.span,
        message: `${TABLE_NAMES.table3}的列名“${written}”与统一格式不同，应为“${spec.label}”`,
        fix: { title: `改为“${spec.label}”`, edits: [editInReportScript(label.cell.span, spec.label, model)] },
      });
    }
  },
};
