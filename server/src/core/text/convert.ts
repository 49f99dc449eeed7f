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
