import { strict as assert } from 'node:assert';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { checkReport } from '../../server/src/core';
import { DIAGNOSTICS_PART_LENGTH } from '../../server/src/lsp/checkWorker';
import { createOffThreadCheck } from '../../server/src/lsp/offThreadChecker';
import { publishedDiagnostic } from '../../server/src/lsp/publishedDiagnostic';
import { readSeed, seedFiles } from '../helpers/seeds';

// The compiled worker script beside the compiled offThreadChecker (out/server/src/lsp/checkWorker.js) does the checks.
const seeds = seedFiles().map(readSeed);

/** What the worker's answer must equal: the core's diagnostics in the form publishing needs. */
const expected = (text: string, options = {}) => checkReport(text, options).diagnostics.map(publishedDiagnostic);

/** Every message the main thread posts to a worker, in order, with what else ran in between. */
const events: string[] = [];
const postMessage = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
  const part = args[0] as { id: number; textPart: string; options?: unknown };
  events.push(`part ${part.id}:${part.textPart.length}${part.options ? ' last' : ''}`);
  return postMessage.apply(this, args);
};
after(() => {
  Worker.prototype.postMessage = postMessage;
});

test('a text sent in parts reaches the worker whole: surrogate pairs cut between parts, lone surrogates, NUL', async () => {
  // 7 UTF-16 units a part: the pair 𠀋 (two units) is cut between two parts wherever it falls in some run of the loop.
  const text = `${seeds[0]}\n𠀋𠀋𠀋\uD800 lone \uDC00 and \0 NUL ${'𠀋'.repeat(9)}`;
  for (const partLength of [7, 8]) {
    const check = createOffThreadCheck(partLength)!;
    events.length = 0;
    assert.deepEqual(await check(text, {}), expected(text));
    assert.equal(events.length, Math.ceil(text.length / partLength), 'one message a part');
    assert.ok(events[events.length - 1]!.endsWith(' last'), 'the options travel with the last part');
  }
});

test('a text of exactly one part, and one of a whole number of parts, with options', async () => {
  const text = seeds[1]!;
  const options = { config: { rules: { GR301: 'off' as const } } };
  for (const partLength of [text.length, text.length + 5, Math.ceil(text.length / 3)]) {
    events.length = 0;
    assert.deepEqual(await createOffThreadCheck(partLength)!(text, options), expected(text, options));
    assert.equal(events.length, Math.ceil(text.length / partLength));
  }
  const exact = text.slice(0, 3000);
  events.length = 0;
  assert.deepEqual(await createOffThreadCheck(1000)!(exact, {}), expected(exact));
  assert.deepEqual(events, ['part 0:1000', 'part 0:1000', 'part 0:1000 last']);
});

test('the event loop turns between parts, and two documents sent at once are each checked whole', async () => {
  const check = createOffThreadCheck(1000)!;
  const [first, second] = [seeds[2]!, seeds[3]!];
  events.length = 0;
  const checks = [check(first, {}), check(second, {})];
  setImmediate(() => events.push('immediate'));
  const [firstDiagnostics, secondDiagnostics] = await Promise.all(checks);
  assert.deepEqual(firstDiagnostics, expected(first));
  assert.deepEqual(secondDiagnostics, expected(second));
  // Both first parts go at once, each document's next part a turn of the event loop later: an immediate queued
  // right after the calls runs in the first turn, before the third parts.
  assert.deepEqual(events.slice(0, 5), ['part 0:1000', 'part 1:1000', 'part 0:1000', 'part 1:1000', 'immediate']);
  assert.equal(events.filter((event) => event.startsWith('part 0')).length, Math.ceil(first.length / 1000));
  assert.equal(events.filter((event) => event.startsWith('part 1')).length, Math.ceil(second.length / 1000));
});

test('diagnostics come back in parts of DIAGNOSTICS_PART_LENGTH, joined in order', async () => {
  const text = seeds[2]!.repeat(520);
  const diagnostics = expected(text);
  assert.ok(diagnostics.length > 2 * DIAGNOSTICS_PART_LENGTH, `${diagnostics.length} diagnostics: enough for three parts`);
  const replies: number[] = [];
  const emit = Worker.prototype.emit;
  Worker.prototype.emit = function (this: Worker, event: string | symbol, ...args: unknown[]) {
    if (event === 'message') replies.push((args[0] as { diagnosticsPart: unknown[] }).diagnosticsPart.length);
    return emit.call(this, event, ...args);
  };
  try {
    assert.deepEqual(await createOffThreadCheck()!(text, {}), diagnostics);
  } finally {
    Worker.prototype.emit = emit;
  }
  const parts = Math.ceil(diagnostics.length / DIAGNOSTICS_PART_LENGTH);
  assert.deepEqual(replies, Array.from({ length: parts }, (_, part) => Math.min(DIAGNOSTICS_PART_LENGTH, diagnostics.length - part * DIAGNOSTICS_PART_LENGTH)));
});
