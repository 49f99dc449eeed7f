import type { LabelSpec, RowSpec } from '../format/schema';
import { TABLE_NAMES } from '../format/prose';
import type { TableRow } from '../model';
import type { Fix } from '../diagnostic';
import { blockSpecOf, findTable } from './support/tables';
import { inReportScript } from './support/text';
import type { Rule, RuleContext } from './types';

/**
 * Replaces the non-standard wording inside the label with the standard label. When normalisation kept the label's
 * length (no glosses removed) only the wording is replaced, so numbering and punctuation stay as written.
 */
function rowFix(context: RuleContext, row: TableRow, spec: RowSpec): Fix | undefined {
  const span = row.labelSpan;
  if (!span) return undefined;
  const standard = inReportScript(spec.label, context.model);
  const wording = [...(spec.nonStandard ?? [])].sort((a, b) => b.length - a.length).find((candidate) => row.labelText.includes(candidate));
  const title = `改为“${spec.label}”`;
  if (wording && span.end - span.start === row.labelText.length) {
    const index = row.labelText.indexOf(wording);
    return { title, edits: [{ span: { start: span.start + index, end: span.start + index + wording.length }, newText: standard }] };
  }
  const numbering = spec.numbering && row.labelText.startsWith(spec.numbering) ? spec.numbering : '';
  return { title, edits: [{ span, newText: inReportScript(numbering, context.model) + standard }] };
}

function reportRow(context: RuleContext, tableName: string, row: TableRow, spec: LabelSpec | undefined): void {
  if (row.kind !== 'nonStandard' || !spec) return;
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
        fix: { title: `改为“${spec.label}”`, edits: [{ span: label.cell.span, newText: inReportScript(spec.label, model) }] },
      });
    }
  },
};
