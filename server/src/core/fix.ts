import { checkReport, type CheckOptions } from './check';
import type { Diagnostic, TextEdit } from './diagnostic';

/**
 * Applies edits given in original offsets. Overlapping edits are dropped (the later one loses), so one pass never
 * corrupts text; callers loop until nothing fixable is left.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const edit of sorted) {
    if (edit.span.start < lastEnd) continue;
    if (edit.span.start < 0 || edit.span.end > text.length || edit.span.end < edit.span.start) continue;
    kept.push(edit);
    lastEnd = Math.max(lastEnd, edit.span.end);
  }
  let result = '';
  let cursor = 0;
  for (const edit of kept) {
    result += text.slice(cursor, edit.span.start) + edit.newText;
    cursor = edit.span.end;
  }
  return result + text.slice(cursor);
}

export function fixableDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.fix !== undefined);
}

const MAX_FIX_PASSES = 10;

/**
 * Applies every safe fix, re-checking between passes because one fix can make another unnecessary
 * (a corrected cell also corrects the total that depended on it). Stops when nothing fixable is left or no
 * pass changes the text.
 */
export function fixAll(text: string, options: CheckOptions = {}): { text: string; applied: number } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixable = fixableDiagnostics(checkReport(current, options).diagnostics);
    if (fixable.length === 0) break;
    const next = applyEdits(current, fixable.flatMap((diagnostic) => diagnostic.fix!.edits));
    if (next === current) break;
    applied += fixable.length;
    current = next;
  }
  return { text: current, applied };
}
