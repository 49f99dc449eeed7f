/** Every value cell of the three tables, named and paired with its column's format data (decimals, signed). */
import type { ColumnSpec, FormatEdition } from '../../format/schema';
import type { ReportModel, ValueCell } from '../../model';
import { labelById, table1CellName, table2CellName, table3CellName, rowTextName } from './names';
import { blockSpecOf } from './tables';

export interface LocatedValueCell {
  cell: ValueCell;
  /** Where the cell stands, for messages: 行政许可·本年处理决定数量. */
  name: string;
  column?: ColumnSpec;
}

export function allValueCells(model: ReportModel, edition: FormatEdition): LocatedValueCell[] {
  const located: LocatedValueCell[] = [];
  for (const section of model.sections) {
    const table = section.table;
    if (!table) continue;
    if (table.kind === 'table1') {
      for (const block of table.blocks) {
        const spec = blockSpecOf(block, edition);
        for (const row of block.rows) {
          for (const cell of row.values) {
            const column = spec?.columns.find((candidate) => candidate.id === cell.columnId);
            located.push({ cell, name: table1CellName(row, block, cell, edition), column });
          }
        }
      }
    } else if (table.kind === 'table2') {
      for (const row of table.rows) {
        for (const cell of row.values) {
          const column = edition.table2.columns.find((candidate) => candidate.id === cell.columnId);
          const name = row.rowId
            ? table2CellName(row.rowId, cell.columnId, edition)
            : `${rowTextName(row)}·${labelById(edition.table2.columns, cell.columnId)}`;
          located.push({ cell, name, column });
        }
      }
    } else {
      const grouped = new Set<ValueCell>();
      for (const group of table.groups) {
        for (const cell of group.values) {
          grouped.add(cell);
          const column = edition.table3.columns.find((candidate) => candidate.id === cell.columnId);
          located.push({ cell, name: table3CellName(group, cell.columnId, edition), column });
        }
      }
      // Cells the parser could not put in a group (an unaligned table 3) are still checked as values.
      for (const cell of table.valueCells) {
        if (!grouped.has(cell)) located.push({ cell, name: `${edition.table3.title}·第${table.valueCells.indexOf(cell) + 1}个数值` });
      }
    }
  }
  return located;
}
