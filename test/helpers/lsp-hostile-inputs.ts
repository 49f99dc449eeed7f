import { readSeed } from './lsp-client';

/**
 * Hostile documents for the language-server tests (issue 7, "Hostile sizes"). Each is deterministic, so a failure
 * can be replayed; the core-level twins of these inputs live in test/fuzz/hostile.test.ts.
 */

/** Seed 004 repeated until the UTF-8 encoding reaches `bytes`: a "50 MB file" of real report text. */
export function repeatedSeed(bytes: number): string {
  const seed = readSeed('004');
  return seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed, 'utf8')));
}

/** One line of exactly 1,000,000 characters of pipe-row text (a table row without line breaks). */
export function millionCharacterLine(): string {
  return '行政许可 | 8583 | '.repeat(71_429).slice(0, 1_000_000);
}

/** A section heading followed by 100,000 one-row tables separated by blank lines. */
export function hundredThousandTinyTables(): string {
  return '二、主动公开政府信息情况\n' + '| 行政许可 | 1 |\n\n'.repeat(100_000);
}

/**
 * 1,000,000 pseudo-random UTF-16 code units (xorshift), as a file of binary junk looks once decoded: control
 * characters, NUL every 97th unit, a lone high surrogate every 83rd and a lone low surrogate every 89th unit,
 * besides whatever surrogates the generator draws.
 */
export function binaryJunk(length = 1_000_000): string {
  const units = new Uint16Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    units[i] = i % 97 === 0 ? 0 : i % 89 === 0 ? 0xdc00 + (state & 0x3ff) : i % 83 === 0 ? 0xd800 + (state & 0x3ff) : state & 0xffff;
  }
  let text = '';
  for (let start = 0; start < length; start += 8192) text += String.fromCharCode(...units.subarray(start, start + 8192));
  return text;
}

/** True when the text holds a high surrogate without its low half, or a low one without its high half. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}
