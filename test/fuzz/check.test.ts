import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkReport, LineIndex, type Diagnostic } from '../../server/src/core';
import { buildDocument, isCodePointBoundary, recipe, runsFor, SEED_TEXTS } from './documents';

function assertSpanInside(text: string, span: { start: number; end: number }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${what}: [${span.start}, ${span.end}] inside 0..${text.length}`);
  assert.ok(isCodePointBoundary(text, span.start) && isCodePointBoundary(text, span.end), `${what}: splits a surrogate pair`);
}

function assertDiagnosticInside(text: string, lineIndex: LineIndex, diagnostic: Diagnostic): void {
  const what = `${diagnostic.code} ${diagnostic.message}`;
  assertSpanInside(text, diagnostic.span, what);
  assert.deepEqual(diagnostic.range, { start: lineIndex.positionAt(diagnostic.span.start), end: lineIndex.positionAt(diagnostic.span.end) }, `${what}: range matches span`);
  for (const related of diagnostic.related ?? []) assertSpanInside(text, related.span, `${what} (related)`);
  for (const edit of diagnostic.fix?.edits ?? []) assertSpanInside(text, edit.span, `${what} (fix edit)`);
}

describe('fuzz: checkReport on damaged, re-laid-out seeds', () => {
  it('never throws, keeps every range inside the document on UTF-16 boundaries, and is deterministic', () => {
    fc.assert(
      fc.property(recipe, fc.option(fc.nat({ max: SEED_TEXTS.length - 1 })), (documentRecipe, previousSeed) => {
        const text = buildDocument(documentRecipe);
        const options = previousSeed === null ? {} : { previousReportText: SEED_TEXTS[previousSeed]! };
        const first = checkReport(text, options);
        const lineIndex = new LineIndex(text);
        for (const diagnostic of first.diagnostics) assertDiagnosticInside(text, lineIndex, diagnostic);
        assert.deepEqual(checkReport(text, options).diagnostics, first.diagnostics);
      }),
      { numRuns: runsFor(0.4) },
    );
  });
});
