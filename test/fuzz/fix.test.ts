import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyEdits, checkReport, fixableDiagnostics, fixAll, type TextEdit } from '../../server/src/core';
import { buildDocument, recipe, runsFor, SEED_TEXTS } from './documents';

/**
 * Independent of applyEdits' own loop: the text outside the edits' spans must come through unchanged and in order,
 * and no edit may be dropped (overlapping edits of one fix would be).
 */
function assertChangesOnlyInside(before: string, after: string, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let expected = '';
  let cursor = 0;
  for (const edit of sorted) {
    assert.ok(edit.span.start >= cursor, `${what}: edits overlap`);
    expected += before.slice(cursor, edit.span.start) + edit.newText;
    cursor = edit.span.end;
  }
  expected += before.slice(cursor);
  assert.equal(after, expected, `${what}: text outside the fix's edits changed`);
}

describe('fuzz: fixes', () => {
  it('fix all twice gives the same text as once, and leaves no fixable diagnostic', () => {
    fc.assert(
      fc.property(recipe, (documentRecipe) => {
        const text = buildDocument(documentRecipe);
        const once = fixAll(text).text;
        assert.equal(fixAll(once).text, once);
        assert.deepEqual(
          fixableDiagnostics(checkReport(once).diagnostics).map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`),
          [],
        );
      }),
      { numRuns: runsFor(0.2) },
    );
  });

  it('a fix changes nothing outside its own edits, and they lie within its diagnostic’s range', () => {
    fc.assert(
      fc.property(recipe, (documentRecipe) => {
        const text = buildDocument(documentRecipe);
        for (const diagnostic of fixableDiagnostics(checkReport(text).diagnostics)) {
          const what = `${diagnostic.code} ${diagnostic.message}`;
          for (const { span } of diagnostic.fix!.edits) {
            assert.ok(diagnostic.span.start <= span.start && span.end <= diagnostic.span.end, `${what}: edit [${span.start}, ${span.end}] outside the diagnostic [${diagnostic.span.start}, ${diagnostic.span.end}]`);
          }
          assertChangesOnlyInside(text, applyEdits(text, diagnostic.fix!.edits), diagnostic.fix!.edits, what);
        }
      }),
      { numRuns: runsFor(0.25) },
    );
  });
});

describe('fuzz regressions', () => {
  // Found by the fix property: GR113 replaced only the wording 部分公开 of a label whose numbering was damaged,
  // inserting the standard note again after the note already written, so every fix pass grew the label.
  it('fix all is idempotent on a 部分公开 label with damaged numbering', () => {
    const seed = SEED_TEXTS[0]!;
    const text = seed.replace('| (二)部分公开', '| 二)部分公开');
    assert.notEqual(text, seed);
    const once = fixAll(text).text;
    assert.equal(fixAll(once).text, once);
  });
});
