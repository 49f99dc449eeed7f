import { mayBeginPhrase, simplifiedCodeOf, toSimplified } from './convert';
import { OffsetMap } from './offsetMap';

/**
 * Normalised text for matching: Simplified characters, half-width digits and punctuation, pinyin glosses removed,
 * every line end a single \n, no BOM. `map.originalOf(i)` is the original offset of normalised character i, so
 * every range found in the normalised text can be reported in the original.
 */
export interface NormalizedText {
  text: string;
  /** Original offset of each normalised character; `originalOf(text.length)` is the original length. */
  map: OffsetMap;
  /** True when any character changed in the Traditional → Simplified step. */
  traditional: boolean;
}

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/** Tone-marked vowels (and ü) that mark a parenthesised run of Latin letters as a pinyin gloss, by code unit. */
const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
const TONE_MARKED = new Uint8Array(Math.max(...Array.from(TONE_MARKS, (ch) => ch.charCodeAt(0))) + 1);
for (const ch of TONE_MARKS) TONE_MARKED[ch.charCodeAt(0)] = 1;
const MAX_GLOSS_LETTERS = 7;

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Length of a pinyin gloss such as `(dòng)` starting at `start`, or 0. A gloss follows a CJK character and holds
 * 1–7 lowercase pinyin letters with at least one tone mark, so `(PDF)` or `(一)` are never taken for one.
 */
function glossLength(units: Uint16Array, start: number, end: number): number {
  const open = units[start]!;
  if (open !== 0x28 && open !== 0xff08) return 0;
  let i = start + 1;
  let toneMarked = false;
  while (i < end && i - start - 1 <= MAX_GLOSS_LETTERS) {
    const code = units[i]!;
    if (code === 0x29 || code === 0xff09) return toneMarked && i > start + 1 ? i - start + 1 : 0;
    if (TONE_MARKED[code] === 1) toneMarked = true;
    else if (code < 0x61 || code > 0x7a) return 0;
    i++;
  }
  return 0;
}

/**
 * Runs converted by phrase, remembered: a report's labels, headings and set phrases recur in every report of a
 * folder and in every re-check of an edited document, and opencc walks its dictionary tries for each character.
 * Bounded (cleared when full) so it cannot grow with the documents checked.
 */
const RUN_CACHE_LIMIT = 16384;
const MAX_CACHED_RUN = 256;
const runCache = new Map<string, string>();

/**
 * The phrase-aware conversion of one CJK run, of the same length as the run, or undefined when opencc's conversion
 * changes its length (a character it maps to two): the offset map must stay 1:1, so such a run keeps the
 * one-by-one conversion. Phrases never span a run's ends: what borders a run (a digit, punctuation, a gloss, a
 * line end) ends a phrase anyway.
 */
function simplifiedRun(run: string): string | undefined {
  const cacheable = run.length <= MAX_CACHED_RUN;
  const cached = cacheable ? runCache.get(run) : undefined;
  if (cached !== undefined) return cached === '' ? undefined : cached;
  const converted = toSimplified(run);
  const kept = converted.length === run.length ? converted : '';
  if (cacheable) {
    if (runCache.size >= RUN_CACHE_LIMIT) runCache.clear();
    runCache.set(run, kept);
  }
  return kept === '' ? undefined : kept;
}

/**
 * Code units in a buffer kept between checks (it only lives while one text is normalised): a typed array per check
 * was a large share of the collector's work. Very large texts get their own, not kept.
 */
const MAX_SCRATCH = 1 << 20;

class ScratchCodeUnits {
  private units = new Uint16Array(16384);

  get(length: number): Uint16Array {
    if (length > MAX_SCRATCH) return new Uint16Array(length);
    if (this.units.length < length) this.units = new Uint16Array(Math.max(length, this.units.length * 2));
    return this.units;
  }
}

const inputScratch = new ScratchCodeUnits();
const outputScratch = new ScratchCodeUnits();

/**
 * The text's code units, read by the normaliser from a typed array: an element read is a load, where charCodeAt in
 * V8's optimised code first tells the string's representation apart. The main loop reads each unit once, but a run
 * holding a Traditional character is read again around it: seed 002 (589 of them) checks ≈6 µs faster this way
 * (bench/RESULTS.md, twelfth round). Under Node, Buffer copies the units in one native step (9,000 characters:
 * 0.5 µs), lone surrogates as they are. A browser worker has no such copy and fills the array by charCodeAt, which
 * costs it ≈1 ns a character more than reading the string (4–8 µs a seed report): taken for one normaliser, not two.
 * Only the first `text.length` elements are the text's: the rest is left from before.
 */
function codeUnitsOf(text: string): Uint16Array {
  const units = inputScratch.get(text.length);
  if (nodeBuffer !== undefined) nodeBuffer.from(units.buffer, units.byteOffset, text.length * 2).write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

/**
 * Code units → string. TextDecoder makes the string in one native step (5× faster than String.fromCharCode, and
 * without its copy into an argument list), but it turns a lone surrogate into U+FFFD: text holding any surrogate
 * takes the exact way. ignoreBOM keeps a U+FEFF at the start (a second BOM) instead of dropping it.
 */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Under Node (the language server, its check worker, the CLI) Buffer makes the string from the code units as they
 * are, lone surrogates included, ≈3× faster than TextDecoder (≈1 µs a seed report, ≈1 % of a folder check:
 * bench/RESULTS.md, seventh round). A browser worker has no Buffer and takes the ways above.
 */
const nodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

function fromCodeUnits(codes: Uint16Array, surrogates: boolean): string {
  if (nodeBuffer !== undefined) return nodeBuffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
  if (!surrogates) return utf16.decode(codes);
  return fromCharCodes(codes);
}

/** Code units → string, in chunks small enough for the argument limit of `String.fromCharCode`. */
function fromCharCodes(codes: Uint16Array): string {
  const CHUNK = 8192;
  let text = '';
  for (let start = 0; start < codes.length; start += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(start, start + CHUNK) as unknown as number[]);
  }
  return text;
}

/**
 * What the normaliser does with each UTF-16 code unit, one table read per character: most characters are copied,
 * and a CJK character is looked up once (is it Traditional?) and from then on copied or converted.
 */
const COPY = 0;
const LOOK_UP = 1;
const TRADITIONAL = 2;
const CARRIAGE_RETURN = 3;
const OPEN_PAREN = 4;
const FULL_WIDTH = 5;
const SPACE = 6;
const SURROGATE = 7;

const ACTION = ((): Uint8Array => {
  const action = new Uint8Array(0x10000);
  action.fill(LOOK_UP, 0x3400, 0x4dc0);
  action.fill(LOOK_UP, 0x4e00, 0xa000);
  action.fill(LOOK_UP, 0xf900, 0xfb00);
  action.fill(FULL_WIDTH, FULLWIDTH_START, FULLWIDTH_END + 1);
  action.fill(SURROGATE, 0xd800, 0xe000);
  action[0x3000] = SPACE;
  action[0xa0] = SPACE;
  action[13] = CARRIAGE_RETURN;
  action[0x28] = OPEN_PAREN;
  action[0xff08] = OPEN_PAREN;
  return action;
})();

/**
 * Normalises `original` in one pass over its code units. A run of CJK characters that holds a Traditional one is
 * converted character by character, or, where one of opencc's phrases may begin in it, by opencc's phrase-aware
 * conversion, so that 反覆 in 反覆申請 becomes 反复 as the phrase requires (unless that would change the run's length).
 */
export function normalize(original: string): NormalizedText {
  const input = codeUnitsOf(original);
  const out = outputScratch.get(original.length);
  const map = new OffsetMap();
  const end = original.length;
  let length = 0;
  let traditional = false;
  let surrogates = false;
  let i = end > 0 && input[0] === 0xfeff ? 1 : 0;
  if (i > 0) map.shiftFrom(0, i);
  while (i < end) {
    const code = input[i]!;
    const action = ACTION[code]!;
    if (action === COPY) {
      out[length++] = code;
      i++;
      continue;
    }
    switch (action) {
      case LOOK_UP:
        // Decided once per character for good; the same position is then read again.
        ACTION[code] = simplifiedCodeOf(code) === code ? COPY : TRADITIONAL;
        break;
      case TRADITIONAL: {
        traditional = true;
        // The run's characters before this one were copied as they are and sit right before `length` (CJK characters
        // are never removed); those from here to the run's end are converted one by one. Each character is read
        // once, and whether one of opencc's phrases may begin in the run is noted on the way: if so, the run is
        // converted again by phrase.
        let phrase = false;
        let following = code;
        let runStart = i;
        for (; runStart > 0; runStart--) {
          const before = input[runStart - 1]!;
          if (!isCjk(before)) break;
          phrase ||= mayBeginPhrase(before, following);
          following = before;
        }
        const outStart = length - (i - runStart);
        let runEnd = i;
        let last = code;
        for (;;) {
          out[length++] = ACTION[last] === COPY ? last : simplifiedCodeOf(last);
          if (++runEnd === end) break;
          const next = input[runEnd]!;
          if (!isCjk(next)) break;
          phrase ||= mayBeginPhrase(last, next);
          last = next;
        }
        phrase ||= mayBeginPhrase(last, -1);
        const byPhrase = phrase ? simplifiedRun(original.slice(runStart, runEnd)) : undefined;
        if (byPhrase !== undefined) for (let k = 0; k < byPhrase.length; k++) out[outStart + k] = byPhrase.charCodeAt(k);
        i = runEnd;
        break;
      }
      case CARRIAGE_RETURN:
        out[length++] = 10;
        if (i + 1 < end && input[i + 1] === 10) {
          i += 2;
          map.shiftFrom(length, i - length);
        } else i++;
        break;
      case OPEN_PAREN: {
        const gloss = length > 0 && isCjk(out[length - 1]!) ? glossLength(input, i, end) : 0;
        if (gloss > 0) {
          i += gloss;
          map.shiftFrom(length, i - length);
        } else {
          out[length++] = 0x28;
          i++;
        }
        break;
      }
      case FULL_WIDTH:
        out[length++] = code - FULLWIDTH_OFFSET;
        i++;
        break;
      case SPACE:
        out[length++] = 0x20;
        i++;
        break;
      default: // SURROGATE
        surrogates = true;
        out[length++] = code;
        i++;
    }
  }
  return { text: fromCodeUnits(out.subarray(0, length), surrogates), map, traditional };
}
