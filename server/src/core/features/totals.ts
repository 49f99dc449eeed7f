import type { CheckResult } from '../check';
import { EDITION_2019, EDITION_2021 } from '../format/editions';
import type { FormatEdition } from '../format/schema';
import type { ReportModel, Span, Table2, Table3, ValueCell } from '../model';
import { spansOverlap } from './spans';

/** One stated total and the parts it must equal the sum of, as the format defines them. */
export interface TotalCheck {
  cell: ValueCell;
  /** Chinese name of the total, e.g. `（七）总计·自然人`. */
  name: string;
  /** Chinese name of what it sums, e.g. `各办理结果之和`. */
  rule: string;
  stated: number;
  computed: number;
  parts: { label: string; value: number }[];
  agrees: boolean;
}

export function editionOf(model: ReportModel): FormatEdition {
  return model.edition === '2019' ? EDITION_2019 : EDITION_2021;
}

/** Sums with decimals kept exact to 4 places, so 0.1 + 0.2 reads as 0.3. */
function sum(values: number[]): number {
  return Math.round(values.reduce((total, value) => total + value, 0) * 10000) / 10000;
}

function totalCheck(cell: ValueCell, name: string, rule: string, parts: { label: string; value: number }[]): TotalCheck {
  const computed = sum(parts.map((part) => part.value));
  return { cell, name, rule, stated: cell.value, computed, parts, agrees: cell.readable && cell.value === computed };
}

function table2Totals(table: Table2, edition: FormatEdition): TotalCheck[] {
  const spec = edition.table2;
  const checks: TotalCheck[] = [];
  const rowLabel = (rowId: string | undefined): string => {
    const row = spec.rows.find((candidate) => candidate.id === rowId);
    return row ? `${row.numbering ?? ''}${row.label}` : '';
  };
  const partColumns = spec.columns.filter((column) => column.id !== spec.totalColumn);
  const alignedRows = table.rows.filter((row) => row.rowId !== undefined && !row.unaligned);

  for (const row of alignedRows) {
    const total = row.values.find((cell) => cell.columnId === spec.totalColumn);
    if (!total) continue;
    const parts = partColumns.flatMap((column) => {
      const cell = row.values.find((candidate) => candidate.columnId === column.id);
      return cell ? [{ label: column.label, value: cell.value }] : [];
    });
    checks.push(totalCheck(total, `${rowLabel(row.rowId)}·总计`, '六类申请人之和', parts));
  }

  const resultTotal = alignedRows.find((row) => row.rowId === spec.resultTotalRow);
  if (resultTotal) {
    const resultRows = alignedRows.filter((row) => spec.resultRows.includes(row.rowId!));
    for (const cell of resultTotal.values) {
      const column = spec.columns.find((candidate) => candidate.id === cell.columnId);
      if (!column) continue;
      const parts = resultRows.flatMap((row) => {
        const part = row.values.find((candidate) => candidate.columnId === cell.columnId);
        return part ? [{ label: rowLabel(row.rowId), value: part.value }] : [];
      });
      checks.push(totalCheck(cell, `${rowLabel(resultTotal.rowId)}·${column.label}`, '各办理结果之和', parts));
    }
  }
  return checks;
}

function table3Totals(table: Table3, edition: FormatEdition): TotalCheck[] {
  if (table.unaligned) return [];
  const spec = edition.table3;
  const checks: TotalCheck[] = [];
  for (const group of table.groups) {
    const groupSpec = spec.groups.find((candidate) => candidate.id === group.groupId);
    const total = group.values.find((cell) => cell.columnId === spec.totalColumn);
    if (!groupSpec || !total) continue;
    const parts = spec.columns
      .filter((column) => column.id !== spec.totalColumn)
      .flatMap((column) => {
        const cell = group.values.find((candidate) => candidate.columnId === column.id);
        return cell ? [{ label: column.label, value: cell.value }] : [];
      });
    checks.push(totalCheck(total, `${groupSpec.label}·总计`, '结果维持、结果纠正、其他结果、尚未审结之和', parts));
  }
  return checks;
}

/**
 * Every stated total of tables 2 and 3 with its computed sum, in document order; with `within`, only those of the
 * tables that overlap it (a hover or the visible lines of a report with thousands of tables need one or two).
 */
export function totalsOf(result: CheckResult, within?: Span): TotalCheck[] {
  const edition = editionOf(result.model);
  const checks: TotalCheck[] = [];
  for (const section of result.model.sections) {
    const table = section.table;
    if (within && table && !spansOverlap(table.span, within)) continue;
    if (table?.kind === 'table2') checks.push(...table2Totals(table, edition));
    else if (table?.kind === 'table3') checks.push(...table3Totals(table, edition));
  }
  return checks.sort((a, b) => a.cell.span.start - b.cell.span.start);
}
