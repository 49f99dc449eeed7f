import type { ColumnSpec, RowSpec } from '../format/schema';
import type { LabelMatch, TableRow, ValueCell } from '../model';
import type { ParseContext } from './context';
import { trimPadding, type RawRow } from './rows';

/** Turns an assembled row into a model row: its label, and its values read against the columns they stand in. */
export function buildRow(
  context: ParseContext,
  raw: RawRow,
  spec: RowSpec | undefined,
  kind: LabelMatch['kind'],
  columns: readonly ColumnSpec[],
  /** The row is narrower than the rows of its grid (see commonWidth): it lost a cell. */
  short = false,
): TableRow {
  const labelCells = raw.labels.map((label) => context.cell(label));
  const nameCell = labelCells[labelCells.length - 1];
  const valueTokens = trimPadding(raw.values, columns.length, short);
  const values: ValueCell[] = valueTokens.slice(0, columns.length).map((token, i) => context.valueCell(token, columns[i]));
  const firstSpan = labelCells[0]?.span ?? values[0]?.span ?? { start: 0, end: 0 };
  const lastToken = valueTokens[valueTokens.length - 1] ?? raw.labels[raw.labels.length - 1];
  const row: TableRow = {
    rowId: spec?.id,
    kind,
    labelCells,
    labelText: nameCell?.text ?? '',
    labelSpan: nameCell?.span,
    values,
    span: { start: firstSpan.start, end: lastToken ? context.span(lastToken.start, lastToken.end).end : firstSpan.end },
  };
  if (valueTokens.length !== columns.length) {
    row.cellCount = valueTokens.length;
    row.unaligned = true;
  }
  return row;
}
