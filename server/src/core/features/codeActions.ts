import type { CheckOptions, CheckResult } from '../check';
import type { Diagnostic, TextEdit } from '../diagnostic';
import { fixAll } from '../fix';
import type { Span } from '../model';
import { rule as sectionMissing } from '../rules/GR101-section-missing';
import { rule as tableMissing } from '../rules/GR110-table-missing';
import { toSimplified, toTraditional } from '../text/convert';
import { missingSectionInsertions, missingTableInsertions, standardHeading } from './insertSection';
import { cellPerLineTables, rewriteAsPipeRows } from './rewriteTable';
import { spansOverlap } from './spans';
import { changedPart } from './textDiff';

/** Code action kinds the server offers; package.json declares FIX_ALL for editor.codeActionsOnSave. */
export const CodeActionKinds = {
  quickFix: 'quickfix',
  fixAll: 'source.fixAll.govreport',
  toTraditional: 'source.convert.govreport.traditional',
  toSimplified: 'source.convert.govreport.simplified',
  insertSection: 'refactor.govreport.insertSection',
  insertTable: 'refactor.govreport.insertTable',
  rewritePipeRows: 'refactor.rewrite.govreport.pipeRows',
} as const;

export interface ReportCodeAction {
  title: string;
  kind: string;
  edits: TextEdit[];
  /** The diagnostic a quick fix resolves. */
  diagnostic?: Diagnostic;
  isPreferred?: boolean;
}

export interface CodeActionRequest {
  /** The selection or cursor the editor asks about. */
  span: Span;
  /** Kinds the editor asked for (a prefix matches its sub-kinds); undefined means all. */
  only?: string[];
  /**
   * Whole-document actions (fix all, conversion) cost a full pass over the text; the editor asks for actions on
   * every cursor move, so they are computed only when asked for by kind or when the user opened the menu.
   */
  includeDocumentActions: boolean;
  checkOptions?: CheckOptions;
}

function wanted(kind: string, only: string[] | undefined): boolean {
  return only === undefined || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

function wholeDocumentAction(title: string, kind: string, before: string, after: string): ReportCodeAction[] {
  const edit = changedPart(before, after);
  return edit ? [{ title, kind, edits: [edit] }] : [];
}

/** Fix all: the core's fixAll (several passes, one fix can settle another) as one edit over the changed part. */
export function fixAllAction(result: CheckResult, checkOptions?: CheckOptions): ReportCodeAction[] {
  return wholeDocumentAction('修复所有可自动修复的问题', CodeActionKinds.fixAll, result.text, fixAll(result.text, checkOptions).text);
}

export function conversionAction(result: CheckResult, target: 'traditional' | 'simplified'): ReportCodeAction[] {
  return target === 'traditional'
    ? wholeDocumentAction('将全文转换为繁体字', CodeActionKinds.toTraditional, result.text, toTraditional(result.text))
    : wholeDocumentAction('将全文转换为简体字', CodeActionKinds.toSimplified, result.text, toSimplified(result.text));
}

export function codeActions(result: CheckResult, request: CodeActionRequest): ReportCodeAction[] {
  const actions: ReportCodeAction[] = [];
  const { only, span } = request;

  if (wanted(CodeActionKinds.quickFix, only)) {
    for (const diagnostic of result.diagnostics) {
      if (!diagnostic.fix || !spansOverlap(diagnostic.span, span)) continue;
      actions.push({ title: diagnostic.fix.title, kind: CodeActionKinds.quickFix, edits: diagnostic.fix.edits, diagnostic, isPreferred: true });
    }
  }

  const askedFor = (kind: string) => wanted(kind, only) && (request.includeDocumentActions || only !== undefined);
  if (askedFor(CodeActionKinds.fixAll)) actions.push(...fixAllAction(result, request.checkOptions));
  if (askedFor(CodeActionKinds.toTraditional)) actions.push(...conversionAction(result, 'traditional'));
  if (askedFor(CodeActionKinds.toSimplified)) actions.push(...conversionAction(result, 'simplified'));

  // Inserting a section or table needs the document's layout, so the rules leave these fixes to the editor: the
  // insertion is a quick fix on the rule's diagnostic where the cursor is on it, a refactoring anywhere else.
  const diagnosticFor = (code: string, heading: string) =>
    result.diagnostics.find((diagnostic) => diagnostic.code === code && diagnostic.message.includes(`“${heading}”`) && spansOverlap(diagnostic.span, span));
  const insertion = (title: string, kind: string, edit: TextEdit, diagnostic: Diagnostic | undefined): ReportCodeAction | undefined => {
    if (diagnostic && wanted(CodeActionKinds.quickFix, only)) return { title, kind: CodeActionKinds.quickFix, edits: [edit], diagnostic };
    return wanted(kind, only) ? { title, kind, edits: [edit] } : undefined;
  };
  for (const { spec, edit } of missingSectionInsertions(result)) {
    const heading = standardHeading(spec);
    const title = `插入缺少的部分“${heading}”${spec.table ? '及空白标准表格' : ''}`;
    const action = insertion(title, CodeActionKinds.insertSection, edit, diagnosticFor(sectionMissing.meta.code, heading));
    if (action) actions.push(action);
  }
  for (const { spec, edit } of missingTableInsertions(result)) {
    const heading = standardHeading(spec);
    const action = insertion(`在“${heading}”下插入空白标准表格`, CodeActionKinds.insertTable, edit, diagnosticFor(tableMissing.meta.code, heading));
    if (action) actions.push(action);
  }
  if (wanted(CodeActionKinds.rewritePipeRows, only)) {
    for (const section of cellPerLineTables(result)) {
      if (!spansOverlap(section.table.span, span)) continue;
      actions.push({ title: '将每行一格的表格改写为竖线分隔的行', kind: CodeActionKinds.rewritePipeRows, edits: [rewriteAsPipeRows(result, section.table)] });
    }
  }
  return actions;
}
