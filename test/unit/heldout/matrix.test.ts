/**
 * The held-out matrix: clean reports not seen as such by the rules' own tests, each with one injected error at a
 * time, in every layout and encoding reports arrive in, checked through the CLI (`check --format json`, in-process,
 * one run per base × variant over a folder of files, read by the CLI's own decoding path).
 *
 * Bases: the seeds made clean (bases.ts) and reports generated from the format's data (generatedBases.ts: other
 * agencies and years, all-zero and thousands-sized tables, heading and label variants, other prose phrasings, the
 * 2019 format in 2020 and in 2023).
 *
 * For every case: the expected codes start exactly on the expected lines (the changed cell, the total, the label,
 * the heading, the prose), no other error-severity diagnostic appears, and any other warning is one the clean
 * variant has as well (or one the injection names). Each clean variant has no error at all; a generated clean base
 * has no diagnostic at all but the ones it is built to show (GR403 for a 2023 report in the 2019 format) and GR203
 * (information) where a variant makes every digit full-width.
 *
 * Accepted exceptions (documented behaviour rather than a miss), each asserted as such below:
 * - a broken balance (一 + 二 ≠ 三（七） + 四 with every row adding up) cannot say which of its four rows is wrong:
 *   GR303 is reported on 四、结转下年度继续办理 (rules.md GR303), not on the row that was changed;
 * - a changed part of a table-3 group is reported on the group's 总计 (one equation cannot tell a part from the
 *   total): in the pipe layouts that is the same line, in one-cell-per-line layouts the total's line;
 * - in layouts that drop empty cells a lost block header leaves no line at all: GR114 is on the block's first line
 *   (its column header row 信息内容 …);
 * - one cell per line, a row with a cell too many or too few cannot be told from a row whose blank cells were
 *   dropped: GR116 (once per table, on the row's label) instead of GR115, which is for delimited pipe rows;
 * - where every digit is full-width, GR203 (one per table) starts at the table's first value, so the single
 *   full-width-value injection is not run on that variant;
 * - the title-year injection runs only on bases with both a title year and a statistics period (002 has no period,
 *   004 no title); GR406 only on the people's governments' reports.
 * Each exception is written into the injection it concerns (test/unit/heldout/injections.ts).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { run } from '../cli/harness';
import { ENCODINGS, TABLE_LAYOUTS, VARIANTS, type TableLayout } from '../../helpers/variants';
import { bases } from './bases';
import { EXPECTED_CLEAN, generatedBases } from './generatedBases';
import { INJECTIONS, MARKERS, type Expectation, type Traits } from './injections';

interface MatrixVariant {
  name: string;
  /** Table layout applied first (none: the base's leading pipes). */
  layout?: TableLayout | 'labelsBrokenOverLines';
  /** Text variants (VARIANTS by name) applied after the layout, in order. */
  text: string[];
  encoding: 'utf8' | 'utf8Bom' | 'gb18030';
}

const LAYOUTS: readonly (TableLayout | 'labelsBrokenOverLines')[] = [...TABLE_LAYOUTS, 'labelsBrokenOverLines'];

const MATRIX: MatrixVariant[] = [
  ...LAYOUTS.map((layout): MatrixVariant => ({ name: layout, layout, text: [], encoding: 'utf8' })),
  ...['labelsBrokenBySpaces', 'traditional', 'traditionalPinyin', 'fullWidthDigits', 'fullWidthPunctuation', 'crlf'].map(
    (variant): MatrixVariant => ({ name: variant, text: [variant], encoding: 'utf8' }),
  ),
  { name: 'bom', text: [], encoding: 'utf8Bom' },
  { name: 'gb18030', text: [], encoding: 'gb18030' },
  { name: 'tabCellPerLine+traditionalPinyin+crlf+gb18030', layout: 'tabCellPerLine', text: ['traditionalPinyin', 'crlf'], encoding: 'gb18030' },
  { name: 'cellFollowedByPipe+traditional+bom', layout: 'cellFollowedByPipe', text: ['traditional'], encoding: 'utf8Bom' },
  { name: 'blankLineSeparated+fullWidthDigits+crlf', layout: 'blankLineSeparated', text: ['fullWidthDigits', 'crlf'], encoding: 'utf8' },
  { name: 'loneBarRowOpener+fullWidthPunctuation+gb18030', layout: 'loneBarRowOpener', text: ['fullWidthPunctuation'], encoding: 'gb18030' },
  { name: 'pipeBare+labelsBrokenBySpaces+traditionalPinyin+bom', layout: 'pipeBare', text: ['labelsBrokenBySpaces', 'traditionalPinyin'], encoding: 'utf8Bom' },
  { name: 'labelsBrokenOverLines+traditional+crlf', layout: 'labelsBrokenOverLines', text: ['traditional', 'crlf'], encoding: 'utf8' },
];

/** Diagnostics a variant gives every report, clean or not: full-width digits are GR203 (information, one a table). */
const VARIANT_CLEAN: Readonly<Record<string, readonly string[]>> = {
  fullWidthDigits: ['GR203'],
  'blankLineSeparated+fullWidthDigits+crlf': ['GR203'],
};

const DROPS_EMPTY_CELLS = new Set(['cellFollowedByPipe', 'loneBarRowOpener', 'blankLineSeparated']);

function traitsOf(variant: MatrixVariant): Traits {
  const layout = variant.layout ?? 'pipeLeading';
  return {
    dropsEmptyCells: DROPS_EMPTY_CELLS.has(layout),
    cellPerLine: !layout.startsWith('pipe'),
    fullWidthDigits: variant.text.includes('fullWidthDigits'),
  };
}

function applyVariant(text: string, variant: MatrixVariant): string {
  let result = variant.layout ? VARIANTS.find((candidate) => candidate.name === variant.layout)!.apply(text) : text;
  for (const name of variant.text) result = VARIANTS.find((candidate) => candidate.name === name)!.apply(result);
  return result;
}

/** The 1-based line of each marker, and the text without markers. */
function locate(text: string): { text: string; lines: Map<string, number> } {
  const lines = new Map<string, number>();
  text.split('\n').forEach((line, index) => {
    for (const marker of MARKERS) if (line.includes(marker)) lines.set(marker, index + 1);
  });
  return { text: MARKERS.reduce((stripped, marker) => stripped.split(marker).join(''), text), lines };
}

interface JsonDiagnostic {
  line: number;
  severity: string;
  code: string;
  message: string;
}

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-heldout-'));
after(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

const describe = (diagnostics: JsonDiagnostic[]): string => diagnostics.map((d) => `${d.code}@${d.line} ${d.severity} ${d.message}`).join('\n');

let cases = 0;
for (const base of [...bases(), ...generatedBases()]) {
  for (const variant of MATRIX) {
    test(`held-out ${base.name} as ${variant.name}`, async (t) => {
      const traits = traitsOf(variant);
      const dir = fs.mkdtempSync(path.join(tmpRoot, 'case-'));
      const encoding = ENCODINGS.find((candidate) => candidate.name === variant.encoding)!;
      const planned: { file: string; name: string; expect: Expectation[]; lines: Map<string, number>; allow: string[] }[] = [];
      fs.writeFileSync(path.join(dir, 'clean.txt'), encoding.encode(applyVariant(base.text, variant)));
      INJECTIONS.forEach((injection, index) => {
        if (injection.appliesTo && !injection.appliesTo(base, traits)) return;
        const injected = injection.inject(base, traits);
        const located = locate(applyVariant(injected.text, variant));
        const file = `case-${String(index).padStart(2, '0')}.txt`;
        fs.writeFileSync(path.join(dir, file), encoding.encode(located.text));
        planned.push({ file, name: injection.name, expect: injected.expect, lines: located.lines, allow: injected.allow ?? [] });
      });
      const result = run(dir, ['check', '--format', 'json', '--jobs', '1', '.']);
      assert.equal(result.stderr, '');
      const byFile = new Map(
        (JSON.parse(result.stdout) as { file: string; diagnostics: JsonDiagnostic[] }[]).map((entry) => [path.basename(entry.file), entry.diagnostics]),
      );
      const clean = byFile.get('clean.txt')!;
      await t.test('clean: no error', () => {
        assert.deepEqual(clean.filter((d) => d.severity === 'error'), [], describe(clean));
      });
      if (base.name in EXPECTED_CLEAN || base.name.startsWith('gen-')) {
        // A generated base is clean by construction: nothing at all but what it is built to show.
        await t.test('clean: only the documented diagnostics', () => {
          const allowed = new Set([...(EXPECTED_CLEAN[base.name] ?? []), ...(VARIANT_CLEAN[variant.name] ?? [])]);
          assert.deepEqual(clean.filter((d) => !allowed.has(d.code)), [], describe(clean));
          for (const code of EXPECTED_CLEAN[base.name] ?? []) assert.equal(clean.filter((d) => d.code === code).length, 1, describe(clean));
        });
      }
      const cleanWarnings = new Set(clean.map((d) => d.code));
      for (const plan of planned) {
        cases++;
        await t.test(plan.name, () => {
          const diagnostics = byFile.get(plan.file)!;
          const expectedCodes = new Set(plan.expect.map((e) => e.code));
          for (const code of expectedCodes) {
            const expectedLines = plan.expect.filter((e) => e.code === code).map((e) => plan.lines.get(e.marker)!);
            assert.ok(expectedLines.every((line) => line !== undefined), `marker of ${code} not found in the variant`);
            const actualLines = diagnostics.filter((d) => d.code === code).map((d) => d.line);
            assert.deepEqual(actualLines.sort((a, b) => a - b), expectedLines.sort((a, b) => a - b), `${code} lines\n${describe(diagnostics)}`);
          }
          const others = diagnostics.filter((d) => !expectedCodes.has(d.code));
          assert.deepEqual(others.filter((d) => d.severity === 'error'), [], `other errors\n${describe(diagnostics)}`);
          const unexpected = others.filter((d) => !cleanWarnings.has(d.code) && !plan.allow.includes(d.code));
          assert.deepEqual(unexpected, [], `other warnings\n${describe(diagnostics)}`);
        });
      }
    });
  }
}

test('held-out matrix size', () => {
  assert.ok(cases > 1000, `${cases} cases`);
});

