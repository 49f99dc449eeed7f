/** Printing: one line per figure, the figure next to its target and whether it is met. */
import { ms } from './stats.mjs';

export const verdict = (met) => (met ? 'met' : 'NOT MET');

export function section(title) {
  console.log(`\n## ${title}\n`);
}

/** A markdown table (the output is pasted into bench/RESULTS.md as it is). */
export function table(headers, rows) {
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`|${headers.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

export { ms };
