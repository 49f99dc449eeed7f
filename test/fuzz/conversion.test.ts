import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { toSimplified, toTraditional } from '../../server/src/core';
import { SEED_CHARACTERS, SEED_TEXTS, runsFor } from './documents';

/**
 * Simplified → Traditional → Simplified must leave a simplified report unchanged. opencc cannot promise that for every
 * character (one Traditional form can map back to another Simplified one), so random text is drawn from the seeds'
 * own characters, the vocabulary of real reports; 002 is excluded as it is Traditional already.
 */
const SIMPLIFIED_SEEDS = SEED_TEXTS.filter((text) => toSimplified(text) === text);
const SIMPLIFIED_CHARACTERS = SEED_CHARACTERS.filter((ch) => toSimplified(ch) === ch);

describe('fuzz: Simplified ⇄ Traditional', () => {
  it('the simplified seeds survive the round trip', () => {
    assert.equal(SIMPLIFIED_SEEDS.length, 4);
    for (const text of SIMPLIFIED_SEEDS) assert.equal(toSimplified(toTraditional(text)), text);
  });

  it('random text over the seeds’ simplified characters survives the round trip', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...SIMPLIFIED_CHARACTERS), maxLength: 200 }), (text) => {
        assert.equal(toSimplified(toTraditional(text)), text);
      }),
      { numRuns: runsFor(0.15) },
    );
  });
});
