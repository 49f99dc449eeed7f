import * as nodeFs from 'node:fs';

/** The file-system calls the CLI makes; tests replace single calls to inject faults (ENOSPC, EACCES, failing rename). */
export type CliFileSystem = Pick<
  typeof nodeFs,
  | 'readFileSync'
  | 'statSync'
  | 'lstatSync'
  | 'realpathSync'
  | 'readdirSync'
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'unlinkSync'
>;

/** Everything the CLI touches outside itself, so a whole run can happen in-process in a test. */
export interface CliContext {
  cwd: string;
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  fs: CliFileSystem;
}

export function processContext(): CliContext {
  return {
    cwd: process.cwd(),
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (chunk) => process.stderr.write(chunk),
    fs: nodeFs,
  };
}

/** `EACCES: permission denied, open 'x'` → a short reason; node's message already names the call and the path. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return '文件或文件夹不存在';
    case 'EACCES':
    case 'EPERM':
      return '没有访问权限';
    case 'ELOOP':
      return '符号链接形成循环';
    case 'EISDIR':
      return '是文件夹而不是文件';
    case 'ENOSPC':
      return '磁盘空间不足';
    case 'EROFS':
      return '文件系统只读';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
