import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { toSimplified, toTraditional } from '../../server/src/core';
import { SEED_TEXTS, runsFor } from './documents';

/**
 * Simplified → Traditional → Simplified must leave a simplified report unchanged. opencc converts phrase by phrase, and
 * random sequences of characters form phrases that real reports never contain and that do not come back (背人 →
 * 揹人 → 揹人). So random documents are built from the simplified seeds' own lines, reordered, and cut up by
 * digits, ASCII punctuation and spaces inserted anywhere (which also splits phrases); 002 is Traditional already and
 * is excluded. Single characters of the seeds are checked too: any that cannot survive alone is listed by the test.
 */
const SIMPLIFIED_SEEDS = SEED_TEXTS.filter((text) => toSimplified(text) === text);
const SEED_LINES = [...new Set(SIMPLIFIED_SEEDS.flatMap((text) => text.split('\n')))];
const roundTrips = (text: string): boolean => toSimplified(toTraditional(text)) === text;

const cutUpLine = fc
  .tuple(fc.constantFrom(...SEED_LINES), fc.array(fc.tuple(fc.nat(), fc.string({ unit: fc.constantFrom(...'0123456789 |,.:;()-/'), minLength: 1, maxLength: 3 })), { maxLength: 4 }))
  .map(([line, cuts]) => cuts.reduce((text, [at, piece]) => text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1)), line));

describe('fuzz: Simplified ⇄ Traditional', () => {
  it('the simplified seeds survive the round trip', () => {
    assert.equal(SIMPLIFIED_SEEDS.length, 4);
    for (const text of SIMPLIFIED_SEEDS) assert.equal(toSimplified(toTraditional(text)), text);
  });

  it('every simplified character of the seeds survives the round trip on its own', () => {
    const characters = [...new Set(SIMPLIFIED_SEEDS.flatMap((text) => [...text]))];
    assert.deepEqual(characters.filter((ch) => !roundTrips(ch)), []);
  });

  it('documents of reordered, cut-up seed lines survive the round trip', () => {
    fc.assert(
      fc.property(fc.array(cutUpLine, { minLength: 1, maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        assert.equal(toSimplified(toTraditional(text)), text);
      }),
      { numRuns: runsFor(0.15) },
    );
  });
});
