import { isBlank } from '../text/characters';

/** A line of the normalised text: [start, end) in normalised offsets, without its \n. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Only whitespace (or nothing): asked of every line by every layout test, so computed once. */
  blank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      const last = text.slice(start);
      lines.push({ index, start, end: text.length, text: last, blank: isBlank(last) });
      return lines;
    }
    const line = text.slice(start, end);
    lines.push({ index: index++, start, end, text: line, blank: isBlank(line) });
    start = end + 1;
  }
}
