import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { normalize, type NormalizedText } from '../../../server/src/core/text/normalize';

/** The original offset of every normalised offset, the text's end included. */
function originals(normalized: NormalizedText): number[] {
  return Array.from({ length: normalized.text.length + 1 }, (_, offset) => normalized.map.originalOf(offset));
}

describe('normalize: Traditional text', () => {
  it('converts by phrase: 反覆申請 becomes 反复申请, not 反覆申请', () => {
    const normalized = normalize('無正當理由大量反覆申請');
    assert.equal(normalized.text, '无正当理由大量反复申请');
    assert.equal(normalized.traditional, true);
  });

  // Found by the fuzzer: U+2F9F0, a compatibility ideograph of two UTF-16 units that opencc turns into one, on any
  // line of the report made the whole-text conversion change length, and every label lost its phrases.
  it('keeps phrase conversion on the other lines when one line’s conversion changes its length', () => {
    const normalized = normalize('4.無正當理由大量反覆申請\n發現\u{2F9F0}網站異常');
    assert.equal(normalized.text.split('\n')[0], '4.无正当理由大量反复申请');
    assert.equal(normalized.text.split('\n')[1], '发现\u{2F9F0}网站异常');
    assert.equal(normalized.map.originalOf(normalized.text.length), '4.無正當理由大量反覆申請\n發現\u{2F9F0}網站異常'.length);
    assert.equal(normalized.map.originalOf(normalized.text.indexOf('网')), '4.無正當理由大量反覆申請\n發現\u{2F9F0}'.length);
  });

  it('converts by phrase within each run of CJK characters, also when the run was seen before (cached)', () => {
    const text = '1.無正當理由大量反覆申請\n2.無正當理由大量反覆申請';
    const normalized = normalize(text);
    assert.equal(normalized.text, '1.无正当理由大量反复申请\n2.无正当理由大量反复申请');
    assert.deepEqual(normalize(text), normalized);
  });
});

describe('normalize: code units kept exactly', () => {
  // The normalised string is made by TextDecoder, which would turn a lone surrogate into U+FFFD and drop a leading
  // U+FEFF: neither may happen, the text must stay what it was, one unit for one.
  it('keeps a lone surrogate', () => {
    const normalized = normalize('第\ud800项');
    assert.equal(normalized.text, '第\ud800项');
    assert.deepEqual(originals(normalized), [0, 1, 2, 3]);
  });

  it('drops only the first of two byte order marks', () => {
    const normalized = normalize('\ufeff\ufeff一、总体情况');
    assert.equal(normalized.text, '\ufeff一、总体情况');
    assert.deepEqual(originals(normalized), [1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('normalize: offsets back into the original', () => {
  it('maps the \\n of a \\r\\n to its \\r and what follows two units on', () => {
    const normalized = normalize('一\r\n二\r\n');
    assert.equal(normalized.text, '一\n二\n');
    assert.deepEqual(originals(normalized), [0, 1, 3, 4, 6]);
  });

  it('maps a lone \\r one for one', () => {
    assert.deepEqual(originals(normalize('一\r二')), [0, 1, 2, 3]);
  });

  it('skips a pinyin gloss: the next character maps past it', () => {
    const normalized = normalize('洞(dòng)口（kǒu）\r\n十');
    assert.equal(normalized.text, '洞口\n十');
    assert.deepEqual(originals(normalized), [0, 7, 13, 15, 16]);
  });

  it('keeps full-width and Traditional replacements one for one', () => {
    const normalized = normalize('１２（個）');
    assert.equal(normalized.text, '12(个)');
    assert.deepEqual(originals(normalized), [0, 1, 2, 3, 4, 5]);
  });
});
