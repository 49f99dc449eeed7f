import { checkReport } from '../core';
import type { CliContext } from './context';
import type { FileResult } from './formatters/types';
import { forEachFile } from './reports';

export interface CheckedFiles {
  results: FileResult[];
  ioProblem: boolean;
}

/** Reads and checks found files in order, on the calling thread; problems go to `context.stderr`. */
export function checkFiles(files: readonly string[], explicitConfig: string | undefined, context: CliContext): CheckedFiles {
  const results: FileResult[] = [];
  const { ioProblem } = forEachFile(files, explicitConfig, context, (report) => {
    results.push({ file: report.file, diagnostics: checkReport(report.text, report.options).diagnostics });
  });
  return { results, ioProblem };
}
