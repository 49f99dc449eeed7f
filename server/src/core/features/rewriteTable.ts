import type { CheckResult } from '../check';
import type { TextEdit } from '../diagnostic';
import type { Cell, Section, Table, Table1, Table2, Table3 } from '../model';
import { compactLabel } from './spans';
import { editionOf } from './totals';
import { renderRows, table1HeaderRows, table2HeaderRows, table3HeaderRows, type TableRows } from './tableText';

/** A cell's own text on one line: labels broken over lines (`结果` / `纠正`) are joined again. */
function cellText(cell: Cell): string {
  return compactLabel(cell.raw);
}

function table1Rows(table: Table1, result: CheckResult): TableRows {
  const spec = editionOf(result.model).table1;
  return table.blocks.flatMap((block) => {
    const index = spec.blocks.findIndex((candidate) => candidate.id === block.blockId);
    const standard = index >= 0 ? table1HeaderRows(spec, index) : undefined;
    const header = block.header ? [cellText(block.header)] : standard?.[0] ?? [];
    const columns = block.columnCells.length > 0 ? block.columnCells.map(cellText) : standard?.[1] ?? [];
    const rows = block.rows.map((row) => [...row.labelCells.map(cellText), ...row.values.map(cellText)]);
    return [header, columns, ...rows].filter((cells) => cells.length > 0);
  });
}

function table2Rows(table: Table2, result: CheckResult): TableRows {
  const header = table2HeaderRows(editionOf(result.model).table2);
  return [...header, ...table.rows.map((row) => [...row.labelCells.map(cellText), ...row.values.map(cellText)])];
}

function table3Rows(table: Table3, result: CheckResult): TableRows {
  const header = table3HeaderRows(editionOf(result.model).table3);
  return [...header, table.valueCells.map(cellText)];
}

function rowsOf(table: Table, result: CheckResult): TableRows {
  if (table.kind === 'table1') return table1Rows(table, result);
  if (table.kind === 'table2') return table2Rows(table, result);
  return table3Rows(table, result);
}

/** Tables written one cell per line, which the rewrite can turn into pipe rows. */
export function cellPerLineTables(result: CheckResult): (Section & { table: Table })[] {
  return result.model.sections.filter((section): section is Section & { table: Table } => section.table?.layout === 'cellPerLine');
}

/**
 * Rewrites a one-cell-per-line table as pipe rows, one row a line. Header rows are the standard ones (their
 * merged cells cannot be told apart from blank lines); labels and values are the document's own, in its order.
 */
export function rewriteAsPipeRows(result: CheckResult, table: Table): TextEdit {
  const rows = rowsOf(table, result).map((cells) => cells.map((cell) => cell.replace(/\|/g, '｜')));
  return { span: table.span, newText: renderRows(rows, { kind: 'pipe', leadingPipe: true }, result.model.eol) };
}
