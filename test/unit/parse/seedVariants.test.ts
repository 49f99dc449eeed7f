import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { parseReport } from '../../../server/src/core/parse';
import { readSeed, seedFiles } from '../../helpers/seeds';
import { VARIANTS } from '../../helpers/variants';
import { summary } from './fixtures';

for (const file of seedFiles()) {
  const text = readSeed(file);
  const expected = summary(parseReport(text));
  test(`${file}: the seed's own tables are read completely`, () => {
    assert.equal(Object.values(expected).filter((values) => values === 'unaligned').length, 0);
    assert.equal(Object.keys(expected).filter((key) => key.startsWith('t2.')).length, 25);
    assert.equal((expected.t3 as number[]).length, 15);
  });
  for (const variant of VARIANTS) {
    test(`${file} as ${variant.name}: the same tables`, () => {
      assert.deepEqual(summary(parseReport(variant.apply(text))), expected);
    });
  }
}
