import * as path from 'node:path';
import { globSync, isDynamicPattern, type FileSystemAdapter } from 'tinyglobby';
import { describeError, type CliContext } from './context';

/** What `govreport check DIR` picks up inside a folder (documented in --help and the README). */
export const DEFAULT_FOLDER_PATTERN = '**/*.{txt,govreport,md}';

export interface PathProblem {
  path: string;
  message: string;
}

export interface ExpandedPaths {
  /** Paths as given (files) or as found (folders, globs), without duplicates, in a stable order. */
  files: string[];
  problems: PathProblem[];
}

/**
 * tinyglobby's walker silently skips folders it cannot read; wrapping its fs calls lets us report every unreadable
 * folder and every symbolic-link loop it met instead of checking fewer files without a word.
 */
function recordingFileSystem(context: CliContext, problems: PathProblem[], base: string): FileSystemAdapter {
  const record = (target: unknown, error: unknown): void => {
    // A glob's base folder that does not exist simply matches nothing; that is reported per pattern.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    const shown = path.relative(context.cwd, path.resolve(base, String(target))) || '.';
    if (!problems.some((problem) => problem.path === shown)) problems.push({ path: shown, message: describeError(error) });
  };
  const wrap = <A extends unknown[], R>(call: (...args: A) => R) =>
    ((...args: A): R => {
      try {
        return call(...args);
      } catch (error) {
        record(args[0], error);
        throw error;
      }
    }) as never;
  return {
    readdirSync: wrap(context.fs.readdirSync),
    realpathSync: wrap(context.fs.realpathSync),
    statSync: wrap(context.fs.statSync),
  };
}

function globFiles(patterns: string | string[], cwd: string, context: CliContext, problems: PathProblem[]): string[] {
  return globSync(patterns, {
    cwd,
    onlyFiles: true,
    followSymbolicLinks: true,
    fs: recordingFileSystem(context, problems, cwd),
  }).sort();
}

/** Files, folders and globs → the files to check. */
export function expandPaths(inputs: readonly string[], context: CliContext): ExpandedPaths {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: PathProblem[] = [];
  // Keyed by real path: a file reached twice (named twice, or through a folder linked to its parent) is checked once.
  // The operating system's realpath: node's own (realpathSync) lstats every folder on the way again for each file,
  // ≈2 % of a folder check (bench/RESULTS.md, seventh round).
  const realpath = context.fs.realpathSync.native ?? context.fs.realpathSync;
  const add = (file: string): void => {
    const absolute = path.resolve(context.cwd, file);
    let key = absolute;
    try {
      key = realpath(absolute);
    } catch {
      // reading it will fail and say why
    }
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };

  for (const input of inputs) {
    const absolute = path.resolve(context.cwd, input);
    let isDirectory: boolean;
    try {
      isDirectory = context.fs.statSync(absolute).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && isDynamicPattern(input)) {
        const found = globFiles(input, context.cwd, context, problems);
        if (found.length === 0) problems.push({ path: input, message: '没有匹配的文件' });
        found.forEach(add);
      } else {
        problems.push({ path: input, message: describeError(error) });
      }
      continue;
    }
    if (!isDirectory) {
      add(input);
      continue;
    }
    const found = globFiles(DEFAULT_FOLDER_PATTERN, absolute, context, problems);
    for (const relative of found) add(path.join(input, relative));
  }
  return { files, problems };
}
