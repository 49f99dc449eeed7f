import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { normalize } from '../../../server/src/core/text/normalize';

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
    assert.equal(normalized.map.length, normalized.text.length + 1);
    assert.equal(normalized.map[normalized.text.indexOf('网')], '4.無正當理由大量反覆申請\n發現\u{2F9F0}'.length);
  });
});
