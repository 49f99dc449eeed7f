import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport } from '../../server/src/core';
import { AnalysisCache, RETAINED_RESULTS } from '../../server/src/lsp/analysis';
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
