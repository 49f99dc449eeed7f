import type { CheckResult } from '../check';
import type { FormatEdition, Table2Spec, Table3Spec, Table1Spec } from '../format/schema';
import type { Table } from '../model';

/** How this document writes its tables, so inserted or rewritten tables look like the ones already there. */
export type TableStyle = { kind: 'pipe'; leadingPipe: boolean } | { kind: 'cellPerLine' };

/** Rows of cells; every standard table is rendered without empty cells so that no layout can misread it. */
export type TableRows = string[][];

const DEFAULT_STYLE: TableStyle = { kind: 'pipe', leadingPipe: true };

export function tableStyleOf(result: CheckResult): TableStyle {
  for (const section of result.model.sections) {
    const table = section.table;
    if (!table || table.layout === 'none' || table.layout === 'spaced') continue;
    if (table.layout === 'cellPerLine') return { kind: 'cellPerLine' };
    return { kind: 'pipe', leadingPipe: result.text.slice(table.span.start, table.span.end).trimStart().startsWith('|') };
  }
  return DEFAULT_STYLE;
}

export function renderRows(rows: TableRows, style: TableStyle, eol: string): string {
  if (style.kind === 'cellPerLine') return rows.map((cells) => cells.map((cell) => `\t${cell}`).join(eol)).join(eol + eol);
  return rows.map((cells) => (style.leadingPipe ? `| ${cells.join(' | ')} |` : `${cells.join(' | ')} |`)).join(eol);
}

export const EMPTY_VALUE = '0';

export function table1HeaderRows(spec: Table1Spec, blockIndex: number): TableRows {
  const block = spec.blocks[blockIndex];
  return [[block.header], [spec.labelColumn, ...block.columns.map((column) => column.label)]];
}

export function standardTable1(spec: Table1Spec): TableRows {
  return spec.blocks.flatMap((block, index) => [
    ...table1HeaderRows(spec, index),
    ...block.rows.map((row) => [row.label, ...block.columns.map(() => EMPTY_VALUE)]),
  ]);
}

export function table2HeaderRows(spec: Table2Spec): TableRows {
  const [person, ...rest] = spec.columns.filter((column) => column.id !== spec.totalColumn);
  const total = spec.columns.find((column) => column.id === spec.totalColumn)!;
  return [
    [spec.header.balanceNote, spec.header.applicants],
    [person.label, spec.header.organisations, total.label],
    rest.map((column) => column.label),
  ];
}

/**
 * The label cells of each standard table-2 row: a row that opens a group carries the group's cell first
 * (三、本年度办理结果 | （一）予以公开; （三）不予公开 | 1.属于国家秘密), as the published table is drawn.
 */
export function table2RowLabels(spec: Table2Spec): Map<string, string[]> {
  const labels = new Map<string, string[]>();
  let resultsOpened = false;
  let previousGroup: string | undefined;
  for (const row of spec.rows) {
    const cells: string[] = [];
    if (row.group !== undefined && !resultsOpened) {
      cells.push(spec.groups.find((group) => group.id === 'results')!.label);
      resultsOpened = true;
    }
    if (row.group !== undefined && row.group !== 'results' && row.group !== previousGroup) {
      cells.push(spec.groups.find((group) => group.id === row.group)!.label);
    }
    cells.push(`${row.numbering ?? ''}${row.label}`);
    labels.set(row.id, cells);
    previousGroup = row.group;
  }
  return labels;
}

export function standardTable2(spec: Table2Spec): TableRows {
  const labels = table2RowLabels(spec);
  return [...table2HeaderRows(spec), ...spec.rows.map((row) => [...labels.get(row.id)!, ...spec.columns.map(() => EMPTY_VALUE)])];
}

export function table3HeaderRows(spec: Table3Spec): TableRows {
  const [reconsideration, ...lawsuits] = spec.groups;
  const columnLabels = spec.columns.map((column) => column.label);
  const lawsuitName = lawsuits[0].label.split('·')[0];
  const shortName = (label: string) => label.split('·').pop()!;
  return [
    [reconsideration.label, lawsuitName],
    [...columnLabels, ...lawsuits.map((group) => shortName(group.label))],
    lawsuits.flatMap(() => columnLabels),
  ];
}

export function standardTable3(spec: Table3Spec): TableRows {
  return [...table3HeaderRows(spec), spec.groups.flatMap(() => spec.columns.map(() => EMPTY_VALUE))];
}

export function standardTable(kind: Table['kind'], edition: FormatEdition): TableRows {
  if (kind === 'table1') return standardTable1(edition.table1);
  if (kind === 'table2') return standardTable2(edition.table2);
  return standardTable3(edition.table3);
}
