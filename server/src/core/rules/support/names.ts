/**
 * How messages name rows, columns and cells. Every name comes from the format data; messages never quote the
 * report's layout, so the same inconsistency reads the same in every layout.
 */
import type { FormatEdition, LabelSpec, RowSpec } from '../../format/schema';
import type { Table1Block, Table3Group, TableRow, ValueCell } from '../../model';
import { blockSpecOf } from './tables';

/** A label without its bracketed note: 部分公开（区分处理的，…） → 部分公开. */
export function shortLabel(label: string): string {
  return label.replace(/（[^（）]*）$/, '');
}

/** Table 2 row as the format prints it, with its group for group items: （三）不予公开·4.保护第三方合法权益. */
export function table2RowName(spec: RowSpec, edition: FormatEdition): string {
  const own = `${spec.numbering ?? ''}${shortLabel(spec.label)}`;
  const group = spec.group && spec.group !== 'results' ? edition.table2.groups.find((candidate) => candidate.id === spec.group) : undefined;
  return group ? `${group.label}·${own}` : own;
}

export function table2RowNameById(rowId: string, edition: FormatEdition): string {
  const spec = edition.table2.rows.find((row) => row.id === rowId);
  return spec ? table2RowName(spec, edition) : rowId;
}

export function labelById(labels: readonly LabelSpec[], id: string): string {
  return labels.find((label) => label.id === id)?.label ?? id;
}

export function table2CellName(rowId: string, columnId: string, edition: FormatEdition): string {
  return `${table2RowNameById(rowId, edition)}·${labelById(edition.table2.columns, columnId)}`;
}

/** The name of a row as read, for rows the format does not know. */
export function rowTextName(row: TableRow): string {
  return row.labelText || row.labelCells.map((cell) => cell.text).join('');
}

export function table1RowName(row: TableRow, block: Table1Block, edition: FormatEdition): string {
  const spec = blockSpecOf(block, edition)?.rows.find((candidate) => candidate.id === row.rowId);
  return spec ? spec.label : rowTextName(row);
}

export function table1CellName(row: TableRow, block: Table1Block, cell: ValueCell, edition: FormatEdition): string {
  const column = blockSpecOf(block, edition)?.columns.find((candidate) => candidate.id === cell.columnId);
  return `${table1RowName(row, block, edition)}·${column ? shortLabel(column.label) : cell.columnId}`;
}

export function table3CellName(group: Table3Group, columnId: string, edition: FormatEdition): string {
  return `${labelById(edition.table3.groups, group.groupId)}·${labelById(edition.table3.columns, columnId)}`;
}

/** A section's standard heading with its numeral: 三、收到和处理政府信息公开申请情况. */
export function standardHeading(spec: { numeral: string; heading: string }): string {
  return `${spec.numeral}、${spec.heading}`;
}
