import {
  DiagnosticSeverity,
  FoldingRangeKind,
  InlayHintKind,
  SymbolKind,
  type Diagnostic as LspDiagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InlayHint,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { Severity, TextEdit } from '../core/diagnostic';
import type { PublishedDiagnostic } from './publishedDiagnostic';
import { DIAGNOSTIC_SOURCE } from './protocol';
import type { ReportFoldingRange, ReportInlayHint, ReportSymbol } from '../core/features';
import type { LineIndex } from '../core/text/lineIndex';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(diagnostic: PublishedDiagnostic, uri: string): LspDiagnostic {
  const result: LspDiagnostic = {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
  if (diagnostic.related?.length) {
    result.relatedInformation = diagnostic.related.map((related) => ({ location: { uri, range: related.range }, message: related.message }));
  }
  return result;
}

export function toLspEdit(edit: TextEdit, lineIndex: LineIndex): LspTextEdit {
  return { range: { start: lineIndex.positionAt(edit.span.start), end: lineIndex.positionAt(edit.span.end) }, newText: edit.newText };
}

export function toLspSymbol(symbol: ReportSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: symbol.kind === 'section' ? SymbolKind.Namespace : SymbolKind.Struct,
    range: symbol.range,
    selectionRange: symbol.selectionRange,
    children: symbol.children.map(toLspSymbol),
  };
}

export function toLspFoldingRange(range: ReportFoldingRange): FoldingRange {
  return { startLine: range.startLine, endLine: range.endLine, kind: FoldingRangeKind.Region };
}

export function toLspInlayHint(hint: ReportInlayHint): InlayHint {
  return { position: hint.position, label: hint.label, tooltip: hint.tooltip, kind: InlayHintKind.Parameter, paddingLeft: true };
}

/** Whether two LSP diagnostics are the same, for matching the editor's context diagnostics with ours. */
export function sameDiagnostic(a: LspDiagnostic, b: LspDiagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}
