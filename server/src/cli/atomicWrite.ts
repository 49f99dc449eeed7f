import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import type { CliFileSystem } from './context';

/**
 * Replaces a file's content all at once: the bytes go to a temporary file in the same folder (same file system, so
 * rename is atomic), are flushed to disk, then renamed over the target. If anything fails the temporary file is
 * removed and the original is left exactly as it was. A symbolic link is followed, so the link itself survives.
 */
export function writeFileAtomically(fs: CliFileSystem, target: string, bytes: Uint8Array): void {
  const real = fs.realpathSync(target);
  const mode = fs.statSync(real).mode & 0o7777;
  const temporary = path.join(path.dirname(real), `.${path.basename(real)}.${randomBytes(6).toString('hex')}.govreport-tmp`);
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(temporary, 'wx', mode);
    let written = 0;
    while (written < bytes.length) written += fs.writeSync(descriptor, bytes, written, bytes.length - written);
    fs.fsyncSync(descriptor);
    fs.closeSync(descriptor);
    descriptor = undefined;
    fs.renameSync(temporary, real);
  } catch (error) {
    if (descriptor !== undefined) {
      try {
        fs.closeSync(descriptor);
      } catch {
        // the write already failed; that error is the one to report
      }
    }
    try {
      fs.unlinkSync(temporary);
    } catch {
      // the temporary file may never have been created
    }
    throw error;
  }
}
