import { checkReport } from '../core';
import type { CliContext } from './context';
import { notCheckedResult, type FileResult } from './formatters/types';
import { forEachFile, type ReadOptions } from './reports';

export interface CheckedFiles {
  results: FileResult[];
  ioProblem: boolean;
}

/**
 * Reads and checks found files in order, on the calling thread; problems go to `context.stderr`, and a file that
 * could not be checked is in the results with the reason, so JSON and SARIF readers learn of it too.
 */
export function checkFiles(files: readonly string[], options: ReadOptions, context: CliContext): CheckedFiles {
  const results: FileResult[] = [];
  const { ioProblem } = forEachFile(
    files,
    options,
    context,
    (report) => results.push({ file: report.file, diagnostics: checkReport(report.text, report.options).diagnostics }),
    (file, reason) => results.push(notCheckedResult(file, reason)),
  );
  return { results, ioProblem };
}
