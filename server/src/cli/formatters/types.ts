import type { Diagnostic } from '../../core';

export interface FileResult {
  /** The path as given on the command line or as found in a folder or by a glob. */
  file: string;
  diagnostics: Diagnostic[];
}
