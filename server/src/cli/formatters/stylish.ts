import type { Severity } from '../../core';
import type { FileResult } from './types';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * Human-readable output in the manner of ESLint's stylish formatter: one block per file, then a summary line. Files
 * not checked were named on stderr already; the summary counts them apart.
 */
export function formatStylish(results: readonly FileResult[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let output = '';
  for (const { file, diagnostics } of results) {
    if (diagnostics.length === 0) continue;
    output += `${file}\n`;
    const positions = diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}`);
    const positionWidth = Math.max(...positions.map((position) => position.length));
    diagnostics.forEach((diagnostic, index) => {
      counts[diagnostic.severity]++;
      output += `  ${positions[index]!.padEnd(positionWidth)}  ${diagnostic.severity.padEnd(11)}  ${diagnostic.message}  ${diagnostic.code}\n`;
    });
    output += '\n';
  }
  const total = SEVERITY_ORDER.reduce((sum, severity) => sum + counts[severity], 0);
  const notChecked = results.filter((result) => result.notChecked !== undefined).length;
  const files = results.length - notChecked;
  const unchecked = notChecked > 0 ? `，${notChecked} 个文件未检查` : '';
  if (total === 0) return `${files} 个文件，没有发现问题${unchecked}\n`;
  const parts = SEVERITY_ORDER.filter((severity) => counts[severity] > 0).map((severity) => `${counts[severity]} ${severity}`);
  return output + `${files} 个文件，${total} 个问题（${parts.join('，')}）${unchecked}\n`;
}
