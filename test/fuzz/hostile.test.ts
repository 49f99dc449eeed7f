import * as assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { checkReport } from '../../server/src/core';
import { SEED_TEXTS } from './documents';

/**
 * Hostile sizes at the core level: each must finish and give in-range diagnostics. Times are printed as test
 * diagnostics (the README’s “Hostile sizes” table records a run) and never asserted: machines differ.
 */
function checkAndTime(t: TestContext, name: string, text: string): void {
  const started = performance.now();
  const result = checkReport(text);
  const elapsed = performance.now() - started;
  t.diagnostic(`${name}: ${text.length} UTF-16 units, ${result.diagnostics.length} diagnostics, ${elapsed.toFixed(0)} ms`);
  for (const diagnostic of result.diagnostics) {
    assert.ok(diagnostic.span.start >= 0 && diagnostic.span.end <= text.length, `${diagnostic.code} inside the document`);
  }
}

/** Deterministic pseudo-random bytes (xorshift), so the test always sees the same "binary file". */
function pseudoRandomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return bytes;
}

describe('hostile inputs', () => {
  it('a single line of 1,000,000 characters', (t) => {
    const line = '行政许可 | 8583 | '.repeat(71_429).slice(0, 1_000_000);
    assert.equal(line.length, 1_000_000);
    checkAndTime(t, 'one 1,000,000-character line', line);
  });

  it('a seed followed by a 1,000,000-character line of pipes and digits', (t) => {
    checkAndTime(t, 'seed 004 + 1,000,000-character line', SEED_TEXTS[4]! + '\n' + '| 0 '.repeat(250_000));
  });

  it('100,000 tiny tables', (t) => {
    checkAndTime(t, '100,000 tiny tables', '二、主动公开政府信息情况\n' + '| 行政许可 | 1 |\n\n'.repeat(100_000));
  });

  it('1,000,000 spaces after a 发布日期 key in the preamble and after a 。 in 总体情况 (the date and year patterns)', (t) => {
    const spaces = ' '.repeat(1_000_000);
    const title = '示例局2024年政府信息公开工作年度报告';
    checkAndTime(t, '发布日期 + 1,000,000 spaces', `发布日期${spaces}|${spaces}2025\n${title}\n一、总体情况\n略。\n`);
    checkAndTime(t, '。 + 1,000,000 spaces + （一） + 1,000,000 spaces + 2023年', `${title}\n一、总体情况\n。${spaces}（一）${spaces}2023年${spaces}x\n`);
  });

  it('binary bytes decoded as text (Latin-1 and UTF-8 with replacement characters)', (t) => {
    const bytes = pseudoRandomBytes(1_000_000, 0x2545f491);
    checkAndTime(t, '1 MB binary as Latin-1', Buffer.from(bytes).toString('latin1'));
    checkAndTime(t, '1 MB binary as UTF-8', new TextDecoder('utf-8').decode(bytes));
  });
});
