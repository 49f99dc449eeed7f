import { SECTIONS, type SectionId } from '../format/sections';
import { simplifiedCharOf } from '../text/convert';

/** A line opening with one of the six numerals and a separator: 一、 二， 三,、 四． */
const HEADING = /^\s*([一二三四五六])\s*[、，,．.：:]+\s*(.{2,40})$/;

/** How many of the six standard sections a plain text would need before it is treated as a report. */
export const HEADINGS_FOR_REPORT = 3;

/**
 * Whether a plain text looks like an annual report: at least three distinct standard headings, each under its own
 * numeral (Traditional characters folded). Reads at most the first 4,000 lines, so a huge log file costs little.
 */
export function looksLikeReport(text: string): boolean {
  const found = new Set<SectionId>();
  const lines = text.split(/\r\n|\r|\n/, 4000);
  for (const line of lines) {
    const match = HEADING.exec(line);
    if (!match) continue;
    const heading = Array.from(match[2], (ch) => (ch.length === 1 ? simplifiedCharOf(ch) : ch)).join('');
    const spec = SECTIONS.find((candidate) => candidate.numeral === match[1]);
    if (!spec) continue;
    const matches = [spec.heading, ...spec.variants].some((standard) => heading.startsWith(standard)) || spec.keywords.every((word) => heading.includes(word));
    if (matches) found.add(spec.id);
    if (found.size >= HEADINGS_FOR_REPORT) return true;
  }
  return false;
}
