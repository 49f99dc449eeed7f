/** Finding the tables of a report and the format data that describes their rows, columns and groups. */
import type { BlockSpec, ColumnSpec, FormatEdition, RowSpec } from '../../format/schema';
import type { ReportModel, Section, Table1, Table1Block, Table2, Table3, TableRow, ValueCell } from '../../model';

export interface TableKinds {
  table1: Table1;
  table2: Table2;
  table3: Table3;
}

/** The first table of a kind, with the section it stands in. */
export function findTable<K extends keyof TableKinds>(model: ReportModel, kind: K): { section: Section; table: TableKinds[K] } | undefined {
  for (const section of model.sections) {
    if (section.table?.kind === kind) return { section, table: section.table as TableKinds[K] };
  }
  return undefined;
}

/** The block of table 1 a parsed block stands for: by its id, else by the rows it holds. */
export function blockSpecOf(block: Table1Block, edition: FormatEdition): BlockSpec | undefined {
  const blocks = edition.table1.blocks;
  if (block.blockId) return blocks.find((spec) => spec.id === block.blockId);
  for (const row of block.rows) {
    const spec = blocks.find((candidate) => candidate.rows.some((rowSpec) => rowSpec.id === row.rowId));
    if (spec) return spec;
  }
  return undefined;
}

export function table2RowSpec(rowId: string | undefined, edition: FormatEdition): RowSpec | undefined {
  return rowId === undefined ? undefined : edition.table2.rows.find((row) => row.id === rowId);
}

export function table2ColumnSpec(columnId: string, edition: FormatEdition): ColumnSpec | undefined {
  return edition.table2.columns.find((column) => column.id === columnId);
}

