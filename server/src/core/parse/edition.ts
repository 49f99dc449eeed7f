import { EDITION_2019, EDITION_2021 } from '../format/editions';
import type { FormatEdition, LabelSpec, Table1Spec } from '../format/schema';
import { labelKey } from '../text/keys';
import type { Token, Tokenized } from './tokens';
import { isValueText } from './values';

/** Every published edition, the current one first (what a report is read against when nothing says otherwise). */
export const EDITIONS: readonly FormatEdition[] = [EDITION_2021, EDITION_2019];

function keysOfLabels(specs: readonly LabelSpec[]): string[] {
  return specs.flatMap((spec) => [spec.label, ...(spec.variants ?? []), ...(spec.nonStandard ?? [])].map(labelKey));
}

function table1Keys(table: Table1Spec): { headers: string[]; labels: string[] } {
  return {
    headers: table.blocks.map((block) => labelKey(block.header)),
    labels: table.blocks.flatMap((block) => [...keysOfLabels(block.columns), ...keysOfLabels(block.rows)]),
  };
}

/**
 * What only the 2019 format's table 1 says, read off the two editions: its block headers (第二十条第（九）项) and its
 * column and row labels that no 2021 label equals or contains. A word a 2021 label contains (处理决定数量 in
 * 本年处理决定数量) is left out: a 2021 report may shorten its label to it.
 */
function table1Markers(older: Table1Spec, current: Table1Spec): { headers: string[]; labels: Set<string> } {
  const olderKeys = table1Keys(older);
  const currentKeys = table1Keys(current);
  const currentLabels = [...currentKeys.headers, ...currentKeys.labels];
  return {
    headers: olderKeys.headers.filter((key) => !currentKeys.headers.includes(key)),
    labels: new Set(olderKeys.labels.filter((key) => !currentLabels.some((label) => label.includes(key)))),
  };
}

const TABLE1_MARKERS_2019 = table1Markers(EDITION_2019.table1, EDITION_2021.table1);

/**
 * Rows of the 2019 format's table 2 that the 2021 format made group headings with rows of their own (其他处理):
 * such a label followed by numbers of its own is the 2019 format.
 */
const TABLE2_ROWS_BECOME_GROUPS_2019 = new Set(
  keysOfLabels(EDITION_2019.table2.rows).filter((key) => keysOfLabels(EDITION_2021.table2.groups).includes(key)),
);

/** Characters such a label's key starts with: a cell holding none of them needs no key (most cells hold none). */
const TABLE2_ROWS_BECOME_GROUPS_FIRST = [...new Set([...TABLE2_ROWS_BECOME_GROUPS_2019].map((key) => key[0]!))];

/** For tests and the documentation: the words that tell the 2019 format, as keys. */
export const EDITION_2019_MARKERS = {
  table1Headers: TABLE1_MARKERS_2019.headers,
  table1Labels: [...TABLE1_MARKERS_2019.labels],
  table2Rows: [...TABLE2_ROWS_BECOME_GROUPS_2019],
};

function isTable1Marker(text: string): boolean {
  const key = labelKey(text);
  return TABLE1_MARKERS_2019.labels.has(key) || TABLE1_MARKERS_2019.headers.some((header) => key.includes(header));
}

/**
 * A label of TABLE2_ROWS_BECOME_GROUPS_2019 with a number of its own: the label is the last one before a number,
 * with no row boundary between them (what assembleRows would make a row of, read straight off the cells).
 */
function groupRowCarriesNumbers(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    const text = tokens[index].text;
    if (tokens[index].empty || !TABLE2_ROWS_BECOME_GROUPS_FIRST.some((first) => text.includes(first))) continue;
    if (isValueText(text) || !TABLE2_ROWS_BECOME_GROUPS_2019.has(labelKey(text))) continue;
    for (let next = index + 1; next < tokens.length && !tokens[next].breakBefore; next++) {
      const token = tokens[next];
      if (token.empty) continue;
      if (isValueText(token.text)) return true;
      break;
    }
  }
  return false;
}

/**
 * The edition a report's tables follow: the 2019 one when table 1 says what only it says, or table 2 gives numbers
 * to a row that the 2021 format split into rows of its own; otherwise the current one.
 */
export function detectEdition(table1?: Tokenized, table2?: Tokenized): FormatEdition {
  if (table1?.tokens.some((token) => !token.empty && !isValueText(token.text) && isTable1Marker(token.text))) return EDITION_2019;
  if (table2 && groupRowCarriesNumbers(table2.tokens)) return EDITION_2019;
  return EDITION_2021;
}
