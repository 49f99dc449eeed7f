import type { CheckResult } from '../check';
import type { ValueCell } from '../model';
import { editionOf } from './totals';

/** One number of the three tables, with the format's ids and Chinese labels. */
export interface ExportedValue {
  table: 'table1' | 'table2' | 'table3';
  /** Table-1 block or table-3 group id; empty for table 2. */
  group: string;
  groupLabel: string;
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  /** The number read, or null when the cell does not hold one. */
  value: number | null;
  /** The cell as written. */
  raw: string;
}

function valueOf(cell: ValueCell): number | null {
  return cell.readable ? cell.value : null;
}

/** Every number of the three tables in document order. Rows the checker could not identify are left out. */
export function exportedValues(result: CheckResult): ExportedValue[] {
  const edition = editionOf(result.model);
  const values: ExportedValue[] = [];
  for (const section of result.model.sections) {
    const table = section.table;
    if (table?.kind === 'table1') {
      for (const block of table.blocks) {
        const blockSpec = edition.table1.blocks.find((candidate) => candidate.id === block.blockId);
        if (!blockSpec) continue;
        for (const row of block.rows) {
          const rowSpec = blockSpec.rows.find((candidate) => candidate.id === row.rowId);
          if (!rowSpec) continue;
          for (const cell of row.values) {
            const column = blockSpec.columns.find((candidate) => candidate.id === cell.columnId);
            values.push({
              table: 'table1', group: blockSpec.id, groupLabel: blockSpec.header, row: rowSpec.id, rowLabel: rowSpec.label,
              column: cell.columnId, columnLabel: column?.label ?? cell.columnId, value: valueOf(cell), raw: cell.raw,
            });
          }
        }
      }
    } else if (table?.kind === 'table2') {
      for (const row of table.rows) {
        const rowSpec = edition.table2.rows.find((candidate) => candidate.id === row.rowId);
        if (!rowSpec) continue;
        for (const cell of row.values) {
          const column = edition.table2.columns.find((candidate) => candidate.id === cell.columnId);
          values.push({
            table: 'table2', group: '', groupLabel: '', row: rowSpec.id, rowLabel: `${rowSpec.numbering ?? ''}${rowSpec.label}`,
            column: cell.columnId, columnLabel: column?.label ?? cell.columnId, value: valueOf(cell), raw: cell.raw,
          });
        }
      }
    } else if (table?.kind === 'table3') {
      for (const group of table.groups) {
        const groupSpec = edition.table3.groups.find((candidate) => candidate.id === group.groupId);
        for (const cell of group.values) {
          const column = edition.table3.columns.find((candidate) => candidate.id === cell.columnId);
          values.push({
            table: 'table3', group: group.groupId, groupLabel: groupSpec?.label ?? group.groupId, row: '', rowLabel: '',
            column: cell.columnId, columnLabel: column?.label ?? cell.columnId, value: valueOf(cell), raw: cell.raw,
          });
        }
      }
    }
  }
  return values;
}

const CSV_HEADER = ['表', '块或组', '行', '列', '数值', '原文', 'table', 'group', 'row', 'column'];

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
function csvField(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const TABLE_NAMES = { table1: '表一', table2: '表二', table3: '表三' } as const;

/** The three tables as one CSV in long form (one number a line), UTF-8 with a BOM so spreadsheet programs read the Chinese. */
export function tablesAsCsv(result: CheckResult): string {
  const lines = [CSV_HEADER];
  for (const value of exportedValues(result)) {
    lines.push([
      TABLE_NAMES[value.table], value.groupLabel, value.rowLabel, value.columnLabel, value.value === null ? '' : String(value.value), value.raw,
      value.table, value.group, value.row, value.column,
    ]);
  }
  return '\uFEFF' + lines.map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The three tables as JSON: report metadata and the values, nested table → group → row → column. */
export function tablesAsJson(result: CheckResult): string {
  const { model } = result;
  const tables: Record<string, Record<string, Record<string, number | null>>> = { table1: {}, table2: {}, table3: {} };
  for (const value of exportedValues(result)) {
    const key = value.table === 'table1' ? `${value.group}.${value.row}` : value.table === 'table2' ? value.row : value.group;
    (tables[value.table][key] ??= {})[value.column] = value.value;
  }
  const report = { agency: model.preamble.agency ?? null, year: model.year ?? null, edition: model.edition, ...tables };
  return JSON.stringify(report, null, 2) + '\n';
}
