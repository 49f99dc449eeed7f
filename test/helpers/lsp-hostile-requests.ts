import {
  CodeActionRequest,
  CodeActionTriggerKind,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol';
import { checkReport, type CheckResult } from '../../server/src/core';
import { codeActions, documentSymbols, foldingRanges, formatPipeTables, hoverAt, inlayHints } from '../../server/src/core/features';
import { rangeOf } from '../../server/src/core/features/spans';
import { toLspEdit, toLspFoldingRange, toLspInlayHint, toLspSymbol } from '../../server/src/lsp/toLsp';
import type { LspTestClient } from './lsp-client';

/** Where the editor requests go: a hover position and a range for code actions and inlay hints. */
export interface Probe {
  hover: Position;
  range: Range;
  /** Automatic is what an editor sends on every cursor move; Invoked adds the whole-document actions. */
  triggerKind: CodeActionTriggerKind;
}

/** The six editor requests of issue 7, as the client would send them, with what the server answered. */
export interface Answers {
  hover: unknown;
  documentSymbol: unknown;
  foldingRange: unknown;
  codeAction: unknown;
  inlayHint: unknown;
  formatting: unknown;
}

/** Sends the six requests at once (as an editor does on opening a file) and waits for every answer. */
export async function askEverything(client: LspTestClient, uri: string, probe: Probe): Promise<Answers> {
  const textDocument = { uri };
  const { connection } = client;
  const [hover, documentSymbol, foldingRange, codeAction, inlayHint, formatting] = await Promise.all([
    connection.sendRequest(HoverRequest.type, { textDocument, position: probe.hover }),
    connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
    connection.sendRequest(CodeActionRequest.type, { textDocument, range: probe.range, context: { diagnostics: [], triggerKind: probe.triggerKind } }),
    connection.sendRequest(InlayHintRequest.type, { textDocument, range: probe.range }),
    connection.sendRequest(DocumentFormattingRequest.type, { textDocument, options: { tabSize: 2, insertSpaces: true } }),
  ]);
  return { hover, documentSymbol, foldingRange, codeAction, inlayHint, formatting };
}

/** What a request answers for a document the server does not hold, or holds without checking it (above the size limit). */
export const NO_ANSWERS: Answers = { hover: null, documentSymbol: [], foldingRange: [], codeAction: [], inlayHint: [], formatting: [] };

/** As it comes out of JSON: undefined properties dropped. */
function overTheWire<T>(value: T): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

/**
 * The answers the core's features give for the text, in the server's LSP shapes, computed in the test process
 * (default settings: no previous report, inlay hints on, no context diagnostics in the code-action request).
 */
export function expectedAnswers(text: string, probe: Probe, result: CheckResult = checkReport(text)): Answers {
  const { lineIndex } = result;
  const span = { start: lineIndex.offsetAt(probe.range.start), end: lineIndex.offsetAt(probe.range.end) };
  const hover = hoverAt(result, lineIndex.offsetAt(probe.hover));
  const actions = codeActions(result, { span, includeDocumentActions: probe.triggerKind === CodeActionTriggerKind.Invoked, checkOptions: {} });
  return {
    hover: hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: rangeOf(lineIndex, hover.span) } : null,
    documentSymbol: overTheWire(documentSymbols(result).map(toLspSymbol)),
    foldingRange: overTheWire(foldingRanges(result).map(toLspFoldingRange)),
    // Compared by title and kind: the edits of whole-document actions are megabytes long and checked elsewhere.
    codeAction: actions.map((action) => ({ title: action.title, kind: action.kind })),
    inlayHint: overTheWire(inlayHints(result, span).map(toLspInlayHint)),
    formatting: overTheWire(formatPipeTables(result).map((edit) => toLspEdit(edit, lineIndex))),
  };
}

/** The server's answers with code actions reduced to title and kind, to compare with expectedAnswers. */
export function comparable(answers: Answers): Answers {
  const actions = (answers.codeAction ?? []) as { title: string; kind?: string }[];
  return { ...answers, codeAction: actions.map((action) => ({ title: action.title, kind: action.kind })) };
}
