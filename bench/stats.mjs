/** Timing and summary statistics shared by the benchmarks. */

export const now = () => Number(process.hrtime.bigint()) / 1e6;

/** The q-quantile (0…1) of the samples, nearest-rank. */
export function quantile(samples, q) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export const median = (samples) => quantile(samples, 0.5);
export const p95 = (samples) => quantile(samples, 0.95);

/**
 * Runs `work` `warmup` times unmeasured (so the JIT has settled), then `runs` times measured one by one;
 * returns the per-run times in milliseconds.
 */
export function timeRuns(work, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) work();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    work();
    samples.push(now() - start);
  }
  return samples;
}

/** `1.23 ms`, `45.6 µs` — enough digits to compare, few enough to read. */
export function ms(value) {
  // A difference of two medians (a server's hold beyond the transport's) can come out below zero: noise, in ms too.
  if (value < 0) return `−${ms(-value)}`;
  if (value < 0.1) return `${(value * 1000).toFixed(1)} µs`;
  if (value < 10) return `${value.toFixed(3)} ms`;
  return `${value.toFixed(1)} ms`;
}
