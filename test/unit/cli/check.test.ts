import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import * as iconv from 'iconv-lite';
import { checkReport } from '../../../server/src/core';
import { toJsonResults } from '../../../server/src/cli/formatters/json';
import { fsError, makeTempDir, removeDir, run, SEED, seedText } from './harness';

interface JsonFile {
  file: string;
  notChecked?: string;
  diagnostics: { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
}

function parseJson(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[];
}

/** The files of a JSON run that were checked. */
function checkedFiles(stdout: string): string[] {
  return parseJson(stdout).flatMap((file) => (file.notChecked === undefined ? [file.file] : []));
}

/** The files (or PATHs) of a JSON run that were not checked, with the reason given. */
function notChecked(stdout: string): [string, string][] {
  return parseJson(stdout).flatMap((file) => (file.notChecked === undefined ? [] : [[file.file, file.notChecked] as [string, string]]));
}

describe('govreport check', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeDir(dir));

  const write = (name: string, content: string | Uint8Array): string => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return name;
  };

  it('prints exactly the core’s diagnostics as JSON and exits 1 when there is an error (seed 004)', () => {
    write('004.txt', seedText(SEED.errors004));
    const result = run(dir, ['check', '--format', 'json', '004.txt']);
    const expected = toJsonResults([{ file: '004.txt', diagnostics: checkReport(seedText(SEED.errors004)).diagnostics }]);
    assert.deepEqual(parseJson(result.stdout), expected);
    assert.ok(expected[0]!.diagnostics.some((diagnostic) => diagnostic.severity === 'error'), 'seed 004 has errors');
    assert.equal(result.exitCode, 1);
    assert.equal(result.stderr, '');
  });

  it('exits 0 on a report without errors (seed 000) and keeps every file in the JSON array', () => {
    write('a/000.txt', seedText(SEED.clean000));
    write('a/001.txt', seedText(SEED.clean001));
    const result = run(dir, ['check', '--format', 'json', 'a/000.txt', 'a/001.txt']);
    const files = parseJson(result.stdout);
    assert.deepEqual(files.map((file) => file.file), ['a/000.txt', 'a/001.txt']);
    assert.deepEqual(files.flatMap((file) => file.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')), []);
    assert.equal(result.exitCode, 0);
  });

  it('reads a GB18030 file like its UTF-8 original', () => {
    write('gb.txt', iconv.encode(seedText(SEED.errors004), 'gb18030'));
    write('utf8.txt', seedText(SEED.errors004));
    const [gb, utf8] = parseJson(run(dir, ['check', '--format', 'json', 'gb.txt', 'utf8.txt']).stdout);
    assert.deepEqual(gb!.diagnostics, utf8!.diagnostics);
  });

  it('reports positions of a BOM file in the text after the BOM', () => {
    write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText(SEED.errors004))]));
    write('plain.txt', seedText(SEED.errors004));
    const [bom, plain] = parseJson(run(dir, ['check', '--format', 'json', 'bom.txt', 'plain.txt']).stdout);
    assert.deepEqual(bom!.diagnostics, plain!.diagnostics);
  });

  it('checks *.txt, *.govreport and *.md in folders, recursively, skipping other files and dot-folders', () => {
    const text = seedText(SEED.clean000);
    for (const name of ['r/a.txt', 'r/b.govreport', 'r/c.md', 'r/sub/d.txt', 'r/e.json', 'r/f.docx', 'r/.hidden/g.txt']) write(name, text);
    const result = run(dir, ['check', '--format', 'json', 'r']);
    assert.deepEqual(parseJson(result.stdout).map((file) => file.file), ['r/a.txt', 'r/b.govreport', 'r/c.md', 'r/sub/d.txt']);
  });

  it('expands globs and checks a file named twice once', () => {
    const text = seedText(SEED.clean000);
    for (const name of ['x/1.txt', 'x/2.txt', 'x/3.md']) write(name, text);
    const result = run(dir, ['check', '--format', 'json', 'x/*.txt', 'x/1.txt']);
    assert.deepEqual(parseJson(result.stdout).map((file) => file.file), ['x/1.txt', 'x/2.txt']);
    assert.equal(result.exitCode, 0);
  });

  it('prints stylish output by default', () => {
    write('004.txt', seedText(SEED.errors004));
    const result = run(dir, ['check', '004.txt']);
    const count = checkReport(seedText(SEED.errors004)).diagnostics.length;
    assert.ok(result.stdout.startsWith('004.txt\n'));
    assert.match(result.stdout, new RegExp(`1 个文件，${count} 个问题（`));
  });

  it('prints SARIF with --format sarif', () => {
    write('004.txt', seedText(SEED.errors004));
    const sarif = JSON.parse(run(dir, ['check', '--format', 'sarif', '004.txt']).stdout) as { version: string; runs: { results: unknown[] }[] };
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0]!.results.length, checkReport(seedText(SEED.errors004)).diagnostics.length);
  });

  it('checks an empty file without any I/O problem', () => {
    write('empty.txt', '');
    const result = run(dir, ['check', '--format', 'json', 'empty.txt']);
    assert.deepEqual(parseJson(result.stdout).map((file) => file.file), ['empty.txt']);
    assert.equal(result.stderr, '');
  });

  describe('I/O problems: stderr, exit 2, every other file still checked', () => {
    it('an unreadable file', () => {
      write('locked.txt', seedText(SEED.clean000));
      write('ok.txt', seedText(SEED.clean000));
      const locked = path.join(dir, 'locked.txt');
      const result = run(dir, ['check', '--format', 'json', 'locked.txt', 'ok.txt'], {
        readFileSync: ((file: fs.PathOrFileDescriptor, options?: never) => {
          if (file === locked) throw fsError('EACCES', 'open', locked);
          return fs.readFileSync(file, options);
        }) as typeof fs.readFileSync,
      });
      assert.equal(result.stderr, 'locked.txt：无法读取：没有访问权限\n');
      assert.deepEqual(checkedFiles(result.stdout), ['ok.txt']);
      assert.deepEqual(parseJson(result.stdout)[0], { file: 'locked.txt', notChecked: '无法读取：没有访问权限', diagnostics: [] });
      assert.equal(result.exitCode, 2);
    });

    it('a file that is neither UTF-8 nor GB18030', () => {
      write('utf16.txt', Buffer.from(seedText(SEED.clean000), 'utf16le'));
      write('random.txt', Buffer.from([0xff, 0x80, 0xfe, 0x41, 0x80, 0x80, 0xff, 0xff]));
      write('ok.txt', seedText(SEED.clean000));
      const result = run(dir, ['check', '--format', 'json', 'utf16.txt', 'random.txt', 'ok.txt']);
      const lines = result.stderr.trimEnd().split('\n');
      assert.equal(lines[0], 'utf16.txt：文件含有 NUL 字节：是二进制文件或无 BOM 的 UTF-16 文件，不是 UTF-8 或 GB18030 文本');
      assert.match(lines[1]!, /^random\.txt：文件既不是 UTF-8 也不是 GB18030 编码/);
      assert.equal(lines.length, 2);
      assert.deepEqual(checkedFiles(result.stdout), ['ok.txt']);
      assert.deepEqual(notChecked(result.stdout), [
        ['utf16.txt', lines[0]!.slice('utf16.txt：'.length)],
        ['random.txt', lines[1]!.slice('random.txt：'.length)],
      ]);
      assert.equal(result.exitCode, 2);
    });

    it('a file above --max-file-size: judged by its characters, or, far above, by its bytes without decoding it', () => {
      const seed = seedText(SEED.clean000);
      write('seed.txt', seed);
      write('ok.txt', '报告\n');
      const over = run(dir, ['check', '--format', 'json', '--max-file-size', String(seed.length - 1), 'seed.txt', 'ok.txt']);
      assert.equal(over.stderr, `seed.txt：文件有 ${seed.length} 个字符，超过 --max-file-size 的上限 ${seed.length - 1} 个字符，未作检查\n`);
      assert.deepEqual(checkedFiles(over.stdout), ['ok.txt']);
      assert.deepEqual(notChecked(over.stdout), [['seed.txt', `文件有 ${seed.length} 个字符，超过 --max-file-size 的上限 ${seed.length - 1} 个字符，未作检查`]]);
      assert.equal(over.exitCode, 2);

      const atLimit = run(dir, ['check', '--format', 'json', '--max-file-size', String(seed.length), 'seed.txt']);
      assert.equal(atLimit.stderr, '');
      assert.deepEqual(parseJson(atLimit.stdout), toJsonResults([{ file: 'seed.txt', diagnostics: checkReport(seed).diagnostics }]));
      assert.equal(atLimit.exitCode, 0);

      // 5,000 bytes that are no text: above 4 bytes a character of the limit they are refused for their size, below
      // it decoded (and refused as no text).
      write('junk.txt', Buffer.alloc(5000, 0xff));
      const farAbove = run(dir, ['check', '--format', 'json', '--max-file-size', '1249', 'junk.txt']);
      assert.equal(farAbove.stderr, 'junk.txt：文件有 5000 字节，超过 --max-file-size 的上限 1249 个字符，未作检查\n');
      assert.equal(farAbove.exitCode, 2);
      assert.match(run(dir, ['check', '--format', 'json', '--max-file-size', '1250', 'junk.txt']).stderr, /^junk\.txt：文件既不是 UTF-8 也不是 GB18030 编码/);
    });

    it('a missing path and a glob matching nothing', () => {
      write('ok.txt', seedText(SEED.clean000));
      const result = run(dir, ['check', '--format', 'json', 'missing.txt', 'none/*.txt', 'ok.txt']);
      assert.equal(result.stderr, 'missing.txt：文件或文件夹不存在\nnone/*.txt：没有匹配的文件\n');
      assert.deepEqual(checkedFiles(result.stdout), ['ok.txt']);
      assert.deepEqual(notChecked(result.stdout), [
        ['missing.txt', '文件或文件夹不存在'],
        ['none/*.txt', '没有匹配的文件'],
      ]);
      assert.equal(result.exitCode, 2);

      const sarif = JSON.parse(run(dir, ['check', '--format', 'sarif', 'missing.txt', 'ok.txt']).stdout) as {
        runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[];
      };
      const [invocation] = sarif.runs[0]!.invocations;
      assert.equal(invocation!.executionSuccessful, false);
      assert.deepEqual(invocation!.toolExecutionNotifications.map((notification) => notification.message.text), ['missing.txt：文件或文件夹不存在']);
    });

    it('a folder without permission (injected: as root every folder is readable)', () => {
      write('r/ok.txt', seedText(SEED.clean000));
      write('r/secret/s.txt', seedText(SEED.clean000));
      const secret = path.join(dir, 'r', 'secret');
      const result = run(dir, ['check', '--format', 'json', 'r'], {
        readdirSync: ((folder: fs.PathLike, options?: never) => {
          if (path.resolve(String(folder)) === secret) throw fsError('EACCES', 'scandir', secret);
          return fs.readdirSync(folder, options);
        }) as typeof fs.readdirSync,
      });
      assert.equal(result.stderr, 'r/secret：没有访问权限\n');
      assert.deepEqual(checkedFiles(result.stdout), ['r/ok.txt']);
      assert.deepEqual(notChecked(result.stdout), [['r/secret', '没有访问权限']]);
      assert.equal(result.exitCode, 2);
    });

    it('a symbolic-link loop named directly and one met inside a folder', () => {
      write('r/ok.txt', seedText(SEED.clean000));
      fs.symlinkSync('loop-b.txt', path.join(dir, 'r', 'loop-a.txt'));
      fs.symlinkSync('loop-a.txt', path.join(dir, 'r', 'loop-b.txt'));
      const direct = run(dir, ['check', '--format', 'json', 'r/loop-a.txt', 'r/ok.txt']);
      assert.equal(direct.stderr, 'r/loop-a.txt：符号链接形成循环\n');
      assert.deepEqual(checkedFiles(direct.stdout), ['r/ok.txt']);
      assert.deepEqual(notChecked(direct.stdout), [['r/loop-a.txt', '符号链接形成循环']]);
      assert.equal(direct.exitCode, 2);

      const walked = run(dir, ['check', '--format', 'json', 'r']);
      assert.match(walked.stderr, /^r\/loop-[ab]\.txt：符号链接形成循环\n/);
      assert.deepEqual(checkedFiles(walked.stdout), ['r/ok.txt']);
      assert.equal(notChecked(walked.stdout).length, walked.stderr.trimEnd().split('\n').length);
      assert.equal(walked.exitCode, 2);
    });

    it('a folder linked to its own parent is walked once, without hanging', () => {
      write('r/ok.txt', seedText(SEED.clean000));
      fs.symlinkSync('..', path.join(dir, 'r', 'up'));
      const result = run(dir, ['check', '--format', 'json', 'r']);
      const files = parseJson(result.stdout).map((file) => file.file);
      assert.ok(files.includes('r/ok.txt'));
      assert.equal(new Set(files.map((file) => fs.realpathSync(path.join(dir, file)))).size, files.length);
    });
  });

  describe('configuration', () => {
    it('uses the nearest .govreportrc.json above each file', () => {
      write('team/004.txt', seedText(SEED.errors004));
      write('other/004.txt', seedText(SEED.errors004));
      const codes = [...new Set(checkReport(seedText(SEED.errors004)).diagnostics.map((diagnostic) => diagnostic.code))];
      write('team/.govreportrc.json', JSON.stringify({ rules: Object.fromEntries(codes.map((code) => [code, 'off'])) }));
      const result = run(dir, ['check', '--format', 'json', 'team/004.txt', 'other/004.txt']);
      const [team, other] = parseJson(result.stdout);
      assert.deepEqual(team!.diagnostics, []);
      assert.equal(other!.diagnostics.length, checkReport(seedText(SEED.errors004)).diagnostics.length);
      assert.equal(result.exitCode, 1);
    });

    it('uses --config for every file', () => {
      write('004.txt', seedText(SEED.errors004));
      const errorCodes = [...new Set(checkReport(seedText(SEED.errors004)).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code))];
      write('rc.json', JSON.stringify({ rules: Object.fromEntries(errorCodes.map((code) => [code, 'warning'])) }));
      const result = run(dir, ['check', '--format', 'json', '--config', 'rc.json', '004.txt']);
      assert.deepEqual(parseJson(result.stdout)[0]!.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'), []);
      assert.equal(result.exitCode, 0);
    });

    it('reports an invalid config file once and exits 2', () => {
      write('a.txt', seedText(SEED.clean000));
      write('b.txt', seedText(SEED.clean000));
      write('.govreportrc.json', '{"rules": {"GR301": "loud"}}');
      const result = run(dir, ['check', '--format', 'json', 'a.txt', 'b.txt']);
      assert.equal(result.stderr, '.govreportrc.json：rules.GR301 的值 "loud" 无效，应为 error、warning、information、hint 或 off\n');
      assert.equal(parseJson(result.stdout).length, 2);
      assert.equal(result.exitCode, 2);
    });

    it('reads previousReport relative to the config file', () => {
      write('2025/report.txt', seedText(SEED.clean000));
      write('2024/report.txt', seedText(SEED.clean001));
      write('.govreportrc.json', JSON.stringify({ previousReport: '2024/report.txt' }));
      const result = run(dir, ['check', '--format', 'json', '2025/report.txt']);
      const expected = checkReport(seedText(SEED.clean000), { config: { previousReport: '2024/report.txt' }, previousReportText: seedText(SEED.clean001) });
      assert.deepEqual(parseJson(result.stdout), toJsonResults([{ file: '2025/report.txt', diagnostics: expected.diagnostics }]));
      assert.equal(result.stderr, '');
    });

    it('refuses a previousReport outside the config file’s folder, also through a symbolic link', () => {
      const outside = makeTempDir();
      try {
        fs.writeFileSync(path.join(outside, 'secret.txt'), seedText(SEED.clean001));
        write('project/report.txt', seedText(SEED.clean000));
        fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'project', 'link.txt'));
        for (const previousReport of ['../../etc/passwd', path.join(outside, 'secret.txt'), 'link.txt']) {
          write('project/.govreportrc.json', JSON.stringify({ previousReport }));
          const result = run(dir, ['check', '--format', 'json', 'project/report.txt']);
          assert.equal(
            result.stderr,
            `project/.govreportrc.json：previousReport "${previousReport}" 位于配置文件所在文件夹 ${path.join(dir, 'project')} 之外，已拒绝读取\n`,
          );
          assert.deepEqual(parseJson(result.stdout), toJsonResults([{ file: 'project/report.txt', diagnostics: checkReport(seedText(SEED.clean000), { config: { previousReport } }).diagnostics }]));
          assert.equal(result.exitCode, 2);
        }
      } finally {
        removeDir(outside);
      }
    });
  });

  it('prints usage on stderr and exits 2 for a usage error', () => {
    const result = run(dir, ['check', '--format', 'xml', 'a.txt']);
    assert.equal(result.exitCode, 2);
    assert.ok(result.stderr.startsWith('govreport：--format 的值 xml 无效，应为 stylish、json、sarif\n\n用法：'));
    assert.equal(result.stdout, '');
  });
});
