import type { BlockSpec, RowSpec, Table1Spec } from '../format/schema';
import type { Cell, Table1, Table1Block } from '../model';
import type { ParseContext } from './context';
import { article20Item, matchLabel, matchLabelKey } from './match';
import { labelKey } from '../text/keys';
import { assembleRows, commonWidth, valuesAfterName } from './rows';
import { buildRow } from './tableRow';
import type { Tokenized } from './tokens';

function blockOfItem(spec: Table1Spec, item: string): BlockSpec | undefined {
  return spec.blocks.find((block) => article20Item(block.header) === item);
}

type FoundRow = { block: BlockSpec; row: RowSpec };

/**
 * findRow's answers by label text, per edition: a pipe row's label is matched against every row of every block
 * twice (where its name ends, then which row it names), ≈4 µs of a seed's check, and the same labels recur in every
 * report. Bounded like table 2's row-name cache (cleared when full), so it cannot grow with the documents checked.
 */
const FOUND_ROW_CACHE_LIMIT = 4096;
const foundRowCaches = new WeakMap<Table1Spec, Map<string, FoundRow | null>>();

function findRow(spec: Table1Spec, label: string): FoundRow | undefined {
  let cache = foundRowCaches.get(spec);
  if (!cache) foundRowCaches.set(spec, (cache = new Map()));
  let found = cache.get(label);
  if (found === undefined) {
    found = searchRow(spec, label) ?? null;
    if (cache.size >= FOUND_ROW_CACHE_LIMIT) cache.clear();
    cache.set(label, found);
  }
  return found ?? undefined;
}

function searchRow(spec: Table1Spec, label: string): FoundRow | undefined {
  let fallback: FoundRow | undefined;
  const key = labelKey(label);
  for (const block of spec.blocks) {
    for (const row of block.rows) {
      const kind = matchLabelKey(key, row);
      if (kind === 'standard' || kind === 'variant') return { block, row };
      if (kind && !fallback) fallback = { block, row };
    }
  }
  return fallback;
}

/**
 * Table 1: blocks opened by their 第二十条 header; rows found by label. A block whose header was lost (002's
 * `| |||`) is opened by its first row instead (GR114 finds where the header belongs).
 */
export function parseTable1(context: ParseContext, tokenized: Tokenized, spec: Table1Spec): Table1 {
  const pipe = tokenized.rowBreaks;
  const rows = assembleRows(tokenized.tokens, pipe).map((raw) => (pipe ? valuesAfterName(raw, (text) => findRow(spec, text) !== undefined) : raw));
  // A row narrower than the heading row above it (the block's column headings 信息内容 …, else its header) or,
  // without one, than most data rows lost a cell: its trailing empty cells are padding, not blank values. The
  // nearest heading row, since a table drawn without padding has rows of four cells in one block, two in the next.
  const gridWidth = commonWidth(rows.filter((raw) => raw.values.some((value) => !value.empty)));
  let captionWidth: number | undefined;
  const blocks: Table1Block[] = [];
  let current: Table1Block | undefined;
  let pendingColumns: Cell[] = [];
  const first = tokenized.tokens[0];
  const last = tokenized.tokens[tokenized.tokens.length - 1];

  const openBlock = (blockSpec: BlockSpec | undefined, header: Cell | undefined, at: number): Table1Block => {
    const block: Table1Block = { blockId: blockSpec?.id, header, span: header?.span ?? { start: at, end: at }, rows: [], columnCells: pendingColumns };
    pendingColumns = [];
    blocks.push(block);
    return block;
  };

  for (const assembled of rows) {
    let raw = assembled;
    const headerIndex = raw.labels.findIndex((label) => article20Item(label.text) !== undefined);
    if (headerIndex !== -1) {
      captionWidth = assembled.width;
      const headerToken = raw.labels[headerIndex];
      current = openBlock(blockOfItem(spec, article20Item(headerToken.text)!), context.cell(headerToken), 0);
      // Without row boundaries (blank-line-separated cells) the block's captions and first row follow the header.
      raw = { labels: raw.labels.slice(headerIndex + 1), values: raw.values };
      if (!raw.values.some((value) => !value.empty)) {
        current.columnCells.push(...raw.labels.map((label) => context.cell(label)));
        continue;
      }
    }
    if (raw.labels.length > 1 && raw.values.some((value) => !value.empty)) {
      const captions = raw.labels.slice(0, -1).map((label) => context.cell(label));
      if (current) current.columnCells.push(...captions);
      else pendingColumns.push(...captions);
      raw = { labels: raw.labels.slice(-1), values: raw.values };
    }
    const nameToken = raw.labels[raw.labels.length - 1];
    const found = nameToken ? findRow(spec, nameToken.text) : undefined;
    const hasNumbers = raw.values.some((value) => !value.empty);
    if (!found && !hasNumbers) {
      // Column headings (信息内容 | 本年制发件数 …) or a caption.
      if (assembled.width !== undefined) captionWidth = assembled.width;
      const cells = raw.labels.map((label) => context.cell(label));
      if (current) current.columnCells.push(...cells);
      else pendingColumns.push(...cells);
      continue;
    }
    if (found && current?.blockId !== found.block.id) {
      if (current && current.blockId === undefined && current.rows.length === 0) {
        current.blockId = found.block.id;
      } else {
        const firstSpan = context.cell(raw.labels[0] ?? raw.values[0]).span;
        current = openBlock(found.block, undefined, firstSpan.start);
      }
    }
    if (!current) current = openBlock(undefined, undefined, context.cell(raw.labels[0] ?? raw.values[0]).span.start);
    const blockSpec = spec.blocks.find((block) => block.id === current!.blockId);
    // A row whose label was left out takes the block's next row that is not there yet.
    const rowSpec = found?.row ?? (raw.labels.length === 0 ? blockSpec?.rows.find((row) => !current!.rows.some((present) => present.rowId === row.id)) : undefined);
    const reference = captionWidth ?? gridWidth;
    const short = reference !== undefined && assembled.width !== undefined && assembled.width < reference;
    current.rows.push(buildRow(context, raw, rowSpec, found ? matchLabel(nameToken!.text, found.row)! : 'position', blockSpec?.columns ?? [], short));
  }
  return {
    kind: 'table1',
    span: first && last ? context.span(first.start, last.end) : { start: 0, end: 0 },
    blocks,
    layout: tokenized.layout,
  };
}
