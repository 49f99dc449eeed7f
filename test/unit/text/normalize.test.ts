import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import * as OpenCC from 'opencc-js';
import { normalize, type NormalizedText } from '../../../server/src/core/text/normalize';
import { simplifiedCharOf, toSimplified } from '../../../server/src/core/text/convert';

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

/** What normalize must make of one run of CJK characters: opencc's phrase conversion when the run holds a Traditional character. */
function expectedRun(run: string): string {
  const characters = Array.from(run);
  if (characters.every((ch) => simplifiedCharOf(ch) === ch)) return run;
  const byPhrase = toSimplified(run);
  return byPhrase.length === run.length ? byPhrase : characters.map(simplifiedCharOf).join('');
}

/** The source side of opencc's Traditional → Simplified dictionaries (the ones toSimplified converts with). */
function dictionarySources(): string[] {
  return OpenCC.Locale.configs['t2s']!.conversionChain.flat().flatMap((dictionary) =>
    typeof dictionary === 'string' ? dictionary.split('|').map((entry) => entry.split(' ')[0]!) : dictionary.map(([source]) => source),
  );
}

const BMP_CJK_RUN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

// The normaliser asks opencc for a run's phrases only when one of opencc's phrases may begin in it; elsewhere it
// converts character by character. Both ways must give what opencc gives.
describe('normalize: the phrase lookup skipped only where no phrase can match', () => {
  const sources = dictionarySources().filter((source) => BMP_CJK_RUN.test(source));
  const phrases = sources.filter((source) => source.length > 1);

  it('converts every phrase of opencc’s dictionary as opencc does, alone and inside a longer run', () => {
    assert.ok(phrases.length > 400, `only ${phrases.length} phrases read from opencc's dictionary`);
    for (const phrase of phrases) {
      for (const run of [phrase, `申請${phrase}`, `${phrase}處理`, `機關${phrase}情況`]) {
        assert.equal(normalize(`1.${run}。`).text, `1.${expectedRun(run)}。`, run);
      }
    }
  });

  it('converts random runs of dictionary characters as opencc does', () => {
    const characters = [...new Set(sources.join(''))];
    let seed = 20261124;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    for (let k = 0; k < 3000; k++) {
      const run = Array.from({ length: 2 + random(7) }, () => characters[random(characters.length)]!).join('');
      assert.equal(normalize(run).text, expectedRun(run), run);
    }
  });

  it('converts a phrase whose first character is written as a compatibility ideograph (opencc normalises it first)', () => {
    // U+F90A is a compatibility form of 金, which begins the phrase 金鍊 (金链, not 金炼 as 鍊 alone becomes).
    assert.equal(normalize('\uF90A鍊').text, toSimplified('\uF90A鍊'));
    assert.equal(normalize('\uF90A鍊').text, '金链');
    assert.equal(normalize('\uF966甦').text, '复苏');
  });
});

/**
 * normalize as a browser worker runs it: the module loaded afresh while `Buffer` is hidden, so it makes its strings
 * with TextDecoder (or String.fromCharCode where a surrogate occurs) instead of Node's Buffer.
 */
function normalizeWithoutBuffer(): typeof normalize {
  const modulePath = require.resolve('../../../server/src/core/text/normalize');
  const cached = require.cache[modulePath];
  const globals = globalThis as { Buffer?: unknown };
  const saved = globals.Buffer;
  delete require.cache[modulePath];
  globals.Buffer = undefined;
  try {
    return (require(modulePath) as { normalize: typeof normalize }).normalize;
  } finally {
    globals.Buffer = saved;
    require.cache[modulePath] = cached;
  }
}

for (const [way, normalizeThisWay] of [
  ['under Node', normalize],
  ['without Buffer, as in a browser worker', normalizeWithoutBuffer()],
] as const) {
  describe(`normalize: code units kept exactly, ${way}`, () => {
    // TextDecoder would turn a lone surrogate into U+FFFD and drop a leading U+FEFF: neither may happen, the text
    // must stay what it was, one unit for one.
    it('keeps a lone surrogate', () => {
      const normalized = normalizeThisWay('第\ud800项');
      assert.equal(normalized.text, '第\ud800项');
      assert.deepEqual(originals(normalized), [0, 1, 2, 3]);
    });

    it('drops only the first of two byte order marks', () => {
      const normalized = normalizeThisWay('\ufeff\ufeff一、总体情况');
      assert.equal(normalized.text, '\ufeff一、总体情况');
      assert.deepEqual(originals(normalized), [1, 2, 3, 4, 5, 6, 7, 8]);
    });

    it('converts Traditional text with a pinyin gloss and full-width digits', () => {
      const normalized = normalizeThisWay('二、主動(dòng)公開政府信息情況 ５件');
      assert.equal(normalized.text, '二、主动公开政府信息情况 5件');
    });

    // The code units are read from a buffer kept between texts: what lies past a shorter text's end is the longer
    // text's before it, and must not be read as the \n of a \r\n or the rest of a gloss.
    it('reads nothing past the text’s end after a longer text', () => {
      normalizeThisWay('一\r\n二(èr)三');
      const endingInCarriageReturn = normalizeThisWay('一\r');
      assert.equal(endingInCarriageReturn.text, '一\n');
      assert.deepEqual(originals(endingInCarriageReturn), [0, 1, 2]);
      normalizeThisWay('一\r\n二(èr)三');
      const endingInOpenGloss = normalizeThisWay('一\r\n二(è');
      assert.equal(endingInOpenGloss.text, '一\n二(è');
      assert.deepEqual(originals(endingInOpenGloss), [0, 1, 3, 4, 5, 6]);
    });
  });
}

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

describe('normalize: offsets from the original (normalizedOf)', () => {
  /** The normalised offset of every original offset, the text's end included. */
  function normalizedOffsets(original: string): number[] {
    const { map } = normalize(original);
    return Array.from({ length: original.length + 1 }, (_, offset) => map.normalizedOf(offset));
  }

  it('maps a BOM, a gloss and the \\n of \\r\\n (its \\r holds the line end) to the character after them', () => {
    // \ufeff 洞 ( d ò n g ) 口 \r \n 十: normalised 洞口\n十.
    assert.deepEqual(normalizedOffsets('\ufeff洞(dòng)口\r\n十'), [0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 4]);
  });

  it('maps every kept character to itself: normalizedOf(originalOf(i)) is i', () => {
    for (const original of ['\ufeff一\r\n二\r\n', '洞(dòng)口（kǒu）\r\n十(shí)', '１２（個）', '', 'abc']) {
      const normalized = normalize(original);
      for (let offset = 0; offset <= normalized.text.length; offset++) {
        assert.equal(normalized.map.normalizedOf(normalized.map.originalOf(offset)), offset, `${JSON.stringify(original)} at ${offset}`);
      }
    }
  });
});
