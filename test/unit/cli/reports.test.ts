import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliContext } from '../../../server/src/cli/context';
import { forEachFile } from '../../../server/src/cli/reports';
import { DEFAULT_MAX_FILE_SIZE } from '../../../server/src/core/limits';
import { makeTempDir, removeDir } from './harness';

describe('forEachFile', () => {
  let dir = '';
  const files: string[] = [];
  /** Files that cannot be read as text, placed at a batch's first, a batch's last and the last position. */
  const unreadable = new Set([0, 63, 64, 129]);

  before(() => {
    dir = makeTempDir();
    for (let index = 0; index < 130; index++) {
      const name = `r${String(index).padStart(3, '0')}.txt`;
      fs.writeFileSync(path.join(dir, name), unreadable.has(index) ? Buffer.from('a\u0000b') : `报告 ${index}\n`);
      files.push(name);
    }
  });

  after(() => removeDir(dir));

  it('visits files and writes their problems in file order, across the batches files are read in', () => {
    const log: string[] = [];
    const context: CliContext = { cwd: dir, fs, stdout: () => undefined, stderr: (chunk) => log.push(`stderr ${chunk.slice(0, chunk.indexOf('：'))}`) };
    const { ioProblem } = forEachFile(files, { maxFileSize: DEFAULT_MAX_FILE_SIZE }, context, (report) => log.push(`visit ${report.file} ${report.text.trim()}`));
    assert.equal(ioProblem, true);
    assert.deepEqual(
      log,
      files.map((file, index) => (unreadable.has(index) ? `stderr ${file}` : `visit ${file} 报告 ${index}`)),
    );
  });

  it('reads ahead at most 64 files, and fewer when they hold 4 million characters, before checking them', () => {
    const bigDir = makeTempDir();
    try {
      const big = ['big0.txt', 'big1.txt', 'big2.txt'];
      for (const name of big) fs.writeFileSync(path.join(bigDir, name), 'x'.repeat(2_100_000));
      const log: string[] = [];
      const loggingFs = { ...fs, readFileSync: ((file: string) => (log.push(`read ${path.basename(file)}`), fs.readFileSync(file))) as typeof fs.readFileSync };
      const visit = (report: { file: string }) => log.push(`visit ${report.file}`);
      forEachFile(big, { maxFileSize: DEFAULT_MAX_FILE_SIZE }, { cwd: bigDir, fs: loggingFs, stdout: () => undefined, stderr: () => undefined }, visit);
      // Two files hold 4.2 million characters: the third is read once the first two are checked.
      assert.deepEqual(log, ['read big0.txt', 'read big1.txt', 'visit big0.txt', 'visit big1.txt', 'read big2.txt', 'visit big2.txt']);

      log.length = 0;
      forEachFile(files, { maxFileSize: DEFAULT_MAX_FILE_SIZE }, { cwd: dir, fs: loggingFs, stdout: () => undefined, stderr: () => undefined }, visit);
      const firstVisit = log.findIndex((entry) => entry.startsWith('visit'));
      assert.deepEqual(log.slice(0, firstVisit), files.slice(0, 64).map((file) => `read ${file}`));
      assert.equal(log.indexOf('read r064.txt'), log.indexOf('visit r062.txt') + 1, 'the second batch is read after the first is checked (r063 is unreadable)');
    } finally {
      removeDir(bigDir);
    }
  });
});
