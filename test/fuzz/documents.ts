/**
 * fast-check generators of report documents: a seed, re-laid out (layouts mixed per table) and re-encoded by the
 * variants helper, then damaged by random edits of characters, lines, cells and whole sections.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { relayoutTables, TABLE_LAYOUTS, VARIANTS, type TableLayout } from '../helpers/variants';

const SEEDS_DIR = path.resolve(__dirname, '../../../test/fixtures/seeds');
export const SEED_TEXTS: readonly string[] = fs
  .readdirSync(SEEDS_DIR)
  .sort()
  .map((name) => fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8'));

/** Every character the seeds use: random text from it looks like report text to the parser. */
export const SEED_CHARACTERS: readonly string[] = [...new Set(SEED_TEXTS.flatMap((text) => [...text]))].sort();

const TEXT_VARIANTS = ['crlf', 'bom', 'traditional', 'fullWidthDigits', 'fullWidthPunctuation', 'labelsBrokenBySpaces'] as const;

/**
 * Total number of generated documents over all fuzz properties: FUZZ_RUNS, else 10,000 (about two minutes on two
 * cores, the CI budget); `npm run fuzz` sets 100,000. Each property takes its share by weight.
 */
export function runsFor(share: number): number {
  const total = Number(process.env.FUZZ_RUNS ?? 10_000);
  return Math.max(1, Math.round(total * share));
}

export type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'deleteLine'; line: number }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'replaceNumber'; index: number; text: string }
  | { kind: 'shuffleSections'; keys: number[] };

/** Characters and fragments that stress the reader: line ends, separators, surrogates (paired and lone), NUL. */
const HOSTILE_FRAGMENTS = ['\0', '\r', '\n', '\r\n', '|', ' | ', '||', '\t', '\uD83D\uDE00', '𠮷', '\uD800', '\uDC00', '\uFEFF', '０', '１２', '一、', '（七）总计', '总 计', '万元', '-', '/', '无', '—', '99999999999999999999', '3.5', '-1'];

export const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(...HOSTILE_FRAGMENTS),
  fc.string({ unit: fc.constantFrom(...SEED_CHARACTERS), minLength: 1, maxLength: 12 }),
);

const numberText: fc.Arbitrary<string> = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.constantFrom('', '-', '/', '无', '０', '1.5', '-3', '1e3', '12 34'),
);

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), length: fc.nat({ max: 10 }), text: fragment }),
  fc.record({ kind: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('replaceNumber' as const), index: fc.nat(), text: numberText }),
  fc.record({ kind: fc.constant('shuffleSections' as const), keys: fc.array(fc.nat({ max: 100 }), { minLength: 8, maxLength: 8 }) }),
);

const SECTION_START = /^[一二三四五六]\s*[、，,.．]/m;

export function applyEdit(text: string, change: Edit): string {
  switch (change.kind) {
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'delete':
    case 'replace': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + (change.kind === 'replace' ? change.text : '') + text.slice(at + change.length);
    }
    case 'deleteLine':
    case 'duplicateLine':
    case 'swapLines': {
      const lines = text.split('\n');
      if (change.kind === 'deleteLine') lines.splice(change.line % lines.length, 1);
      else if (change.kind === 'duplicateLine') lines.splice(change.line % lines.length, 0, lines[change.line % lines.length]!);
      else {
        const a = change.a % lines.length;
        const b = change.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      }
      return lines.join('\n');
    }
    case 'replaceNumber': {
      const numbers = [...text.matchAll(/[0-9０-９]+/g)];
      if (numbers.length === 0) return text;
      const match = numbers[change.index % numbers.length]!;
      return text.slice(0, match.index) + change.text + text.slice(match.index! + match[0].length);
    }
    case 'shuffleSections': {
      const parts = text.split(new RegExp(`(?=${SECTION_START.source})`, 'm'));
      const keyed = parts.map((part, index) => ({ part, key: index === 0 ? -1 : change.keys[index % change.keys.length]! }));
      return keyed
        .sort((a, b) => a.key - b.key)
        .map(({ part }) => part)
        .join('');
    }
  }
}

export interface DocumentRecipe {
  seed: number;
  layouts: TableLayout[];
  variants: string[];
  edits: Edit[];
}

const baseCache = new Map<string, string>();

/** The undamaged document of a recipe; cached, as the same seed and layout combinations recur. */
export function baseDocument(recipe: Pick<DocumentRecipe, 'seed' | 'layouts' | 'variants'>): string {
  const key = JSON.stringify([recipe.seed, recipe.layouts, recipe.variants]);
  let text = baseCache.get(key);
  if (text === undefined) {
    text = relayoutTables(SEED_TEXTS[recipe.seed]!, (index) => recipe.layouts[index % recipe.layouts.length]!);
    for (const name of recipe.variants) text = VARIANTS.find((variant) => variant.name === name)!.apply(text);
    baseCache.set(key, text);
  }
  return text;
}

export function buildDocument(recipe: DocumentRecipe): string {
  return recipe.edits.reduce(applyEdit, baseDocument(recipe));
}

export const recipe: fc.Arbitrary<DocumentRecipe> = fc.record({
  seed: fc.nat({ max: SEED_TEXTS.length - 1 }),
  layouts: fc.array(fc.constantFrom(...TABLE_LAYOUTS), { minLength: 1, maxLength: 3 }),
  variants: fc.subarray([...TEXT_VARIANTS]),
  edits: fc.array(edit, { maxLength: 6 }),
});

/** A generated document with the recipe that made it (the recipe is what fast-check prints and shrinks). */
export const document: fc.Arbitrary<string> = recipe.map(buildDocument);

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** An offset inside the text that does not split a surrogate pair. */
export function isCodePointBoundary(text: string, offset: number): boolean {
  return offset <= 0 || offset >= text.length || !(isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset)));
}
