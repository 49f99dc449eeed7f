/**
 * Figures 1–3: the core's check time per report, the floor (decode as govreport decodes a file, + split into lines)
 * on the same bytes, and markdownlint linting the same text — all in this process, after warm-up, one call per
 * measured run.
 */
import { lint } from 'markdownlint/sync';
import { median, p95, timeRuns } from './stats.mjs';

const ROUNDS = 10;

/**
 * The least any checker must do: turn the bytes into text and the text into lines. Decoded by govreport's own
 * decoder (simdutf + ICU), the fastest this Node has: a slower one would only make the ratio look better.
 */
function floorPass(decode, bytes) {
  return decode(bytes).text.split(/\r?\n/).length;
}

function markdownlintPass(name, text) {
  return lint({ strings: { [name]: text } });
}

/**
 * `cases`: [{ name, text, runs, warmup }] → one row of figures per case. Every case is warmed up before any is
 * measured: a checker (or markdownlint) warmed on the first case only would still be compiling code the later
 * cases need, and the first case measured would pay for the JIT's work on all of them.
 */
export function measureCore({ checkReport, decode }, cases) {
  for (const { name, text, warmup } of cases) {
    for (let i = 0; i < warmup; i++) {
      checkReport(text);
      markdownlintPass(name, text);
    }
  }
  return cases.map(({ name, text, runs, warmup }) => {
    const bytes = Buffer.from(text, 'utf8');
    const check = [];
    const floor = [];
    const markdownlint = [];
    // Measured side by side in rounds, not one after the other: a slow spell of the machine (a virtual one shares
    // its CPUs) then falls on all three alike instead of on whichever was being timed.
    const perRound = Math.max(1, Math.ceil(runs / ROUNDS));
    for (let round = 0; round < ROUNDS; round++) {
      check.push(...timeRuns(() => checkReport(text), { warmup: round === 0 ? warmup : 0, runs: perRound }));
      floor.push(...timeRuns(() => floorPass(decode, bytes), { warmup: round === 0 ? warmup : 0, runs: perRound }));
      markdownlint.push(...timeRuns(() => markdownlintPass(name, text), { warmup: round === 0 ? warmup : 0, runs: perRound }));
    }
    return {
      name,
      bytes: bytes.length,
      runs,
      check: { median: median(check), p95: p95(check) },
      floor: { median: median(floor), p95: p95(floor) },
      markdownlint: { median: median(markdownlint), p95: p95(markdownlint) },
    };
  });
}
