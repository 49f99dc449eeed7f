import { checkReport } from '../core';
import type { OutputFormat } from './arguments';
import type { CliContext } from './context';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import type { FileResult } from './formatters/types';
import { forEachReport } from './reports';
import { exitCodeFor } from './exitCode';

export function runCheck(
  command: { format: OutputFormat; config?: string; paths: string[] },
  context: CliContext,
  toolVersion: string,
): number {
  const results: FileResult[] = [];
  const { ioProblem } = forEachReport(command.paths, command.config, context, (report) => {
    results.push({ file: report.file, diagnostics: checkReport(report.text, report.options).diagnostics });
  });
  const output =
    command.format === 'json'
      ? formatJson(results)
      : command.format === 'sarif'
        ? formatSarif(results, toolVersion)
        : formatStylish(results);
  context.stdout(output);
  return exitCodeFor(results, ioProblem);
}
