import { simplifiedCodeOf, toSimplified } from './convert';

/**
 * Normalised text for matching: Simplified characters, half-width digits and punctuation, pinyin glosses removed,
 * every line end a single \n, no BOM. `map[i]` is the original offset of normalised character i, so every range
 * found in the normalised text can be reported in the original.
 */
export interface NormalizedText {
  text: string;
  /** Original offset of each normalised character; map[text.length] is the original length. */
  map: Int32Array;
  /** True when any character changed in the Traditional → Simplified step. */
  traditional: boolean;
}

const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

/** Tone-marked vowels (and ü) that mark a parenthesised run of Latin letters as a pinyin gloss. */
const TONE_MARKED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;
const GLOSS_LETTER = /[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;
const MAX_GLOSS_LETTERS = 7;

function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Length of a pinyin gloss such as `(dòng)` starting at `start`, or 0. A gloss follows a CJK character and holds
 * 1–7 lowercase pinyin letters with at least one tone mark, so `(PDF)` or `(一)` are never taken for one.
 */
function glossLength(text: string, start: number): number {
  const open = text.charCodeAt(start);
  if (open !== 0x28 && open !== 0xff08) return 0;
  let i = start + 1;
  let toneMarked = false;
  while (i < text.length && i - start - 1 <= MAX_GLOSS_LETTERS) {
    const ch = text[i];
    if (ch === ')' || ch === '\uff09') return toneMarked && i > start + 1 ? i - start + 1 : 0;
    if (!GLOSS_LETTER.test(ch)) return 0;
    if (TONE_MARKED.test(ch)) toneMarked = true;
    i++;
  }
  return 0;
}

/**
 * Normalises `original`. Characters are first simplified one by one (cheap, and enough for Simplified text); when
 * that finds Traditional ones, opencc's phrase-aware conversion is used instead, so that 反覆 in 反覆申請 becomes 反复
 * as the phrase requires.
 */
export function normalize(original: string): NormalizedText {
  const byCharacter = normalizeWith(original, undefined);
  if (!byCharacter.traditional) return byCharacter;
  return normalizeWith(original, simplifiedByPhrase(original));
}

/**
 * The phrase-aware conversion, line by line, of the same length as `original`. A line whose conversion changes its
 * length (a character opencc maps to two) keeps the one-by-one conversion: the offset map must stay 1:1, and one
 * such line must not cost the rest of the report its phrases (a label fixed to 反覆申請 would no longer match).
 */
function simplifiedByPhrase(original: string): string {
  // One call for the whole text is much faster than one a line, and nearly always keeps the length.
  const whole = toSimplified(original);
  if (whole.length === original.length) return whole;
  const lines = original.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const converted = toSimplified(line);
    if (converted.length === line.length) {
      lines[index] = converted;
      continue;
    }
    let byCharacter = '';
    for (let i = 0; i < line.length; i++) byCharacter += String.fromCharCode(simplifiedCodeOf(line.charCodeAt(i)));
    lines[index] = byCharacter;
  }
  return lines.join('\n');
}

/** Code units → string, in chunks small enough for the argument limit of `String.fromCharCode`. */
function fromCodeUnits(codes: Uint16Array): string {
  const CHUNK = 8192;
  let text = '';
  for (let start = 0; start < codes.length; start += CHUNK) {
    text += String.fromCharCode.apply(null, codes.subarray(start, start + CHUNK) as unknown as number[]);
  }
  return text;
}

/** One pass over code units into a typed array: no string per character (it was most of a check's garbage). */
function normalizeWith(original: string, simplified: string | undefined): NormalizedText {
  const out = new Uint16Array(original.length);
  const map = new Int32Array(original.length + 1);
  let length = 0;
  let traditional = false;
  let lastCode = 0;
  let i = original.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < original.length) {
    let code = original.charCodeAt(i);
    if (code === 13 /* \r */) {
      map[length] = i;
      out[length++] = 10;
      i += original.charCodeAt(i + 1) === 10 ? 2 : 1;
      lastCode = 10;
      continue;
    }
    if ((code === 0x28 || code === 0xff08) && isCjk(lastCode)) {
      const gloss = glossLength(original, i);
      if (gloss > 0) {
        i += gloss;
        continue;
      }
    }
    if (code >= FULLWIDTH_START && code <= FULLWIDTH_END) {
      code -= FULLWIDTH_OFFSET;
    } else if (code === 0x3000 || code === 0xa0) {
      code = 0x20;
    } else if (isCjk(code)) {
      const converted = simplified !== undefined ? simplified.charCodeAt(i) : simplifiedCodeOf(code);
      if (converted !== code) traditional = true;
      code = converted;
    }
    map[length] = i;
    out[length++] = code;
    lastCode = code;
    i++;
  }
  map[length] = original.length;
  return { text: fromCodeUnits(out.subarray(0, length)), map: map.subarray(0, length + 1), traditional };
}
