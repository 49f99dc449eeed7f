import * as OpenCC from 'opencc-js';

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

export function toTraditional(text: string): string {
  toTraditionalConverter ??= OpenCC.Converter({ from: 'cn', to: 't' });
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
 * simplifiedCharOf by UTF-16 code unit, for the normaliser's per-character loop. Two bit sets say which code units
 * were looked up and which change: a Simplified report only ever reads the bit sets (16 KB, cache-resident), not
 * the 128 KB table of converted code units, whose scattered reads cost more than the rest of the loop.
 */
const lookedUp = new Int32Array(0x10000 >>> 5);
const changes = new Int32Array(0x10000 >>> 5);
const simplifiedCode = new Uint16Array(0x10000);

export function simplifiedCodeOf(code: number): number {
  const word = code >>> 5;
  const bit = 1 << (code & 31);
  if ((changes[word]! & bit) !== 0) return simplifiedCode[code]!;
  if ((lookedUp[word]! & bit) !== 0) return code;
  const converted = simplifiedCharOf(String.fromCharCode(code)).charCodeAt(0);
  lookedUp[word]! |= bit;
  if (converted !== code) {
    changes[word]! |= bit;
    simplifiedCode[code] = converted;
  }
  return converted;
}
