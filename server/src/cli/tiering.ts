import { setFlagsFromString } from 'node:v8';

/** V8's own default for `--interrupt-budget` (Node 20's V8: 66 KB of bytecode run before a function may tier up). */
const V8_DEFAULT_INTERRUPT_BUDGET = 67_584;

/**
 * The V8 of Node 20, where `--interrupt-budget` exists and the budget below was measured. V8 has since moved to
 * deciding by invocation counts: Node 24's V8 13.6 has no such flag and prints "unrecognized flag" on stderr when
 * it is set, so any later V8 keeps its own defaults rather than a setting nobody measured on it.
 */
const LAST_V8_MAJOR_WITH_INTERRUPT_BUDGET = 11;

/**
 * The V8 flag a batch run sets on the V8 of `v8Version` (`process.versions.v8`), or undefined for none.
 *
 * A folder check runs the whole checker over hundreds of reports of many layouts in about a second, most of it
 * before V8 has optimised the checker. With V8's default budget a function is optimised on the type feedback of the
 * first few reports, deoptimised when a later layout (a Traditional report, a table pasted cell by cell) brings new
 * object shapes, and optimised again: over 2,000 reports ≈260 optimising compilations and ≈30 deoptimisations. With
 * four times the budget V8 sees more layouts first: ≈160 and ≈17, and the folder checks faster at every size
 * (bench/RESULTS.md, seventh round: 250 reports 0.45 → 0.35 s, 2,000 reports 1.07 → 1.02 s; eight times the budget
 * was slower again at 2,000). It changes when V8 compiles, never what the code does.
 */
export function batchTieringFlag(v8Version: string): string | undefined {
  const major = Number.parseInt(v8Version, 10);
  if (!(major <= LAST_V8_MAJOR_WITH_INTERRUPT_BUDGET)) return undefined;
  return `--interrupt-budget=${4 * V8_DEFAULT_INTERRUPT_BUDGET}`;
}

/** Called by the batch commands only, before they check anything; the language server keeps V8's defaults. */
export function tuneTieringForBatch(): void {
  const flag = batchTieringFlag(process.versions.v8);
  if (flag !== undefined) setFlagsFromString(flag);
}
