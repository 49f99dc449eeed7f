import { createTwoFilesPatch } from 'diff';
import { checkReport, fixAll } from '../core';
import { encode } from '../node/decode';
import { writeFileAtomically } from './atomicWrite';
import { describeError, type CliContext } from './context';
import { exitCodeFor } from './exitCode';
import { formatStylish } from './formatters/stylish';
import { notCheckedResult, type FileResult } from './formatters/types';
import { withLineEnds } from './lineEnds';
import { forEachReport, type ReadOptions } from './reports';

/**
 * `fix`: applies the core's safe fixes. Without --dry-run each changed file is written back atomically in its own
 * encoding, BOM and line ends, then the remaining problems are listed. With --dry-run stdout carries only a unified
 * diff (usable with `patch -p0`) and nothing is written. The exit code reflects what is left after fixing.
 */
export function runFix(command: ReadOptions & { dryRun: boolean; paths: string[] }, context: CliContext): number {
  const remaining: FileResult[] = [];
  let writeProblem = false;
  const { ioProblem } = forEachReport(command.paths, command, context, (report) => {
    const fixed = withLineEnds(report.text, (text) => fixAll(text, report.options));
    const changed = fixed.text !== report.text;
    if (changed && command.dryRun) {
      context.stdout(createTwoFilesPatch(report.file, report.file, report.text, fixed.text, undefined, undefined, { context: 3 }));
    } else if (changed) {
      try {
        writeFileAtomically(context.fs, report.absolute, encode(fixed.text, report.encoding, report.bom));
        context.stderr(`${report.file}：已修复 ${fixed.applied} 处\n`);
      } catch (error) {
        writeProblem = true;
        context.stderr(`${report.file}：无法写入，原文件未改动：${describeError(error)}\n`);
        remaining.push({ file: report.file, diagnostics: checkReport(report.text, report.options).diagnostics });
        return;
      }
    }
    remaining.push({ file: report.file, diagnostics: checkReport(fixed.text, report.options).diagnostics });
  }, (file, reason) => remaining.push(notCheckedResult(file, reason)));
  if (!command.dryRun) context.stdout(formatStylish(remaining));
  return exitCodeFor(remaining, ioProblem || writeProblem);
}
