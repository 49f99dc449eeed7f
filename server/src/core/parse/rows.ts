import type { Token } from './tokens';
import { isValueText } from './values';

/** Label cells followed by value cells: the layout-free shape of a table row. */
export interface RawRow {
  labels: Token[];
  values: Token[];
  /** Cells of the physical row the row began on (merged and padding cells included), where rows are marked. */
  width?: number;
}

/**
 * Streams cells into rows: label cells accumulate until values begin; a label after values, or a physical row
 * boundary, starts the next row (in pipe tables, where a line is a row, only the boundary does). Empty cells before any label are merged cells; after a label or value they are
 * empty value slots (trailing padding is dropped later, against the expected column count).
 */
export function assembleRows(tokens: readonly Token[], rowPerLine = false): RawRow[] {
  const rows: RawRow[] = [];
  let current: RawRow | undefined;
  // Where rows are marked, the cells of the physical row being read (a grid's rows are all equally wide).
  let width: number | undefined;
  const open = (): RawRow => (current ??= width === undefined ? { labels: [], values: [] } : { labels: [], values: [], width });
  const close = () => {
    if (current && (current.labels.length > 0 || current.values.length > 0)) rows.push(current);
    current = undefined;
  };
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token.breakBefore) {
      close();
      if (rowPerLine) {
        let end = index + 1;
        while (end < tokens.length && !tokens[end].breakBefore) end++;
        width = end - index;
      }
    }
    if (token.empty) {
      // After a label or a value an empty cell is a value slot left blank; before any label, a merged cell.
      if (current) current.values.push(token);
      continue;
    }
    if (isValueText(token.text)) {
      open().values.push(token);
      continue;
    }
    if (current && current.values.some((value) => !value.empty)) {
      // A pipe line is one row: text after its first number is a cell that should hold a number.
      if (rowPerLine && !token.breakBefore) {
        current.values.push(token);
        continue;
      }
      close();
    }
    // Blank slots between two label cells were merged cells, not values.
    if (current) current.values = [];
    open().labels.push(token);
  }
  close();
  return rows;
}

/**
 * The width most rows of a marked grid have; a data row narrower than that lost a cell, so its trailing empty cells
 * are padding, not blank values (`| 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | ||` in a grid of `| … | 7 numbers | ||`).
 */
export function commonWidth(rows: readonly RawRow[]): number | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) if (row.width !== undefined) counts.set(row.width, (counts.get(row.width) ?? 0) + 1);
  let best: number | undefined;
  for (const [width, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && width > best)) best = width;
  return best;
}

/**
 * Drops empty value slots beyond `expected` (pipe padding such as `| 0 | ||`); in a row narrower than its grid
 * (`short`) every trailing empty slot is padding.
 */
export function trimPadding(values: readonly Token[], expected: number, short = false): Token[] {
  let end = values.length;
  while (end > (short ? 0 : expected) && values[end - 1].empty) end--;
  return values.slice(0, end);
}

/**
 * In a pipe row, label cells after the one that names the row stand where numbers belong (`| 行政处罚 | abc |`):
 * they become value cells, so they are reported as values that are not numbers.
 */
export function valuesAfterName(raw: RawRow, isName: (text: string) => boolean): RawRow {
  for (let i = raw.labels.length - 1; i >= 0; i--) {
    if (!isName(raw.labels[i].text)) continue;
    if (i === raw.labels.length - 1) return raw;
    return { ...raw, labels: raw.labels.slice(0, i + 1), values: [...raw.labels.slice(i + 1), ...raw.values] };
  }
  return raw;
}
