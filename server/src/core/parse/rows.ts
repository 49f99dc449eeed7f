import type { Token } from './tokens';
import { isValueText } from './values';

/** Label cells followed by value cells: the layout-free shape of a table row. */
export interface RawRow {
  labels: Token[];
  values: Token[];
}

/**
 * Streams cells into rows: label cells accumulate until values begin; a label after values, or a physical row
 * boundary, starts the next row (in pipe tables, where a line is a row, only the boundary does). Empty cells before any label are merged cells; after a label or value they are
 * empty value slots (trailing padding is dropped later, against the expected column count).
 */
export function assembleRows(tokens: readonly Token[], rowPerLine = false): RawRow[] {
  const rows: RawRow[] = [];
  let current: RawRow | undefined;
  const close = () => {
    if (current && (current.labels.length > 0 || current.values.length > 0)) rows.push(current);
    current = undefined;
  };
  for (const token of tokens) {
    if (token.breakBefore) close();
    if (token.empty) {
      // After a label or a value an empty cell is a value slot left blank; before any label, a merged cell.
      if (current) current.values.push(token);
      continue;
    }
    if (isValueText(token.text)) {
      current ??= { labels: [], values: [] };
      current.values.push(token);
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
    current ??= { labels: [], values: [] };
    current.labels.push(token);
  }
  close();
  return rows;
}

/** Drops empty value slots beyond `expected` (pipe padding such as `| 0 | ||`). */
export function trimPadding(values: readonly Token[], expected: number): Token[] {
  let end = values.length;
  while (end > expected && values[end - 1].empty) end--;
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
    return { labels: raw.labels.slice(0, i + 1), values: [...raw.labels.slice(i + 1), ...raw.values] };
  }
  return raw;
}
