import { parseArgs } from 'node:util';
import { DEFAULT_MAX_FILE_SIZE } from '../core/limits';
import type { Jobs } from './parallelCheck';

export type OutputFormat = 'stylish' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif'];

export type Command =
  | { kind: 'check'; format: OutputFormat; config?: string; maxFileSize: number; jobs: Jobs; paths: string[] }
  | { kind: 'fix'; dryRun: boolean; config?: string; maxFileSize: number; paths: string[] }
  | { kind: 'lsp'; args: string[] }
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'usage-error'; message: string };

export const HELP_TEXT = `用法：
  govreport check [--format stylish|json|sarif] [--config FILE] [--max-file-size N] [--jobs N|auto] PATH...
  govreport fix [--dry-run] [--config FILE] [--max-file-size N] PATH...
  govreport lsp --stdio
  govreport --help | --version

PATH 可以是文件、文件夹或 glob 模式（如 "reports/**/*.txt"，请加引号以免 shell 展开）。
文件夹中默认检查扩展名为 .txt、.govreport、.md 的文件（含子文件夹，跳过以 . 开头的文件和文件夹）。
文件按 UTF-8（可带 BOM）或 GB18030 读取，自动识别。

check   检查并输出诊断；--format json 输出一个 JSON 数组（未检查的文件带 notChecked 说明原因），
        sarif 输出 SARIF 2.1.0。
        --jobs 设置并行检查的线程数；默认 auto：文件较多时使用（CPU 数 − 1）个线程。输出顺序与单线程相同。
fix     应用所有安全修复，按原编码、BOM 和换行符原子地写回；--dry-run 只输出统一 diff，不写文件。
lsp     启动语言服务器（stdio）。

配置：从每个文件所在文件夹向上查找 .govreportrc.json，或用 --config 指定。
--max-file-size 设置检查的文件大小上限（字符数，默认 ${DEFAULT_MAX_FILE_SIZE}，与编辑器设置 govreport.maxFileSize 相同）；
        更大的文件不检查也不修复，在 stderr 说明，退出码为 2。

退出码：0 没有 error 级诊断；1 有 error 级诊断；2 用法错误或读写问题（其余文件仍会检查）。
`;

function isOutputFormat(value: string): value is OutputFormat {
  return (OUTPUT_FORMATS as readonly string[]).includes(value);
}

function parseJobs(value: string): Jobs | undefined {
  if (value === 'auto') return 'auto';
  return /^[1-9]\d{0,2}$/.test(value) ? Number(value) : undefined;
}

function parseMaxFileSize(value: string | undefined): number | undefined {
  if (value === undefined) return DEFAULT_MAX_FILE_SIZE;
  return /^[1-9]\d{0,14}$/.test(value) ? Number(value) : undefined;
}

/** argv without `node` and the script. The lsp command's arguments are passed through untouched. */
export function parseCommandLine(argv: readonly string[]): Command {
  if (argv[0] === 'lsp') return { kind: 'lsp', args: argv.slice(1) };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        jobs: { type: 'string', short: 'j' },
        'max-file-size': { type: 'string' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  const [name, ...paths] = positionals;
  if (name === undefined) return { kind: 'usage-error', message: '缺少命令：check、fix 或 lsp' };
  if (name !== 'check' && name !== 'fix') return { kind: 'usage-error', message: `未知命令 ${name}：应为 check、fix 或 lsp` };
  if (paths.length === 0) return { kind: 'usage-error', message: `${name} 需要至少一个文件、文件夹或 glob 模式` };
  const maxFileSize = parseMaxFileSize(values['max-file-size']);
  if (maxFileSize === undefined) return { kind: 'usage-error', message: `--max-file-size 的值 ${values['max-file-size']} 无效，应为正整数（字符数）` };
  if (name === 'check') {
    if (values['dry-run']) return { kind: 'usage-error', message: '--dry-run 只能用于 fix' };
    const format = values.format ?? 'stylish';
    if (!isOutputFormat(format)) {
      return { kind: 'usage-error', message: `--format 的值 ${format} 无效，应为 ${OUTPUT_FORMATS.join('、')}` };
    }
    const jobs = parseJobs(values.jobs ?? 'auto');
    if (jobs === undefined) return { kind: 'usage-error', message: `--jobs 的值 ${values.jobs} 无效，应为正整数或 auto` };
    return { kind: 'check', format, config: values.config, maxFileSize, jobs, paths };
  }
  if (values.format !== undefined) return { kind: 'usage-error', message: '--format 只能用于 check' };
  if (values.jobs !== undefined) return { kind: 'usage-error', message: '--jobs 只能用于 check' };
  return { kind: 'fix', dryRun: values['dry-run'] ?? false, config: values.config, maxFileSize, paths };
}
