import { decode, type DecodedText } from '../node/decode';
import { describeError, type CliContext } from './context';

export type ReadResult = ({ ok: true } & DecodedText) | { ok: false; message: string };

/** Reads and decodes one report; every failure becomes one Chinese sentence for stderr. */
export function readReport(file: string, absolute: string, context: CliContext): ReadResult {
  let bytes: Buffer;
  try {
    bytes = context.fs.readFileSync(absolute);
  } catch (error) {
    return { ok: false, message: `${file}：无法读取：${describeError(error)}` };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, message: `${file}：${decoded.reason}` };
  return decoded;
}
