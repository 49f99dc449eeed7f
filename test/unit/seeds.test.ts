import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkReport, type Diagnostic } from '../../server/src/core';
import { toJsonResults, type JsonDiagnostic } from '../../server/src/cli/formatters/json';
import { EXPECTED_DIR, readSeed, seedFiles } from '../helpers/seeds';
import { VARIANTS } from '../helpers/variants';

/**
 * The exact diagnostics of each seed, as reviewed by hand into test/fixtures/expected/<seed>.json (the real-VS-Code
 * suite asserts the same files), and the same codes and messages for every layout and encoding variant.
 */
/** The CLI's JSON shape (1-based lines and UTF-16 columns), shared with the real-VS-Code suite. */
const view = (diagnostics: Diagnostic[]): JsonDiagnostic[] => toJsonResults([{ file: '', diagnostics }])[0].diagnostics;

const codesAndMessages = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code} ${d.severity} ${d.message}`).sort();

for (const file of seedFiles()) {
  const text = readSeed(file);
  const [report] = JSON.parse(fs.readFileSync(path.join(EXPECTED_DIR, file.replace(/\.txt$/, '.json')), 'utf8')) as { diagnostics: JsonDiagnostic[] }[];
  const expected = report.diagnostics;
  const actual = checkReport(text).diagnostics;

  test(`${file}: exactly the expected diagnostics`, () => {
    assert.deepEqual(view(actual), expected);
  });

  for (const variant of VARIANTS) {
    test(`${file} as ${variant.name}: the same codes and messages`, () => {
      let diagnostics = checkReport(variant.apply(text)).diagnostics;
      if (variant.name === 'fullWidthDigits') {
        // The one thing this variant changes is itself a finding: full-width digits (information, fixable).
        assert.ok(diagnostics.some((d) => d.code === 'GR203'));
        diagnostics = diagnostics.filter((d) => d.code !== 'GR203');
      }
      assert.deepEqual(codesAndMessages(diagnostics), codesAndMessages(actual));
    });
  }
}

test('seed verdicts the issue sets: 000–002 have no error, 003 one per table-3 group, 004 its （七）总计 and the 42-vs-7 prose', () => {
  const errors = (file: string) => checkReport(readSeed(file)).diagnostics.filter((d) => d.severity === 'error');
  const [s000, s001, s002, s003, s004] = seedFiles();
  assert.deepEqual([errors(s000), errors(s001), errors(s002)], [[], [], []]);
  assert.deepEqual(errors(s003).map((d) => d.code), ['GR305', 'GR305', 'GR305']);
  const d004 = checkReport(readSeed(s004)).diagnostics;
  assert.deepEqual(errors(s004).map((d) => d.code), ['GR302', 'GR302']);
  assert.ok(d004.some((d) => d.code === 'GR401' && d.message.includes('42') && d.message.includes('7')));
});
