/**
 * The `govreport.maxFileSize` setting and the notice for a document above it. Shared by the server, which answers
 * such a document with the notice instead of checking it, and the VS Code client, which does not send it to the
 * server at all (client/src/sizeLimit.ts); so this module imports protocol types and the default's constant only, no
 * checking code.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_MAX_FILE_SIZE } from '../core/limits';
import { DIAGNOSTIC_SOURCE } from './protocol';

export { DEFAULT_MAX_FILE_SIZE };

export const SIZE_LIMIT_CODE = 'max-file-size';

/** The setting's value as a user or a team may have written it: anything but a positive number is the default. */
export function maxFileSizeFrom(value: unknown): number {
  return typeof value === 'number' && value > 0 ? value : DEFAULT_MAX_FILE_SIZE;
}

/** `length` characters against the limit: reported at the start of the document, as information (nothing is wrong). */
export function sizeLimitDiagnostic(length: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: SIZE_LIMIT_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `文件有 ${length} 个字符，超过设置 govreport.maxFileSize 的上限 ${limit}，未作检查。`,
  };
}
