/**
 * The value cells of the three tables that have a problem (empty, placeholder, not a number, full-width …), named
 * and paired with their column's format data (decimals, signed). Cells without one are most cells and concern no
 * rule that walks this list, so they are not listed.
 */
import type { ColumnSpec, FormatEdition } from '../../format/schema';
import type { ReportModel, Section, ValueCell } from '../../model';
import { labelById, table1CellName, table2CellName, table3CellName, rowTextName } from './names';
import { blockSpecOf } from './tables';
import { memoKey } from './memo';
import type { RuleContext } from '../types';

export interface LocatedValueCell {
  cell: ValueCell;
  /** Where the cell stands, for messages: 行政许可·本年处理决定数量. */
  readonly name: string;
  column?: ColumnSpec;
  /** The table the cell belongs to. */
  table: NonNullable<Section['table']>;
}

/** A located cell whose name is built when a message asks for it: most cells never appear in one. */
class LazilyNamedCell implements LocatedValueCell {
  private builtName: string | undefined;

  constructor(
    readonly cell: ValueCell,
    readonly table: NonNullable<Section['table']>,
    /** Shared by the cells of a row (one closure a row, not a cell). */
    private readonly buildName: (cell: ValueCell) => string,
    readonly column?: ColumnSpec,
  ) {}

  get name(): string {
    return (this.builtName ??= this.buildName(this.cell));
  }
}

const CELLS_WITH_PROBLEMS = memoKey<readonly LocatedValueCell[]>('valueCellsWithProblems');

/** Several rules walk the value cells with problems of one check; the list is built once per check. */
export function valueCellsWithProblems(context: RuleContext): readonly LocatedValueCell[] {
  return context.memo.get(CELLS_WITH_PROBLEMS, () => locateValueCells(context.model, context.edition));
}

function locateValueCells(model: ReportModel, edition: FormatEdition): LocatedValueCell[] {
  const located: LocatedValueCell[] = [];
  for (const section of model.sections) {
    const table = section.table;
    if (!table) continue;
    if (table.kind === 'table1') {
      for (const block of table.blocks) {
        const spec = blockSpecOf(block, edition);
        for (const row of block.rows) {
          const name = (cell: ValueCell) => table1CellName(row, block, cell, edition);
          for (const cell of row.values) {
            if (cell.problems.length === 0) continue;
            const column = spec?.columns.find((candidate) => candidate.id === cell.columnId);
            located.push(new LazilyNamedCell(cell, table, name, column));
          }
        }
      }
    } else if (table.kind === 'table2') {
      for (const row of table.rows) {
        const rowId = row.rowId;
        const name = rowId
          ? (cell: ValueCell) => table2CellName(rowId, cell.columnId, edition)
          : (cell: ValueCell) => `${rowTextName(row)}·${labelById(edition.table2.columns, cell.columnId)}`;
        for (const cell of row.values) {
          if (cell.problems.length === 0) continue;
          const column = edition.table2.columns.find((candidate) => candidate.id === cell.columnId);
          located.push(new LazilyNamedCell(cell, table, name, column));
        }
      }
    } else {
      const grouped = new Set<ValueCell>();
      for (const group of table.groups) {
        const name = (cell: ValueCell) => table3CellName(group, cell.columnId, edition);
        for (const cell of group.values) {
          grouped.add(cell);
          if (cell.problems.length === 0) continue;
          const column = edition.table3.columns.find((candidate) => candidate.id === cell.columnId);
          located.push(new LazilyNamedCell(cell, table, name, column));
        }
      }
      // Cells the parser could not put in a group (an unaligned table 3) are still checked as values.
      table.valueCells.forEach((cell, index) => {
        if (!grouped.has(cell) && cell.problems.length > 0) located.push(new LazilyNamedCell(cell, table, () => `${edition.table3.title}·第${index + 1}个数值`));
      });
    }
  }
  return located;
}
