import { decode, type DecodedText } from '../node/decode';
import { describeError, type CliContext } from './context';

/** A failure's `reason` is one Chinese sentence; stderr writes it after the file's name (`file：reason`). */
export type ReadResult = ({ ok: true } & DecodedText) | { ok: false; reason: string };

/** Reads and decodes one report of at most `maxFileSize` characters; every failure, and a larger file, gives a reason. */
export function readReport(absolute: string, maxFileSize: number, context: CliContext): ReadResult {
  let bytes: Buffer;
  try {
    bytes = context.fs.readFileSync(absolute);
  } catch (error) {
    return { ok: false, reason: `无法读取：${describeError(error)}` };
  }
  // No character of UTF-8 or GB18030 takes more than 4 bytes per UTF-16 code unit: more bytes than that need not be
  // decoded to know the text is over the limit.
  if (bytes.length > 4 * maxFileSize) return { ok: false, reason: tooLarge(`${bytes.length} 字节`, maxFileSize) };
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  if (decoded.text.length > maxFileSize) return { ok: false, reason: tooLarge(`${decoded.text.length} 个字符`, maxFileSize) };
  return decoded;
}

function tooLarge(size: string, maxFileSize: number): string {
  return `文件有 ${size}，超过 --max-file-size 的上限 ${maxFileSize} 个字符，未作检查`;
}
