import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import * as iconv from 'iconv-lite';
import { checkReport, fixableDiagnostics } from '../../../server/src/core';
import { formatStylish } from '../../../server/src/cli/formatters/stylish';
import { encode, type TextEncoding } from '../../../server/src/node/decode';
import { entries, fsError, makeTempDir, removeDir, run, SEED, seedText } from './harness';

/** Seed 000 with one table value written in full-width digits: a fixable diagnostic whose fix restores the seed. */
function withFullWidthValue(text: string): string {
  const changed = text.replace(/^(\| 行政处罚 \| )(\d+)/m, (_, head: string, digits: string) =>
    head + digits.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)),
  );
  assert.notEqual(changed, text, 'the seed has a 行政处罚 row to change');
  return changed;
}

const crlf = (text: string): string => text.replace(/\n/g, '\r\n');

describe('govreport fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeDir(dir));
  const file = (name: string): string => path.join(dir, name);

  it('fixes seed 004 until no fixable diagnostic is left; a second run changes nothing', () => {
    fs.writeFileSync(file('004.txt'), seedText(SEED.errors004));
    const first = run(dir, ['fix', '004.txt']);
    const fixed = fs.readFileSync(file('004.txt'), 'utf8');
    assert.deepEqual(fixableDiagnostics(checkReport(fixed).diagnostics), []);
    const second = run(dir, ['fix', '004.txt']);
    assert.equal(fs.readFileSync(file('004.txt'), 'utf8'), fixed);
    assert.equal(second.stderr, '');
    assert.equal(second.exitCode, first.exitCode);
  });

  for (const [name, encoding, bom, lineEnds] of [
    ['UTF-8', 'utf-8', false, 'LF'],
    ['UTF-8 with BOM and CRLF', 'utf-8', true, 'CRLF'],
    ['GB18030 with CRLF', 'gb18030', false, 'CRLF'],
    ['GB18030', 'gb18030', false, 'LF'],
  ] as const) {
    it(`writes back ${name} in the same encoding, BOM and line ends`, () => {
      const original = seedText(SEED.clean000);
      const layout = (text: string): string => (lineEnds === 'CRLF' ? crlf(text) : text);
      fs.writeFileSync(file('r.txt'), encode(layout(withFullWidthValue(original)), encoding as TextEncoding, bom));
      const result = run(dir, ['fix', 'r.txt']);
      assert.deepEqual(fs.readFileSync(file('r.txt')), encode(layout(original), encoding as TextEncoding, bom));
      assert.match(result.stderr, /^r\.txt：已修复 \d+ 处\n$/);
      assert.deepEqual(entries(dir), ['r.txt']);
    });
  }

  it('--dry-run prints a unified diff and writes nothing', () => {
    const broken = withFullWidthValue(seedText(SEED.clean000));
    fs.writeFileSync(file('r.txt'), broken);
    const before = fs.statSync(file('r.txt')).mtimeMs;
    const result = run(dir, ['fix', '--dry-run', 'r.txt']);
    assert.equal(fs.readFileSync(file('r.txt'), 'utf8'), broken);
    assert.equal(fs.statSync(file('r.txt')).mtimeMs, before);
    const brokenLine = broken.split('\n').find((line) => line.startsWith('| 行政处罚 |'))!;
    const fixedLine = seedText(SEED.clean000).split('\n').find((line) => line.startsWith('| 行政处罚 |'))!;
    assert.ok(result.stdout.startsWith('Index: r.txt\n===================================================================\n--- r.txt\n+++ r.txt\n@@ '), result.stdout);
    assert.ok(result.stdout.includes(`\n-${brokenLine}\n+${fixedLine}\n`));
    assert.equal(result.stderr, '');
    assert.deepEqual(entries(dir), ['r.txt']);
  });

  it('--dry-run prints nothing for a file without fixable diagnostics', () => {
    fs.writeFileSync(file('ok.txt'), seedText(SEED.clean000));
    assert.deepEqual(fixableDiagnostics(checkReport(seedText(SEED.clean000)).diagnostics), [], 'seed 000 needs no fix');
    const result = run(dir, ['fix', '--dry-run', 'ok.txt']);
    assert.equal(result.stdout, '');
    assert.equal(result.exitCode, 0);
  });

  describe('leaves the original untouched when writing fails', () => {
    const broken = withFullWidthValue(seedText(SEED.clean000));

    const cases: [string, Parameters<typeof run>[2]][] = [
      ['a failing rename (target replaced concurrently, EXDEV, …)', { renameSync: (from: fs.PathLike) => { throw fsError('EPERM', 'rename', String(from)); } }],
      ['a full disk while writing (ENOSPC)', { writeSync: (() => { throw fsError('ENOSPC', 'write', 'temporary file'); }) as typeof fs.writeSync }],
      ['a read-only folder (EACCES on the temporary file; root ignores real permissions)', { openSync: ((target: fs.PathLike) => { throw fsError('EACCES', 'open', String(target)); }) as typeof fs.openSync }],
    ];
    for (const [name, overrides] of cases) {
      it(name, () => {
        fs.writeFileSync(file('r.txt'), broken);
        fs.writeFileSync(file('other.txt'), broken);
        const result = run(dir, ['fix', 'r.txt'], overrides);
        assert.equal(fs.readFileSync(file('r.txt'), 'utf8'), broken);
        assert.deepEqual(entries(dir), ['other.txt', 'r.txt'], 'no temporary file is left behind');
        assert.match(result.stderr, /^r\.txt：无法写入，原文件未改动：/);
        assert.equal(result.exitCode, 2);
      });
    }
  });

  it('a real read-only file is replaced by rename, keeping its permission bits', () => {
    fs.writeFileSync(file('r.txt'), withFullWidthValue(seedText(SEED.clean000)));
    fs.chmodSync(file('r.txt'), 0o444);
    run(dir, ['fix', 'r.txt']);
    assert.equal(fs.readFileSync(file('r.txt'), 'utf8'), seedText(SEED.clean000));
    assert.equal(fs.statSync(file('r.txt')).mode & 0o777, 0o444);
  });

  it('writes through a symbolic link and keeps the link', () => {
    fs.mkdirSync(file('real'));
    fs.writeFileSync(file('real/r.txt'), withFullWidthValue(seedText(SEED.clean000)));
    fs.symlinkSync('real/r.txt', file('link.txt'));
    run(dir, ['fix', 'link.txt']);
    assert.ok(fs.lstatSync(file('link.txt')).isSymbolicLink());
    assert.equal(fs.readFileSync(file('real/r.txt'), 'utf8'), seedText(SEED.clean000));
  });

  it('leaves a file above --max-file-size as it is, fixes the others, and exits 2', () => {
    const broken = withFullWidthValue(seedText(SEED.clean000));
    fs.writeFileSync(file('big.txt'), broken);
    const head = broken.slice(0, broken.indexOf('| 行政处罚 |'));
    fs.writeFileSync(file('small.txt'), head + '| 行政处罚 | ５ |\n');
    const result = run(dir, ['fix', '--max-file-size', String(broken.length - 1), 'big.txt', 'small.txt']);
    assert.equal(fs.readFileSync(file('big.txt'), 'utf8'), broken);
    assert.equal(fs.readFileSync(file('small.txt'), 'utf8'), head + '| 行政处罚 | 5 |\n');
    assert.equal(result.exitCode, 2);
    assert.equal(
      result.stderr,
      `big.txt：文件有 ${broken.length} 个字符，超过 --max-file-size 的上限 ${broken.length - 1} 个字符，未作检查\nsmall.txt：已修复 1 处\n`,
    );
    assert.deepEqual(entries(dir), ['big.txt', 'small.txt']);
    // What is left in small.txt, and big.txt counted apart in the summary.
    assert.equal(
      result.stdout,
      formatStylish([
        { file: 'big.txt', diagnostics: [], notChecked: 'not read' },
        { file: 'small.txt', diagnostics: checkReport(head + '| 行政处罚 | 5 |\n').diagnostics },
      ]),
    );
    assert.match(result.stdout, /，1 个文件未检查\n$/);
  });

  it('fixes the other files when one cannot be read, and exits 2', () => {
    fs.writeFileSync(file('bad.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
    fs.writeFileSync(file('r.txt'), iconv.encode(withFullWidthValue(seedText(SEED.clean000)), 'gb18030'));
    const result = run(dir, ['fix', 'bad.txt', 'missing.txt', 'r.txt']);
    assert.deepEqual(fs.readFileSync(file('r.txt')), iconv.encode(seedText(SEED.clean000), 'gb18030'));
    assert.equal(result.exitCode, 2);
    assert.match(result.stderr, /^missing\.txt：.*\nbad\.txt：文件是 UTF-16 编码.*\nr\.txt：已修复 1 处\n$/);
    assert.equal(result.stdout, '1 个文件，没有发现问题，2 个文件未检查\n');
  });
});
