import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliContext } from '../../../server/src/cli/context';
import { forEachFile } from '../../../server/src/cli/reports';
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
    const { ioProblem } = forEachFile(files, undefined, context, (report) => log.push(`visit ${report.file} ${report.text.trim()}`));
    assert.equal(ioProblem, true);
    assert.deepEqual(
      log,
      files.map((file, index) => (unreadable.has(index) ? `stderr ${file}` : `visit ${file} 报告 ${index}`)),
    );
  });
});
