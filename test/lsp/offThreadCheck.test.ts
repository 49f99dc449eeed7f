import { strict as assert } from 'node:assert';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { checkReport } from '../../server/src/core';
import { DIAGNOSTICS_PART_LENGTH, KEPT_RESULTS } from '../../server/src/lsp/checkWorker';
import { createOffThreadCheck } from '../../server/src/lsp/offThreadChecker';
import { publishedDiagnostic } from '../../server/src/lsp/publishedDiagnostic';
import { answer, ANSWERS, type AnswerName, type AnswerParams } from '../../server/src/lsp/answers';
import { readSeed, seedFiles } from '../helpers/seeds';

// The compiled worker script beside the compiled offThreadChecker (out/server/src/lsp/checkWorker.js) does the checks.
const seeds = seedFiles().map(readSeed);

/** What the worker's answer must equal: the core's diagnostics in the form publishing needs. */
const expected = (text: string, options = {}) => checkReport(text, options).diagnostics.map(publishedDiagnostic);

/** Every message the main thread posts to a worker, in order, with what else ran in between. */
const events: string[] = [];
const postMessage = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
  const message = args[0] as { id: number; textPart?: string; options?: unknown; answer?: string; release?: number };
  if (message.textPart !== undefined) events.push(`part ${message.id}:${message.textPart.length}${message.options ? ' last' : ''}`);
  else events.push(message.answer ? `answer ${message.answer}` : `release ${message.release}`);
  return postMessage.apply(this, args);
};
after(() => {
  Worker.prototype.postMessage = postMessage;
});

test('a text sent in parts reaches the worker whole: surrogate pairs cut between parts, lone surrogates, NUL', async () => {
  // 7 UTF-16 units a part: the pair 𠀋 (two units) is cut between two parts wherever it falls in some run of the loop.
  const text = `${seeds[0]}\n𠀋𠀋𠀋\uD800 lone \uDC00 and \0 NUL ${'𠀋'.repeat(9)}`;
  for (const partLength of [7, 8]) {
    const offThread = createOffThreadCheck(partLength)!;
    events.length = 0;
    assert.deepEqual((await offThread.check(text, {})).diagnostics, expected(text));
    assert.equal(events.length, Math.ceil(text.length / partLength), 'one message a part');
    assert.ok(events[events.length - 1]!.endsWith(' last'), 'the options travel with the last part');
  }
});

test('a text of exactly one part, and one of a whole number of parts, with options', async () => {
  const text = seeds[1]!;
  const options = { config: { rules: { GR301: 'off' as const } } };
  for (const partLength of [text.length, text.length + 5, Math.ceil(text.length / 3)]) {
    events.length = 0;
    assert.deepEqual((await createOffThreadCheck(partLength)!.check(text, options)).diagnostics, expected(text, options));
    assert.equal(events.length, Math.ceil(text.length / partLength));
  }
  const exact = text.slice(0, 3000);
  events.length = 0;
  assert.deepEqual((await createOffThreadCheck(1000)!.check(exact, {})).diagnostics, expected(exact));
  assert.deepEqual(events, ['part 0:1000', 'part 0:1000', 'part 0:1000 last']);
});

test('the event loop turns between parts, and two documents sent at once are each checked whole', async () => {
  const offThread = createOffThreadCheck(1000)!;
  const [first, second] = [seeds[2]!, seeds[3]!];
  events.length = 0;
  const checks = [offThread.check(first, {}), offThread.check(second, {})];
  setImmediate(() => events.push('immediate'));
  const [firstChecked, secondChecked] = await Promise.all(checks);
  assert.deepEqual(firstChecked!.diagnostics, expected(first));
  assert.deepEqual(secondChecked!.diagnostics, expected(second));
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
    assert.deepEqual((await createOffThreadCheck()!.check(text, {})).diagnostics, diagnostics);
  } finally {
    Worker.prototype.emit = emit;
  }
  const parts = Math.ceil(diagnostics.length / DIAGNOSTICS_PART_LENGTH);
  assert.deepEqual(replies, Array.from({ length: parts }, (_, part) => Math.min(DIAGNOSTICS_PART_LENGTH, diagnostics.length - part * DIAGNOSTICS_PART_LENGTH)));
});

test('the worker answers every request from the result it keeps, as the main thread would from its own', async () => {
  const options = { config: { reportKind: 'department' as const } };
  const offThread = createOffThreadCheck()!;
  /** Answers that said something (not null, not empty) on some seed: each must, or the comparison proves little. */
  const said = new Set<AnswerName>();
  // Seed 003 has its tables one cell per line (rewriteTables), 004 pipe tables (formatting).
  for (const text of [seeds[3]!, seeds[4]!]) {
    const { checkId } = await offThread.check(text, options);
    const result = checkReport(text, options);
    const whole = { start: { line: 0, character: 0 }, end: { line: result.lineIndex.lineCount, character: 0 } };
    const fixable = result.diagnostics.find((diagnostic) => diagnostic.fix)!;
    const asked: { [N in AnswerName]: AnswerParams<N> } = {
      hover: { position: fixable.range.start },
      documentSymbols: {},
      foldingRanges: {},
      inlayHints: { range: whole },
      formatting: {},
      codeActions: { uri: 'file:///r.govreport', range: whole, invoked: true, checkOptions: options },
      exportTables: { format: 'csv' },
      convert: { target: 'traditional' },
      rewriteTables: {},
    };
    for (const name of Object.keys(asked) as AnswerName[]) {
      const local = answer(name, result, asked[name] as never);
      assert.deepEqual(await offThread.answer(checkId, name, asked[name] as never), { answered: structuredClone(local) }, name);
      if (JSON.stringify(local).length > 20) said.add(name);
    }
  }
  assert.deepEqual([...said].sort(), (Object.keys(ANSWERS) as AnswerName[]).sort());
});

test(`the worker keeps the newest ${KEPT_RESULTS} results: asked about an older one, it says it is gone`, async () => {
  const offThread = createOffThreadCheck()!;
  const checks = [];
  for (const seed of seeds.slice(0, KEPT_RESULTS + 1)) checks.push(await offThread.check(seed, {}));
  assert.equal(await offThread.answer(checks[0]!.checkId, 'foldingRanges', {}), undefined);
  const newest = checks[checks.length - 1]!;
  assert.deepEqual(await offThread.answer(newest.checkId, 'foldingRanges', {}), { answered: answer('foldingRanges', checkReport(seeds[KEPT_RESULTS]!), {}) });
});

test('a released result is let go: asked about it, the worker says it is gone; the others stay', async () => {
  const offThread = createOffThreadCheck()!;
  const [kept, released] = [await offThread.check(seeds[0]!, {}), await offThread.check(seeds[1]!, {})];
  offThread.release(released.checkId);
  assert.equal(await offThread.answer(released.checkId, 'documentSymbols', {}), undefined);
  assert.deepEqual(await offThread.answer(kept.checkId, 'documentSymbols', {}), { answered: answer('documentSymbols', checkReport(seeds[0]!), {}) });
});
