import stringWidth from 'string-width';
import type { CheckResult } from '../check';
import type { TextEdit } from '../diagnostic';

const NUMBER = /^[+-]?[0-9０-９]+(?:[.．][0-9０-９]+)?$/;

interface PipeLine {
  start: number;
  end: number;
  text: string;
  /** Segments between pipes, trimmed; the first and last are empty when the line opens or ends with a pipe. */
  segments: string[];
}

function pad(cell: string, width: number): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(cell)));
  return NUMBER.test(cell) ? fill + cell : cell + fill;
}

function render(line: PipeLine, widths: number[]): string {
  const last = line.segments.length - 1;
  return line.segments
    .map((segment, index) => {
      if ((index === 0 || index === last) && segment === '') return '';
      const cell = ` ${pad(segment, widths[index])} `;
      // A line without a leading pipe starts with its cell, not with a space.
      return index === 0 ? cell.trimStart() : index === last ? cell.trimEnd() : cell;
    })
    .join('|');
}

/**
 * Aligns the pipe tables of a report: cells padded to their column's display width (a Chinese character is two
 * columns wide), numbers right-aligned. Cells are never added, removed or merged, so the table reads the same.
 */
export function formatPipeTables(result: CheckResult): TextEdit[] {
  const edits: TextEdit[] = [];
  const { text, lineIndex } = result;
  for (const section of result.model.sections) {
    const table = section.table;
    if (!table || table.layout !== 'pipe') continue;
    const lines: PipeLine[] = [];
    const firstLine = lineIndex.positionAt(table.span.start).line;
    const lastLine = lineIndex.positionAt(table.span.end).line;
    for (let line = firstLine; line <= lastLine; line++) {
      const start = lineIndex.lineStart(line);
      const end = lineIndex.lineEnd(line);
      const lineText = text.slice(start, end);
      if (!lineText.includes('|')) continue;
      lines.push({ start, end, text: lineText, segments: lineText.split('|').map((segment) => segment.trim()) });
    }
    const widths: number[] = [];
    for (const line of lines) {
      line.segments.forEach((segment, index) => {
        widths[index] = Math.max(widths[index] ?? 0, stringWidth(segment));
      });
    }
    for (const line of lines) {
      const formatted = render(line, widths);
      if (formatted !== line.text) edits.push({ span: { start: line.start, end: line.end }, newText: formatted });
    }
  }
  return edits;
}
