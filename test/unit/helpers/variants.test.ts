import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { relayoutTables, tableRows, VARIANTS } from '../../helpers/variants';

const SEEDS_DIR = path.resolve(__dirname, '../../../../test/fixtures/seeds');
const seeds = fs.readdirSync(SEEDS_DIR).sort().map((name) => ({ name, text: fs.readFileSync(path.join(SEEDS_DIR, name), 'utf8') }));
const variant = (name: string) => VARIANTS.find((candidate) => candidate.name === name)!;
/** Empty cells at a row's ends are merged cells or padding: a bare pipe row cannot tell a leading one from a pipe. */
const withoutEmptyEnds = (row: string[]): string[] => {
  const copy = [...row];
  while (copy.length > 0 && copy[copy.length - 1] === '') copy.pop();
  while (copy.length > 0 && copy[0] === '') copy.shift();
  return copy;
};
const normalisedTables = (text: string) => tableRows(text).map((rows) => rows.map(withoutEmptyEnds));

describe('test helper: layout variants', () => {
  it('finds the three tables of every seed, in both seed layouts', () => {
    for (const { name, text } of seeds) assert.deepEqual(tableRows(text).map((rows) => rows.length), [14, 28, 4], name);
  });

  it('reads 003’s tab layout into the same rows as the pipe seeds (labels broken over lines joined)', () => {
    const tabs = tableRows(seeds[3]!.text);
    assert.deepEqual(tabs[0]![3], ['行政规范性文件', '11', '6', '5']);
    assert.deepEqual(tabs[1]![2], ['', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '']);
    assert.deepEqual(tabs[2]![3], ['1', '0', '0', '0', '0', '2', '0', '0', '0', '0', '0', '0', '0', '0', '3']);
  });

  for (const layout of ['pipeLeading', 'pipeBare', 'pipeExtraTrailing', 'tabCellPerLine']) {
    it(`${layout} keeps every cell of every table`, () => {
      for (const { name, text } of seeds) {
        const relaid = variant(layout).apply(text);
        assert.deepEqual(normalisedTables(relaid), normalisedTables(text), name);
        assert.deepEqual(normalisedTables(variant('pipeBare').apply(relaid)), normalisedTables(text), `${name}: and back`);
      }
    });
  }

  for (const layout of ['cellFollowedByPipe', 'loneBarRowOpener', 'blankLineSeparated']) {
    it(`${layout} writes every non-empty cell in order (the seeds have no blank value between values)`, () => {
      for (const { name, text } of seeds) {
        const cells = tableRows(text).flat(2).filter((cell) => cell !== '');
        const relaid = variant(layout).apply(text);
        let cursor = relaid.indexOf(cells[0]!);
        for (const cell of cells) {
          const found = relaid.indexOf(cell, cursor);
          assert.ok(found >= cursor, `${name}: cell ${cell} in order`);
          cursor = found + cell.length;
        }
      }
    });
  }

  it('refuses a layout that would drop a blank value between two values', () => {
    const text = '一、总体情况\n二、主动公开\n| 行政许可 | 1 |  | 3 |\n';
    assert.throws(() => variant('blankLineSeparated').apply(text), /cannot express the blank value cell/);
    assert.equal(variant('tabCellPerLine').apply(text), '一、总体情况\n二、主动公开\n\t行政许可\n\t1\n\t\n\t3\n');
  });

  it('mixes layouts per table and keeps CRLF line ends', () => {
    const text = seeds[0]!.text.replace(/\n/g, '\r\n');
    const mixed = relayoutTables(text, (index) => (index === 1 ? 'tabCellPerLine' : 'pipeBare'));
    assert.equal(mixed.split('\r\n').join('').includes('\n'), false);
    assert.deepEqual(normalisedTables(mixed), normalisedTables(text));
  });

  it('text variants: CRLF, BOM, Traditional, full-width digits and punctuation, labels broken by spaces', () => {
    const text = seeds[0]!.text;
    assert.equal(variant('crlf').apply('a\nb\r\nc'), 'a\r\nb\r\nc');
    assert.equal(variant('bom').apply(text), `\uFEFF${text}`);
    assert.equal(variant('bom').apply(`\uFEFF${text}`), `\uFEFF${text}`);
    assert.ok(variant('traditional').apply(text).includes('主動公開政府信息情況'));
    assert.equal(variant('fullWidthDigits').apply('| 行政许可 | 8583 |'), '| 行政许可 | ８５８３ |');
    assert.equal(variant('fullWidthPunctuation').apply('(一)予以公开: 第二十條第(五)項(xiàng),'), '（一）予以公开： 第二十條第（五）項(xiàng)，');
    assert.deepEqual(tableRows(variant('labelsBrokenBySpaces').apply(text))[0]![2], ['规章', '0', '0', '0']);
    assert.deepEqual(tableRows(variant('labelsBrokenBySpaces').apply(text))[0]![3], ['行政规 范性文件', '0', '0', '0']);
  });
});
