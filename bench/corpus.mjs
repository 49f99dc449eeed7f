/**
 * The texts the benchmarks run on: the seeds, their layout/encoding variants with changed numbers, one large report
 * made of many agencies' sections, and folders of generated report files for the CLI.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS_DIR, TMP } from './paths.mjs';

export function readSeeds() {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: name.slice(0, 3), text: readFileSync(join(SEEDS_DIR, name), 'utf8') }));
}

const WHOLE_NUMBER = /^\d+$/;

/**
 * Every table value times `factor`: each total stays the sum of its parts (the equations are linear), so the report
 * stays as valid as it was while no two generated reports carry the same numbers.
 */
function scaleTables(modules, text, factor) {
  return modules.relayoutTables(text, (_, current) => current, (cells) => cells.map((cell) => (WHOLE_NUMBER.test(cell) ? String(Number(cell) * factor) : cell)));
}

/**
 * `count` reports: seed × variant (every layout and encoding variant of the tests' helper) × a number factor, cycling
 * through the variants fastest so that any prefix of the list holds all layouts. A variant a seed cannot take (a layout
 * with no way to write one of its blank cells) is skipped.
 */
export function generateReports(modules, seeds, count) {
  const reports = [];
  for (let factor = 1; reports.length < count; factor++) {
    for (const seed of seeds) {
      const scaled = scaleTables(modules, seed.text, factor);
      for (const variant of modules.VARIANTS) {
        if (reports.length >= count) break;
        try {
          reports.push({ name: `${seed.name}-${variant.name}-x${factor}`, text: variant.apply(scaled) });
        } catch {
          // the layout cannot express this seed's table; other variants cover it
        }
      }
    }
  }
  return reports;
}

/** About `bytes` of UTF-8: many agencies' reports, in all variants and with varied numbers, one after the other. */
export function largeReport(modules, seeds, bytes) {
  const parts = [];
  let size = 0;
  for (const report of generateReports(modules, seeds, Math.ceil(bytes / 4000))) {
    if (size >= bytes) break;
    // One encoding for the whole file: a BOM mid-file or mixed line ends are not what a real concatenation holds.
    const text = report.text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  return parts.join('\n');
}

/** Folders `bench/.tmp/folders/<size>/` holding the first `size` generated reports, one file each. */
export function writeFolders(reports, sizes) {
  const base = join(TMP, 'folders');
  rmSync(base, { recursive: true, force: true });
  return sizes.map((size) => {
    const dir = join(base, String(size));
    mkdirSync(dir, { recursive: true });
    reports.slice(0, size).forEach((report, index) => writeFileSync(join(dir, `${String(index).padStart(4, '0')}-${report.name}.txt`), report.text));
    return { size, dir };
  });
}
