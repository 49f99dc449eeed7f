import { isUtf8, transcode } from 'node:buffer';
import chardet from 'chardet';
import * as iconv from 'iconv-lite';

/** The two encodings reports are published in; anything else is refused rather than guessed. */
export type TextEncoding = 'utf-8' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** True when the file started with a UTF-8 byte order mark (kept when the file is written back). */
  bom: boolean;
}

export type DecodeResult = ({ ok: true } & DecodedText) | { ok: false; reason: string };

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Valid UTF-8 → text, anything else → undefined. Validated by simdutf (`isUtf8`) and converted by ICU to UTF-16,
 * whose bytes become the string as they are: on Chinese text ≈6× faster than a fatal TextDecoder, whose UTF-8
 * decoder (V8's, on Node 20) was ≈6 % of the CLI's time over a folder (bench/RESULTS.md, fifth round).
 */
function decodeUtf8Strict(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/** GB18030 has no "invalid sequence" error in iconv-lite, so validity is checked by an exact byte round trip. */
function decodeGb18030Strict(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = iconv.decode(buffer, 'gb18030');
  return iconv.encode(text, 'gb18030').equals(buffer) ? text : undefined;
}

/** In bytes known to be valid UTF-8, each lead byte (11xxxxxx) opens one multi-byte sequence. */
function multiByteSequencesExceed(bytes: Uint8Array, limit: number): boolean {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i]! & 0xc0) === 0xc0 && ++count > limit) return true;
  }
  return false;
}

function describeGuess(bytes: Uint8Array): string {
  const best = chardet.analyse(bytes)[0];
  return best ? `（疑似 ${best.name}）` : '';
}

/**
 * Bytes of a report → text. Accepts UTF-8 (with or without BOM) and GB18030 only:
 * 1. an empty file is empty UTF-8 text; a UTF-8 BOM decides UTF-8; a UTF-16 BOM or NUL bytes (binary data, UTF-16 without BOM) are refused;
 * 2. chardet ranks the candidates; valid UTF-8 is taken unless chardet ranks GB18030 above UTF-8
 *    (short GB18030 text can also be valid UTF-8 by accident, the reverse happens far more often: "规章" in UTF-8
 *    is valid GB18030 "瑙勭珷");
 * 3. GB18030 is taken when chardet lists it and the bytes round-trip exactly.
 * Anything else is reported with chardet's best guess, never decoded with replacement characters.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: true, text: '', encoding: 'utf-8', bom: false };
  if (startsWith(bytes, [...UTF8_BOM])) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    if (text === undefined) return { ok: false, reason: '文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8' };
    return { ok: true, text, encoding: 'utf-8', bom: true };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, reason: '文件是 UTF-16 编码，不受支持：请另存为 UTF-8 或 GB18030' };
  }
  if (bytes.includes(0)) {
    return { ok: false, reason: '文件含有 NUL 字节：是二进制文件或无 BOM 的 UTF-16 文件，不是 UTF-8 或 GB18030 文本' };
  }

  const utf8 = decodeUtf8Strict(bytes);
  // chardet (2.x, its UTF-8 recogniser) gives valid UTF-8 with more than three multi-byte sequences confidence 100,
  // the highest, and lists UTF-8 first among equals, so GB18030 cannot rank above it: step 2 would take UTF-8
  // anyway. Skipping chardet's 26 recognisers here is most of the time the CLI spends on a folder of reports.
  if (utf8 !== undefined && multiByteSequencesExceed(bytes, 3)) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  const matches = chardet.analyse(bytes);
  const rank = (name: string): number => {
    const index = matches.findIndex((match) => match.name === name);
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  const ascii = bytes.every((byte) => byte < 0x80);
  if (utf8 !== undefined && (ascii || !(rank('GB18030') < rank('UTF-8') && decodeGb18030Strict(bytes) !== undefined))) {
    return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  }
  if (rank('GB18030') !== Number.POSITIVE_INFINITY) {
    const gb = decodeGb18030Strict(bytes);
    if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030', bom: false };
  }
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };
  return { ok: false, reason: `文件既不是 UTF-8 也不是 GB18030 编码${describeGuess(bytes)}` };
}

/** Text → bytes in the file's own encoding, with its BOM when it had one. */
export function encode(text: string, encoding: TextEncoding, bom: boolean): Buffer {
  const body = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
  return bom && encoding === 'utf-8' ? Buffer.concat([UTF8_BOM, body]) : body;
}
