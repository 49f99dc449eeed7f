import type { CodeAction, Diagnostic as LspDiagnostic, DocumentSymbol, FoldingRange, Hover, InlayHint, Position, Range, TextEdit } from 'vscode-languageserver';
import type { CheckOptions, CheckResult } from '../core/check';
import {
  cellPerLineTables,
  codeActions,
  conversionAction,
  documentSymbols,
  foldingRanges,
  formatPipeTables,
  hoverAt,
  inlayHints,
  rewriteAsPipeRows,
  tablesAsCsv,
  tablesAsJson,
} from '../core/features';
import { rangeOf } from '../core/features/spans';
import type { ConvertParams, ExportTablesParams } from './protocol';
import { toLspDiagnostic, toLspEdit, toLspFoldingRange, toLspInlayHint, toLspSymbol } from './toLsp';

/** The parameters of a code-action request that the answer needs; all of it can cross to the check worker. */
export interface CodeActionAnswerParams {
  uri: string;
  range: Range;
  only?: string[];
  /** The user opened the menu (CodeActionTriggerKind.Invoked): whole-document actions are offered too. */
  invoked: boolean;
  checkOptions: CheckOptions;
}

/**
 * A code action and the diagnostic it fixes, if any; the handler swaps that diagnostic for the editor's own copy of
 * it (which the editor matches by identity), which only the main thread has.
 */
export interface AnsweredCodeAction {
  action: CodeAction;
  fixes?: LspDiagnostic;
}

/**
 * Every request about one document, answered from its check result: pure functions of (result, params) to what the
 * protocol sends. The handlers run them on the main thread, or ask the check worker to run them on the result it
 * keeps of a large document (checkWorker.ts), so both answer alike.
 */
export const ANSWERS = {
  hover(result: CheckResult, { position }: { position: Position }): Hover | null {
    const hover = hoverAt(result, result.lineIndex.offsetAt(position));
    return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: rangeOf(result.lineIndex, hover.span) } : null;
  },
  documentSymbols(result: CheckResult): DocumentSymbol[] {
    return documentSymbols(result).map(toLspSymbol);
  },
  foldingRanges(result: CheckResult): FoldingRange[] {
    return foldingRanges(result).map(toLspFoldingRange);
  },
  inlayHints(result: CheckResult, { range }: { range: Range }): InlayHint[] {
    const { lineIndex } = result;
    return inlayHints(result, { start: lineIndex.offsetAt(range.start), end: lineIndex.offsetAt(range.end) }).map(toLspInlayHint);
  },
  formatting(result: CheckResult): TextEdit[] {
    return formatPipeTables(result).map((edit) => toLspEdit(edit, result.lineIndex));
  },
  codeActions(result: CheckResult, params: CodeActionAnswerParams): AnsweredCodeAction[] {
    const { lineIndex } = result;
    const span = { start: lineIndex.offsetAt(params.range.start), end: lineIndex.offsetAt(params.range.end) };
    const actions = codeActions(result, { span, only: params.only, includeDocumentActions: params.invoked, checkOptions: params.checkOptions });
    return actions.map((reportAction) => {
      const action: CodeAction = {
        title: reportAction.title,
        kind: reportAction.kind,
        edit: { changes: { [params.uri]: reportAction.edits.map((edit) => toLspEdit(edit, lineIndex)) } },
      };
      if (reportAction.isPreferred) action.isPreferred = true;
      return reportAction.diagnostic ? { action, fixes: toLspDiagnostic(reportAction.diagnostic, params.uri) } : { action };
    });
  },
  exportTables(result: CheckResult, { format }: Pick<ExportTablesParams, 'format'>): { content: string } {
    return { content: format === 'csv' ? tablesAsCsv(result) : tablesAsJson(result) };
  },
  convert(result: CheckResult, { target }: Pick<ConvertParams, 'target'>): TextEdit[] {
    return conversionAction(result, target).flatMap((action) => action.edits.map((edit) => toLspEdit(edit, result.lineIndex)));
  },
  rewriteTables(result: CheckResult): TextEdit[] {
    return cellPerLineTables(result).map((section) => toLspEdit(rewriteAsPipeRows(result, section.table), result.lineIndex));
  },
};

export type AnswerName = keyof typeof ANSWERS;
type AnswerFunction<N extends AnswerName> = (typeof ANSWERS)[N];
/** What answer N takes besides the result; answers that take nothing take an empty object. */
export type AnswerParams<N extends AnswerName> = Parameters<AnswerFunction<N>> extends [CheckResult, infer P] ? P : Record<string, never>;
export type AnswerOf<N extends AnswerName> = ReturnType<AnswerFunction<N>>;

/** Runs answer `name` on `result` (on whichever thread holds the result). */
export function answer<N extends AnswerName>(name: N, result: CheckResult, params: AnswerParams<N>): AnswerOf<N> {
  return (ANSWERS[name] as (result: CheckResult, params: AnswerParams<N>) => AnswerOf<N>)(result, params);
}
