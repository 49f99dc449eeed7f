import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCommandLine } from '../../../server/src/cli/arguments';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/src/core/limits';

describe('parseCommandLine', () => {
  it('parses check with its defaults', () => {
    assert.deepEqual(parseCommandLine(['check', 'a.txt', 'reports/']), { kind: 'check', format: 'stylish', config: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, jobs: 'auto', paths: ['a.txt', 'reports/'] });
  });

  it('parses check with --format and --config in either position', () => {
    assert.deepEqual(parseCommandLine(['check', '--format', 'json', 'a.txt', '--config', 'rc.json']), {
      kind: 'check',
      format: 'json',
      config: 'rc.json',
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      jobs: 'auto',
      paths: ['a.txt'],
    });
    assert.deepEqual(parseCommandLine(['check', '--format=sarif', '**/*.txt']), { kind: 'check', format: 'sarif', config: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, jobs: 'auto', paths: ['**/*.txt'] });
  });

  it('parses --jobs as a thread count or auto', () => {
    assert.deepEqual(parseCommandLine(['check', '--jobs', '3', 'a.txt']), { kind: 'check', format: 'stylish', config: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, jobs: 3, paths: ['a.txt'] });
    assert.deepEqual(parseCommandLine(['check', '-j', 'auto', 'a.txt']), { kind: 'check', format: 'stylish', config: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, jobs: 'auto', paths: ['a.txt'] });
  });

  it('parses fix and fix --dry-run', () => {
    assert.deepEqual(parseCommandLine(['fix', 'a.txt']), { kind: 'fix', dryRun: false, config: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: ['a.txt'] });
    assert.deepEqual(parseCommandLine(['fix', '--dry-run', 'a.txt']), { kind: 'fix', dryRun: true, config: undefined, maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: ['a.txt'] });
  });

  it('parses --max-file-size for check and fix, in characters', () => {
    assert.equal(DEFAULT_MAX_FILE_SIZE, 5_000_000);
    assert.deepEqual(parseCommandLine(['check', '--max-file-size', '60000000', 'a.txt']), {
      kind: 'check',
      format: 'stylish',
      config: undefined,
      maxFileSize: 60_000_000,
      jobs: 'auto',
      paths: ['a.txt'],
    });
    assert.deepEqual(parseCommandLine(['fix', '--max-file-size=12', 'a.txt']), { kind: 'fix', dryRun: false, config: undefined, maxFileSize: 12, paths: ['a.txt'] });
  });

  it('passes lsp arguments through untouched (the language client adds its own)', () => {
    assert.deepEqual(parseCommandLine(['lsp', '--stdio', '--clientProcessId=42']), { kind: 'lsp', args: ['--stdio', '--clientProcessId=42'] });
  });

  it('recognises --help and --version', () => {
    assert.deepEqual(parseCommandLine(['--help']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['check', '-h']), { kind: 'help' });
    assert.deepEqual(parseCommandLine(['--version']), { kind: 'version' });
  });

  it('reports usage errors', () => {
    assert.deepEqual(parseCommandLine([]), { kind: 'usage-error', message: '缺少命令：check、fix 或 lsp' });
    assert.deepEqual(parseCommandLine(['lint', 'a.txt']), { kind: 'usage-error', message: '未知命令 lint：应为 check、fix 或 lsp' });
    assert.deepEqual(parseCommandLine(['check']), { kind: 'usage-error', message: 'check 需要至少一个文件、文件夹或 glob 模式' });
    assert.deepEqual(parseCommandLine(['check', '--format', 'xml', 'a.txt']), { kind: 'usage-error', message: '--format 的值 xml 无效，应为 stylish、json、sarif' });
    assert.deepEqual(parseCommandLine(['check', '--dry-run', 'a.txt']), { kind: 'usage-error', message: '--dry-run 只能用于 fix' });
    assert.deepEqual(parseCommandLine(['fix', '--format', 'json', 'a.txt']), { kind: 'usage-error', message: '--format 只能用于 check' });
    assert.deepEqual(parseCommandLine(['check', '--jobs', '0', 'a.txt']), { kind: 'usage-error', message: '--jobs 的值 0 无效，应为正整数或 auto' });
    assert.deepEqual(parseCommandLine(['check', '--jobs', 'many', 'a.txt']), { kind: 'usage-error', message: '--jobs 的值 many 无效，应为正整数或 auto' });
    assert.deepEqual(parseCommandLine(['fix', '--jobs', '2', 'a.txt']), { kind: 'usage-error', message: '--jobs 只能用于 check' });
    for (const value of ['0', '-5', '1e6', '2.5', 'big', '']) {
      assert.deepEqual(parseCommandLine(['check', `--max-file-size=${value}`, 'a.txt']), {
        kind: 'usage-error',
        message: `--max-file-size 的值 ${value} 无效，应为正整数（字符数）`,
      });
    }
    const unknown = parseCommandLine(['check', '--fast', 'a.txt']);
    assert.equal(unknown.kind, 'usage-error');
    assert.match((unknown as { message: string }).message, /--fast/);
  });
});
