import type { FileResult } from './types';

/** The CLI's JSON contract: 1-based lines and columns, columns in UTF-16 code units. */
export interface JsonDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

export interface JsonFileResult {
  file: string;
  diagnostics: JsonDiagnostic[];
  /** Why the file was not checked (or a PATH named no file); absent for every checked file. */
  notChecked?: string;
}

export function toJsonResults(results: readonly FileResult[]): JsonFileResult[] {
  return results.map(({ file, diagnostics, notChecked }) => ({
    file,
    ...(notChecked === undefined ? {} : { notChecked }),
    diagnostics: diagnostics.map((diagnostic) => ({
      line: diagnostic.range.start.line + 1,
      column: diagnostic.range.start.character + 1,
      endLine: diagnostic.range.end.line + 1,
      endColumn: diagnostic.range.end.character + 1,
      severity: diagnostic.severity,
      code: diagnostic.code,
      message: diagnostic.message,
    })),
  }));
}

export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(toJsonResults(results)) + '\n';
}
