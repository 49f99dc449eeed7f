/// <reference path="./opencc-presets.d.ts" />
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Simplified ⇄ Traditional conversion through opencc-js. Converters are built once: building one parses
 * OpenCC's dictionaries, which costs far more than converting a report.
 */
let toSimplifiedConverter: ((text: string) => string) | undefined;
let toTraditionalConverter: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  toSimplifiedConverter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplifiedConverter(text);
}

/**
 * opencc's Simplified → Traditional build is required on first use, not imported: its dictionaries (≈1 MB, ten
 * times the other direction's) are wanted only for a fix's text in a Traditional report and the conversion commands,
 * and a bundle that holds them costs every process start the time to parse them (the CLI's share of a folder check:
 * bench/RESULTS.md, seventh round). The node bundles keep it as a file of its own beside them (scripts/build.mjs).
 */
export function toTraditional(text: string): string {
  toTraditionalConverter ??= (require('opencc-js/cn2t') as typeof OpenCC).Converter({ from: 'cn', to: 't' });
  return toTraditionalConverter(text);
}

const simplifiedChar = new Map<string, string>();

/**
 * Simplified form of one character, memoised. Used where a 1:1 character map is needed (normalisation keeps a
 * map back to original offsets), which phrase-level conversion of a whole text cannot promise.
 */
export function simplifiedCharOf(ch: string): string {
  let converted = simplifiedChar.get(ch);
  if (converted === undefined) {
    const result = toSimplified(ch);
    converted = result.length === ch.length ? result : ch;
    simplifiedChar.set(ch, converted);
  }
  return converted;
}

/**
 * simplifiedCharOf by UTF-16 code unit, for the normaliser; 0 means not looked up yet. The normaliser asks only on
 * meeting a CJK character for the first time and then for Traditional ones (its own table remembers which).
 */
const simplifiedCode = new Uint16Array(0x10000);

export function simplifiedCodeOf(code: number): number {
  let converted = simplifiedCode[code]!;
  if (converted === 0) {
    converted = simplifiedCharOf(String.fromCharCode(code)).charCodeAt(0);
    simplifiedCode[code] = converted;
  }
  return converted;
}

/**
 * Where opencc's Traditional → Simplified phrases can begin, from the dictionaries toSimplified converts with
 * (`Locale.configs.t2s`): `phraseStart` marks the first code unit of every phrase, `phrasePairs` holds its first two
 * (first × 0x10000 + second). A run of characters in which no such pair occurs has no phrase to match, so opencc
 * converts it character by character, and the normaliser can skip the phrase lookup (seed 002, Traditional with a
 * gloss after most characters, has none: ≈10 µs of its check). Characters opencc normalises first (compatibility
 * ideographs) could become part of a phrase, so a run holding one always takes the lookup (ALWAYS_PHRASE).
 */
const NOT_PHRASE_START = 0;
const PHRASE_START_UNIT = 1;
const ALWAYS_PHRASE = 2;
let phraseStart: Uint8Array | undefined;
const phrasePairs = new Set<number>();

/**
 * A bit per hash of a first-two-characters pair, set for every pair in `phrasePairs`: a run's pairs are tested here
 * first. The pair keys (first × 0x10000 + second) lie above V8's small-integer range, so every `Set.has` hashes a heap
 * number, while the filter's hash stays a small integer (seed 002 asks about ≈200 pairs, none of them a phrase).
 * 780 pairs in 65,536 bits: about one pair in a hundred that is no phrase still goes on to the set.
 */
const PAIR_FILTER_BITS = 1 << 16;
const pairFilter = new Uint8Array(PAIR_FILTER_BITS >>> 3);

function pairHash(first: number, second: number): number {
  return (first * 33 + second) & (PAIR_FILTER_BITS - 1);
}

function mayBePhrasePair(first: number, second: number): boolean {
  const hash = pairHash(first, second);
  return (pairFilter[hash >>> 3]! & (1 << (hash & 7))) !== 0;
}

function dictionaryEntries(dictionary: OpenCC.DictLike): Array<readonly [string, string]> {
  if (typeof dictionary !== 'string') return [...dictionary];
  return dictionary.split('|').map((entry) => {
    const space = entry.indexOf(' ');
    return [entry.slice(0, space), entry.slice(space + 1)] as const;
  });
}

function buildPhraseStarts(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const config = OpenCC.Locale.configs['t2s'] as
    | { conversionChain: readonly OpenCC.DictGroup[]; normalizationChain?: readonly OpenCC.DictGroup[] }
    | undefined;
  // Dictionaries not laid out as expected: every run takes opencc's own phrase conversion.
  if (config === undefined) return table.fill(ALWAYS_PHRASE);
  for (const group of config.conversionChain) {
    for (const dictionary of group) {
      for (const [source] of dictionaryEntries(dictionary)) {
        if (source.length < 2) continue;
        const first = source.charCodeAt(0);
        if (table[first] === NOT_PHRASE_START) table[first] = PHRASE_START_UNIT;
        const second = source.charCodeAt(1);
        phrasePairs.add(first * 0x10000 + second);
        const hash = pairHash(first, second);
        pairFilter[hash >>> 3]! |= 1 << (hash & 7);
      }
    }
  }
  for (const group of config.normalizationChain ?? []) {
    for (const dictionary of group) {
      for (const [source] of dictionaryEntries(dictionary)) table[source.charCodeAt(0)] = ALWAYS_PHRASE;
    }
  }
  return table;
}

/**
 * True when one of opencc's phrases may begin at a character `first` followed, in the same run, by `second` (-1 at a
 * run's end, where only a character opencc normalises first counts). The normaliser asks this of every pair of a run
 * as it walks the run anyway, so no character is read twice.
 */
export function mayBeginPhrase(first: number, second: number): boolean {
  const mark = (phraseStart ??= buildPhraseStarts())[first]!;
  if (mark === NOT_PHRASE_START) return false;
  if (mark === ALWAYS_PHRASE) return true;
  return second >= 0 && mayBePhrasePair(first, second) && phrasePairs.has(first * 0x10000 + second);
}
