import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isNumberText, isPlaceholderText, NUMBER, PLACEHOLDER } from '../../../server/src/core/parse/values';

describe('isNumberText: the code-unit form of the NUMBER pattern', () => {
  it('agrees with the pattern on the shapes cells take', () => {
    const cases = ['0', '42', '+3', '-7', '1,234', '12,345,678', '1,23', '1234,567', '12,345,67', '1.5', '1.', '.5', '1,234.50', '', '+', '-', '一', '4 2', '42 ', '0x1', '1e3', '１２'];
    for (const text of cases) assert.equal(isNumberText(text), NUMBER.test(text), text);
  });

  it('agrees with the pattern on generated strings of digits, separators and signs', () => {
    const character = fc.constantFrom('0', '1', '5', '9', ',', '.', '+', '-', ' ', 'a', '件');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 14 }), (characters) => {
        const text = characters.join('');
        assert.equal(isNumberText(text), NUMBER.test(text), JSON.stringify(text));
      }),
      { numRuns: 5000, seed: 20261124 },
    );
  });
});

describe('isPlaceholderText: the PLACEHOLDER pattern, with texts of other first characters ruled out first', () => {
  it('agrees with the pattern on generated strings of placeholder characters and others', () => {
    const character = fc.constantFrom('/', '\\', '-', '—', '–', '－', '无', '空', '0', ' ', '件', '有');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 6 }), (characters) => {
        const text = characters.join('');
        assert.equal(isPlaceholderText(text), PLACEHOLDER.test(text), JSON.stringify(text));
      }),
      { numRuns: 3000, seed: 20261124 },
    );
  });
});
