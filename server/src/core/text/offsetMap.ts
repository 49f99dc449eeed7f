/**
 * Normalised offset → original offset. Normalisation replaces characters one for one and only removes a few (a BOM,
 * the \r of \r\n, pinyin glosses), so the difference between the two offsets changes at a few points only: the map
 * keeps those points, not an entry per character (4 bytes a character, allocated and filled on every check: 94 MB
 * for a 50 MB file).
 */
export class OffsetMap {
  /**
   * `starts[k]` is the first normalised offset at which original = normalised + `shifts[k]`; ascending, and
   * `starts[0]` is 0. Offsets past the text's end keep the last shift, so the end offset maps to the original's end.
   */
  private readonly starts: number[] = [0];
  private readonly shifts: number[] = [0];
  /** The segment found last: the parser asks for offsets in text order, mostly in the same or the next segment. */
  private lastSegment = 0;

  /** From normalised offset `start` on, originals lie `shift` further on (the normaliser calls this after a removal). */
  shiftFrom(start: number, shift: number): void {
    const last = this.starts.length - 1;
    if (this.starts[last] === start) this.shifts[last] = shift;
    else {
      this.starts.push(start);
      this.shifts.push(shift);
    }
  }

  originalOf(offset: number): number {
    return offset + this.shifts[this.segmentOf(offset)]!;
  }

  /**
   * Original offset → normalised offset: the inverse of originalOf. An offset inside removed text (a gloss, the \r
   * of \r\n, a BOM) maps to the normalised character that follows it.
   */
  normalizedOf(original: number): number {
    const starts = this.starts;
    const shifts = this.shifts;
    // Segments are ascending in original offsets too: segment k's characters begin at starts[k] + shifts[k].
    let low = 0;
    let high = starts.length - 1;
    if (original < starts[0]! + shifts[0]!) return 0;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! + shifts[middle]! <= original) low = middle;
      else high = middle - 1;
    }
    const normalized = original - shifts[low]!;
    const next = starts[low + 1];
    return next !== undefined && normalized > next ? next : normalized;
  }

  /** The shift of every offset in [start, end] when they all have the same one (nothing removed among them). */
  uniformShift(start: number, end: number): number | undefined {
    const segment = this.segmentOf(start);
    const next = this.starts[segment + 1];
    return next === undefined || end < next ? this.shifts[segment] : undefined;
  }

  /** Index of the last segment starting at or before `offset`. */
  private segmentOf(offset: number): number {
    const starts = this.starts;
    const hint = this.lastSegment;
    if (starts[hint]! <= offset) {
      if (hint + 1 === starts.length || offset < starts[hint + 1]!) return hint;
      if (hint + 2 === starts.length || offset < starts[hint + 2]!) return (this.lastSegment = hint + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return (this.lastSegment = low);
  }
}
