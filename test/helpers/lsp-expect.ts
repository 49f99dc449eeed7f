import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { checkReport } from '../../server/src/core';

const SEVERITY_NUMBERS = { error: 1, warning: 2, information: 3, hint: 4 } as const;

/** The part of a diagnostic the tests compare: what a user sees. */
export interface SeenDiagnostic {
  code: string;
  range: LspDiagnostic['range'];
  severity: number;
  message: string;
}

export function seen(diagnostics: LspDiagnostic[]): SeenDiagnostic[] {
  return diagnostics.map((diagnostic) => ({
    code: String(diagnostic.code),
    range: diagnostic.range,
    severity: diagnostic.severity!,
    message: diagnostic.message,
  }));
}

/** What the core's checkReport says about a text, in the same shape. */
export function expectedDiagnostics(text: string): SeenDiagnostic[] {
  return checkReport(text).diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    range: diagnostic.range,
    severity: SEVERITY_NUMBERS[diagnostic.severity],
    message: diagnostic.message,
  }));
}

export function applyLspEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///edit', 'govreport', 1, text), edits);
}
