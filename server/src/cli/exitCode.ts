import type { FileResult } from './formatters/types';

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE_OR_IO = 2;

/** 2 wins over 1: when a file could not be read the run is incomplete, whatever the others say. */
export function exitCodeFor(results: readonly FileResult[], ioProblem: boolean): number {
  if (ioProblem) return EXIT_USAGE_OR_IO;
  const anyError = results.some(({ diagnostics }) => diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
  return anyError ? EXIT_ERRORS : EXIT_OK;
}
