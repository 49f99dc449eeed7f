import type { RowSpec, Table2Spec } from '../format/schema';
import type { Cell, LabelMatch, Table2, TableRow } from '../model';
import type { ParseContext } from './context';
import { matchesAnyLabel, matchLabelKey } from './match';
import { labelKey } from '../text/keys';
import { assembleRows, commonWidth, valuesAfterName, type RawRow } from './rows';
import { buildRow } from './tableRow';
import type { Tokenized } from './tokens';

/** How far ahead of the next expected row a label may match (rows left out of a table are skipped over). */
const LOOKAHEAD = 30;

function matchAhead(spec: Table2Spec, pointer: number, label: string): { index: number; kind: LabelMatch['kind'] } | undefined {
  const end = Math.min(spec.rows.length, pointer + LOOKAHEAD);
  const key = labelKey(label);
  let loose: { index: number; kind: LabelMatch['kind'] } | undefined;
  for (let index = pointer; index < end; index++) {
    const kind = matchLabelKey(key, spec.rows[index]);
    if (kind === 'standard' || kind === 'variant') return { index, kind };
    if (kind && !loose) loose = { index, kind };
  }
  return loose;
}

function isGroupLabel(spec: Table2Spec, text: string): boolean {
  const key = labelKey(text);
  return spec.groups.some((group) => matchLabelKey(key, group, false) !== undefined);
}

/**
 * Table 2: rows aligned to the format's 25 (2019: 23) rows in order. A row is named by its last label cell; the cells
 * before it are group headings (三、本年度办理结果, （三）不予公开). A row whose label matches nothing takes the
 * next expected place when the count of rows still allows it (a mislabelled row), else it is an unknown row.
 */
export function parseTable2(context: ParseContext, tokenized: Tokenized, spec: Table2Spec): Table2 {
  const pipe = tokenized.rowBreaks;
  const isRowName = (text: string): boolean => isRowNameOf(spec, text);
  const raws = assembleRows(tokenized.tokens, pipe).map((raw) => (pipe ? valuesAfterName(raw, isRowName) : raw));
  const headerCells: Cell[] = [];
  const rows: TableRow[] = [];
  const dataRows: RawRow[] = [];
  for (const raw of raws) {
    const name = raw.labels[raw.labels.length - 1];
    const named = name !== undefined && isRowName(name.text);
    if (!named && !raw.values.some((value) => !value.empty)) {
      if (dataRows.length === 0) headerCells.push(...raw.labels.map((label) => context.cell(label)));
      continue;
    }
    // Without row boundaries the column captions run into the first row's label: keep group cells and the name.
    const kept = raw.labels.filter((label, i) => i === raw.labels.length - 1 || isGroupLabel(spec, label.text));
    headerCells.push(...raw.labels.filter((label) => !kept.includes(label)).map((label) => context.cell(label)));
    dataRows.push({ labels: kept, values: raw.values, width: raw.width });
  }
  const gridWidth = commonWidth(dataRows);
  let pointer = 0;
  dataRows.forEach((raw, i) => {
    const name = raw.labels[raw.labels.length - 1];
    // A group heading (（六）其他处理) names a row only where the edition has it as one (2019), never loosely.
    const candidate = name ? matchAhead(spec, pointer, name.text) : undefined;
    const match = candidate && (candidate.kind === 'standard' || candidate.kind === 'variant' || !isGroupLabel(spec, name!.text)) ? candidate : undefined;
    let rowSpec: RowSpec | undefined;
    let kind: LabelMatch['kind'] = 'position';
    if (match) {
      rowSpec = spec.rows[match.index];
      kind = match.kind;
      pointer = match.index + 1;
    } else if (pointer < spec.rows.length && dataRows.length - i <= spec.rows.length - pointer) {
      rowSpec = spec.rows[pointer++];
    }
    const short = gridWidth !== undefined && raw.width !== undefined && raw.width < gridWidth;
    rows.push(buildRow(context, raw, rowSpec, kind, spec.columns, short));
  });
  const first = tokenized.tokens[0];
  const last = tokenized.tokens[tokenized.tokens.length - 1];
  return {
    kind: 'table2',
    span: first && last ? context.span(first.start, last.end) : { start: 0, end: 0 },
    headerCells,
    rows,
    layout: tokenized.layout,
  };
}

/**
 * Whether a label cell names a row of `spec`. Asked of every label cell, often twice (valuesAfterName, then naming
 * the row), and the same labels recur in every report: answered once per text and edition, in a bounded cache.
 */
const ROW_NAME_CACHE_LIMIT = 4096;
const rowNameCaches = new WeakMap<Table2Spec, Map<string, boolean>>();

function isRowNameOf(spec: Table2Spec, text: string): boolean {
  let cache = rowNameCaches.get(spec);
  if (!cache) rowNameCaches.set(spec, (cache = new Map()));
  let named = cache.get(text);
  if (named === undefined) {
    named = !isHeaderWord(spec, text) && matchesAnyLabel(labelKey(text), spec.rows);
    if (cache.size >= ROW_NAME_CACHE_LIMIT) cache.clear();
    cache.set(text, named);
  }
  return named;
}

/** Column headings such as 其他 or 总计 also end row labels (3.其他, （七）总计): a bare one is a heading. */
function isHeaderWord(spec: Table2Spec, text: string): boolean {
  let words = headerWords.get(spec);
  if (!words) {
    words = new Set(spec.columns.map((column) => column.label));
    headerWords.set(spec, words);
  }
  return words.has(/\s/.test(text) ? text.replace(/\s/g, '') : text);
}

const headerWords = new WeakMap<Table2Spec, Set<string>>();
