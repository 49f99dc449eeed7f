import type { Diagnostic } from '../../core';

export interface FileResult {
  /** The path as given on the command line or as found in a folder or by a glob. */
  file: string;
  diagnostics: Diagnostic[];
  /**
   * Why the file was not checked (unreadable, no text in UTF-8 or GB18030, above --max-file-size), or why a PATH named
   * no file, as stderr says it after the name; its diagnostics are then empty.
   */
  notChecked?: string;
}

/** The entry of a file that was not checked (or of a PATH that named no file), with the reason stderr gives. */
export function notCheckedResult(file: string, reason: string): FileResult {
  return { file, diagnostics: [], notChecked: reason };
}
