import type { CheckResult } from '../check';
import type { Position } from '../diagnostic';
import type { Span } from '../model';
import { spansOverlap } from './spans';
import { totalsOf } from './totals';

export interface ReportInlayHint {
  position: Position;
  /** `Σ7` when the stated total agrees, `Σ7 ≠` when it does not. */
  label: string;
  tooltip: string;
}

/**
 * The computed sum right after each stated total inside `span`. Where one cell is the total of a row and of a
 * column (（七）总计·总计), the hint shows the sum that disagrees, if any.
 */
export function inlayHints(result: CheckResult, span?: Span): ReportInlayHint[] {
  const byCell = new Map<number, ReturnType<typeof totalsOf>>();
  for (const check of totalsOf(result, span)) {
    if (span && !spansOverlap(span, check.cell.span)) continue;
    const checks = byCell.get(check.cell.span.start) ?? [];
    checks.push(check);
    byCell.set(check.cell.span.start, checks);
  }
  return [...byCell.values()].map((checks) => {
    const shown = checks.find((check) => !check.agrees) ?? checks[0];
    return {
      position: result.lineIndex.positionAt(shown.cell.span.end),
      label: shown.agrees ? `Σ${shown.computed}` : `Σ${shown.computed} ≠`,
      tooltip: checks.map((check) => `${check.name} 应等于${check.rule}：${check.computed}`).join('\n'),
    };
  });
}
