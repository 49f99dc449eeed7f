import type { OutputFormat } from './arguments';
import type { CliContext } from './context';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatStylish } from './formatters/stylish';
import { notCheckedResult, type FileResult } from './formatters/types';
import { findFiles, type ReadOptions } from './reports';
import { checkFiles, type CheckedFiles } from './checkFiles';
import { exitCodeFor } from './exitCode';
import { checkInParallel, threadCount, type Jobs } from './parallelCheck';

/** What findFiles made of the PATHs: the files, and the PATHs that named none. */
type FoundFiles = ReturnType<typeof findFiles>;

export interface CheckCommand extends ReadOptions {
  format: OutputFormat;
  jobs: Jobs;
  paths: string[];
}

function finish(command: CheckCommand, found: FoundFiles, checked: CheckedFiles, context: CliContext, toolVersion: string): number {
  // PATHs that named no file come first, as on stderr.
  const results: FileResult[] = [...found.problems.map(({ path, message }) => notCheckedResult(path, message)), ...checked.results];
  const complete = found.problems.length === 0 && !checked.ioProblem;
  const output =
    command.format === 'json'
      ? formatJson(results)
      : command.format === 'sarif'
        ? formatSarif(results, toolVersion, complete)
        : formatStylish(results);
  context.stdout(output);
  return exitCodeFor(results, !complete);
}

/** `check` on the calling thread only: what tests and small runs use. */
export function runCheck(command: CheckCommand, context: CliContext, toolVersion: string): number {
  const found = findFiles(command.paths, context);
  return finish(command, found, checkFiles(found.files, command, context), context, toolVersion);
}

/**
 * `check` as the process runs it: a folder of many reports is shared out to worker threads (the output is the same,
 * in the same order, as on one thread); a few files are checked on the main thread, where starting a worker would
 * cost more than it saves.
 */
export async function runCheckWithThreads(
  command: CheckCommand,
  context: CliContext,
  toolVersion: string,
  workerScript: string,
): Promise<number> {
  const found = findFiles(command.paths, context);
  const threads = threadCount(command.jobs, found.files.length);
  const checked =
    threads <= 1
      ? checkFiles(found.files, command, context)
      : await checkInParallel(found.files, command, context, threads, workerScript);
  return finish(command, found, checked, context, toolVersion);
}
