import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkInParallel, threadCount } from '../../../server/src/cli/parallelCheck';
import { checkFiles } from '../../../server/src/cli/checkFiles';
import type { CliContext } from '../../../server/src/cli/context';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/src/core/limits';
import { makeTempDir, REPO_ROOT, removeDir, SEED, seedText } from './harness';

const launcher = path.join(REPO_ROOT, 'bin', 'govreport.js');

describe('threadCount', () => {
  it('takes an explicit --jobs as given, never more threads than files', () => {
    assert.equal(threadCount(3, 10), 3);
    assert.equal(threadCount(8, 2), 2);
    assert.equal(threadCount(4, 0), 1);
  });

  it('with auto, keeps a small run on one thread', () => {
    assert.equal(threadCount('auto', 1, 8), 1);
    assert.equal(threadCount('auto', 799, 8), 1);
  });

  it('with auto, leaves one CPU to V8 and gives each thread at least 400 files', () => {
    assert.equal(threadCount('auto', 2000, 2), 1);
    assert.equal(threadCount('auto', 2000, 4), 3);
    assert.equal(threadCount('auto', 2000, 8), 5);
    assert.equal(threadCount('auto', 100_000, 8), 7);
  });
});

describe('check on several threads', () => {
  let dir: string;
  const names: string[] = [];

  before(() => {
    dir = makeTempDir();
    const seeds = Object.values(SEED);
    // Seven folders of five seeds, the middle one with a broken config, plus files no thread can read.
    for (let folder = 0; folder < 7; folder++) {
      for (const seed of seeds) {
        const name = `f${folder}/${seed}`;
        fs.mkdirSync(path.join(dir, `f${folder}`), { recursive: true });
        fs.writeFileSync(path.join(dir, name), seedText(seed));
        names.push(name);
      }
    }
    fs.writeFileSync(path.join(dir, 'f3', '.govreportrc.json'), '{"rules": {"GR301": "loud"}}');
    fs.writeFileSync(path.join(dir, 'f1', 'binary.txt'), Buffer.from([0xff, 0x80, 0xfe, 0x41, 0x80, 0x80, 0xff, 0xff]));
    fs.writeFileSync(path.join(dir, 'f5', 'nul.txt'), Buffer.from('a\u0000b'));
  });

  after(() => removeDir(dir));

  function govreport(args: string[]) {
    return spawnSync(process.execPath, [launcher, ...args], { cwd: dir, encoding: 'utf8' });
  }

  it('prints the same output, messages and exit code as one thread', () => {
    const single = govreport(['check', '--format', 'json', '--jobs', '1', '.']);
    const parallel = govreport(['check', '--format', 'json', '--jobs', '3', '.']);
    assert.equal(single.status, 2);
    assert.equal(parallel.status, single.status);
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.stderr, single.stderr);
    const results = JSON.parse(parallel.stdout) as { file: string; notChecked?: string }[];
    assert.deepEqual(results.filter((result) => result.notChecked === undefined).map((result) => result.file), [...names].sort());
    assert.deepEqual(results.filter((result) => result.notChecked !== undefined).map((result) => result.file), ['f1/binary.txt', 'f5/nul.txt']);
    assert.deepEqual(parallel.stderr.split('\n').filter(Boolean), [
      'f1/binary.txt：文件既不是 UTF-8 也不是 GB18030 编码（疑似 Shift_JIS）',
      'f3/.govreportrc.json：rules.GR301 的值 "loud" 无效，应为 error、warning、information、hint 或 off',
      'f5/nul.txt：文件含有 NUL 字节：是二进制文件或无 BOM 的 UTF-16 文件，不是 UTF-8 或 GB18030 文本',
    ]);
  });

  it('gives every thread the size limit: the same files are refused as on one thread', () => {
    const limit = ['--max-file-size', String(seedText(SEED.errors004).length - 1)];
    const single = govreport(['check', '--format', 'json', '--jobs', '1', ...limit, '.']);
    const parallel = govreport(['check', '--format', 'json', '--jobs', '3', ...limit, '.']);
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.stderr, single.stderr);
    const refused = parallel.stderr.split('\n').filter((line) => line.includes('--max-file-size'));
    // Seeds 002 and 004 are longer than 004 less one character, in each of the seven folders.
    assert.deepEqual(refused.map((line) => line.slice(0, line.indexOf('：'))), [0, 1, 2, 3, 4, 5, 6].flatMap((folder) => [`f${folder}/${SEED.traditional002}`, `f${folder}/${SEED.errors004}`]));
    const results = JSON.parse(parallel.stdout) as { file: string; notChecked?: string }[];
    assert.equal(results.filter((result) => result.notChecked === undefined).length, 7 * 3);
    // The refused seeds, binary.txt and nul.txt.
    assert.equal(results.filter((result) => result.notChecked !== undefined).length, 7 * 2 + 2);
  });

  it('checks a share again on the main thread when its worker cannot start, losing nothing', async () => {
    const files = [...names].sort();
    const messages: string[] = [];
    const context: CliContext = { cwd: dir, fs, stdout: () => undefined, stderr: (chunk) => messages.push(chunk) };
    const parallel = await checkInParallel(files, { maxFileSize: DEFAULT_MAX_FILE_SIZE }, context, 3, path.join(dir, 'no-such-worker.js'));
    const single = checkFiles(files, { maxFileSize: DEFAULT_MAX_FILE_SIZE }, { ...context, stderr: () => undefined });
    assert.deepEqual(parallel, single);
    assert.deepEqual(messages, ['f3/.govreportrc.json：rules.GR301 的值 "loud" 无效，应为 error、warning、information、hint 或 off\n']);
  });
});
