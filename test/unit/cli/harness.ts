import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../../server/src/cli/cli';
import type { CliContext, CliFileSystem } from '../../../server/src/cli/context';

/** Repository root, from out/test/unit/cli at run time. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const SEEDS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'seeds');

export const SEED = {
  clean000: '000_5a6ed33a11e10be0.txt',
  clean001: '001_5ffaec79e2212253.txt',
  traditional002: '002_011fde16aa22de90.txt',
  tabs003: '003_c3b0ef98b8a3f889.txt',
  errors004: '004_a38cdfde3829ff42.txt',
} as const;

export function seedText(name: string): string {
  return fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8');
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-cli-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process in `cwd`, optionally with some file-system calls replaced to inject faults. */
export function run(cwd: string, argv: string[], fsOverrides: Partial<CliFileSystem> = {}): RunResult {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    cwd,
    stdout: (chunk) => (stdout += chunk),
    stderr: (chunk) => (stderr += chunk),
    fs: { ...fs, ...fsOverrides } as CliFileSystem,
  };
  const exitCode = runCli(argv, context);
  return { exitCode, stdout, stderr };
}

/** An fs error as node raises it (an Error with errno code). */
export function fsError(code: string, call: string, target: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: injected failure, ${call} '${target}'`);
  error.code = code;
  return error;
}

/** Lists a folder's entries, to prove a failed write left no temporary file behind. */
export function entries(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}
