import type { Table3Spec } from '../format/schema';
import type { Cell, Table3, Table3Group, ValueCell } from '../model';
import type { ParseContext } from './context';
import { matchLabel } from './match';
import { assembleRows, trimPadding } from './rows';
import type { Token } from './tokens';
import type { Tokenized } from './tokens';

/**
 * Table 3: one row of fifteen numbers under a two-level header. The numbers are positional (three groups of five);
 * the header is read only to spot non-standard column wordings (驳回申请 for 其他结果).
 */
export function parseTable3(context: ParseContext, tokenized: Tokenized, spec: Table3Spec): Table3 {
  const expected = spec.groups.length * spec.columns.length;
  const raws = assembleRows(tokenized.tokens, tokenized.rowBreaks);
  const headerCells: Cell[] = [];
  let valueTokens: Token[] = [];
  for (const raw of raws) {
    // Text amid the numbers (`0` / `若干` / `0`) stands where a number belongs: the header is all above them.
    if (valueTokens.length > 0 && valueTokens.length < expected && raw.values.some((value) => !value.empty)) {
      valueTokens.push(...raw.labels, ...raw.values);
      continue;
    }
    headerCells.push(...raw.labels.map((label) => context.cell(label)));
    if (raw.values.some((value) => !value.empty)) valueTokens.push(...raw.values);
  }
  valueTokens = trimPadding(valueTokens, expected);
  const columnLabels: Table3['columnLabels'] = [];
  for (const cell of headerCells) {
    for (const column of spec.columns) {
      const kind = matchLabel(cell.text, column, false);
      if (kind) {
        columnLabels.push({ columnId: column.id, cell, kind });
        break;
      }
    }
  }
  const valueCells: ValueCell[] = valueTokens.map((token, i) => {
    return context.valueCell(token, spec.columns[i % spec.columns.length]);
  });
  const aligned = valueCells.length === expected;
  const groups: Table3Group[] = aligned
    ? spec.groups.map((group, g) => ({ groupId: group.id, values: valueCells.slice(g * spec.columns.length, (g + 1) * spec.columns.length) }))
    : [];
  const first = tokenized.tokens[0];
  const last = tokenized.tokens[tokenized.tokens.length - 1];
  const table: Table3 = {
    kind: 'table3',
    span: first && last ? context.span(first.start, last.end) : { start: 0, end: 0 },
    headerCells,
    columnLabels,
    groups,
    valueCells,
    layout: tokenized.layout,
  };
  if (!aligned && valueCells.length > 0) table.unaligned = true;
  return table;
}
