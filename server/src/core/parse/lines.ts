/** A line of the normalised text: [start, end) in normalised offsets, without its \n. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      lines.push({ index, start, end: text.length, text: text.slice(start) });
      return lines;
    }
    lines.push({ index: index++, start, end, text: text.slice(start, end) });
    start = end + 1;
  }
}
