import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport } from '../../server/src/core';
import { AnalysisCache, OFF_THREAD_LENGTH, RETAINED_RESULTS } from '../../server/src/lsp/analysis';
import type { OffThreadCheck } from '../../server/src/lsp/offThreadChecker';
import { publishedDiagnostic } from '../../server/src/lsp/publishedDiagnostic';
import { toLspDiagnostic } from '../../server/src/lsp/toLsp';
import type { DocumentConfig } from '../../server/src/lsp/documentConfig';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { readSeed, seedFiles } from '../helpers/seeds';

const CONFIG: DocumentConfig = { config: {}, settings: DEFAULT_SETTINGS };

test('with more documents open than results are kept, a released result is recomputed, equal to a fresh check', () => {
  const cache = new AnalysisCache();
  const seeds = seedFiles().map(readSeed);
  const documents = Array.from({ length: RETAINED_RESULTS + 4 }, (_, i) => TextDocument.create(`file:///open/${i}.govreport`, 'govreport', 1, seeds[i % seeds.length]));
  const firstAnalysis = cache.analyse(documents[0], CONFIG, {}, 0);
  const kept = firstAnalysis.result!;
  const analyses = [firstAnalysis, ...documents.slice(1).map((document) => cache.analyse(document, CONFIG, {}, 0))];
  // The first document's result was released when the others came in; asking for it checks the text again.
  const recomputed = analyses[0].result!;
  assert.notEqual(recomputed, kept, 'released, so computed anew');
  assert.deepEqual(recomputed.diagnostics, checkReport(seeds[0]).diagnostics);
  assert.equal(analyses[0].result, recomputed, 'recomputed once, then kept until released again');
  // A recently used document keeps its result; asking for the same version again is the same analysis.
  const recent = analyses[analyses.length - 1];
  const recentResult = recent.result!;
  assert.equal(cache.analyse(documents[documents.length - 1], CONFIG, {}, 0), recent);
  assert.equal(recent.result, recentResult);
  assert.deepEqual(recentResult.diagnostics, checkReport(seeds[(documents.length - 1) % seeds.length]).diagnostics);
});

/** A worker that answers when told to, counting the checks asked of it. */
function fakeOffThread() {
  const checks: { text: string; settle: (failed?: boolean) => void }[] = [];
  const offThread: OffThreadCheck = {
    check: (text, options) =>
      new Promise((resolve, reject) => {
        checks.push({
          text,
          settle: (failed) => (failed ? reject(new Error('the check worker exited')) : resolve({ checkId: 40 + checks.length, diagnostics: checkReport(text, options).diagnostics.map(publishedDiagnostic) })),
        });
      }),
    answer: () => Promise.resolve(undefined),
    release: () => undefined,
  };
  return { offThread, checks };
}

/** An empty cache, a document of seed `seedIndex` repeated past OFF_THREAD_LENGTH, and a fake worker. */
function largeDocument(seedIndex: number) {
  const seed = readSeed(seedFiles()[seedIndex]!);
  const text = seed.repeat(Math.ceil(OFF_THREAD_LENGTH / seed.length));
  const document = TextDocument.create(`file:///large-${seedIndex}.govreport`, 'govreport', 1, text);
  return { cache: new AnalysisCache(), seed, text, document, ...fakeOffThread() };
}

test('a large document: one check on the worker for the publication and the requests that arrive meanwhile', async () => {
  const { cache, text, document, offThread, checks } = largeDocument(0);
  const asked = [cache.analysisFor(document, CONFIG, {}, 0, offThread), cache.analysisFor(document, CONFIG, {}, 0, offThread)];
  assert.equal(checks.length, 1, 'the second waits for the first');
  checks[0]!.settle();
  const [first, second] = await Promise.all(asked);
  assert.equal(first, second);
  assert.deepEqual(first.offThread, { checkId: 41, text });
  assert.deepEqual(first.diagnostics, checkReport(text).diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document.uri)));
  assert.equal(await cache.analysisFor(document, CONFIG, {}, 0, offThread), first, 'then cached');
  assert.equal(checks.length, 1);
  // Another configuration generation is another check.
  const regenerated = cache.analysisFor(document, CONFIG, {}, 1, offThread);
  assert.equal(checks.length, 2);
  checks[1]!.settle();
  assert.equal((await regenerated).offThread?.checkId, 42);
});

test('a large document whose worker dies is checked here, and its result serves the requests', async () => {
  const { cache, text, document, offThread, checks } = largeDocument(1);
  const analysis = cache.analysisFor(document, CONFIG, {}, 0, offThread);
  checks[0]!.settle(true);
  const fallback = await analysis;
  assert.equal(fallback.offThread, undefined);
  assert.deepEqual(fallback.result?.diagnostics, checkReport(text).diagnostics);
});

test('a large document closed while the worker checks it is not kept when the check comes back', async () => {
  const { cache, document, offThread, checks } = largeDocument(2);
  const analysis = cache.analysisFor(document, CONFIG, {}, 0, offThread);
  assert.equal(cache.delete(document.uri), undefined, 'nothing stored yet');
  checks[0]!.settle();
  assert.equal((await analysis).offThread?.checkId, 41, 'the caller still gets it');
  assert.equal(cache.delete(document.uri), undefined, 'but the closed document has no analysis kept');
});

test('a large document edited small while the worker checks it: the newer analysis stays', async () => {
  const { cache, seed, document, offThread, checks } = largeDocument(3);
  const older = cache.analysisFor(document, CONFIG, {}, 0, offThread);
  TextDocument.update(document, [{ text: seed }], 2);
  const newer = await cache.analysisFor(document, CONFIG, {}, 0, offThread);
  assert.equal(newer.version, 2);
  assert.equal(checks.length, 1, 'the small version is checked here');
  checks[0]!.settle();
  assert.equal((await older).version, 1);
  assert.equal(await cache.analysisFor(document, CONFIG, {}, 0, offThread), newer, 'the older check did not replace it');
});
