import {
  CodeActionKind,
  CodeActionTriggerKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DiagnosticSeverity,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkReport } from '../core/check';
import {
  codeActions,
  CodeActionKinds,
  conversionAction,
  documentSymbols,
  foldingRanges,
  formatPipeTables,
  hoverAt,
  inlayHints,
  looksLikeReport,
  newReportTemplate,
  cellPerLineTables,
  rewriteAsPipeRows,
  tablesAsCsv,
  tablesAsJson,
} from '../core/features';
import { rangeOf } from '../core/features/spans';
import { AnalysisCache, type Analysis } from './analysis';
import { DocumentConfigs, type WorkspaceState } from './documentConfig';
import { BROWSER_ENVIRONMENT, type ServerEnvironment } from './environment';
import {
  CheckFilesRequest,
  ConvertRequest,
  ExportTablesRequest,
  LooksLikeReportRequest,
  NewReportRequest,
  RewriteTablesRequest,
  WorkspaceTrustedNotification,
  type GovreportInitializationOptions,
} from './protocol';
import { sizeLimitDiagnostic } from './sizeLimit';
import { sameDiagnostic, toLspDiagnostic, toLspEdit, toLspFoldingRange, toLspInlayHint, toLspSymbol } from './toLsp';

/**
 * Delay between the last keystroke and the check. A check takes about a millisecond; the delay only spares the
 * editor a flood of diagnostics while a word is typed. The budget is 150 ms.
 */
export const CHECK_DEBOUNCE_MS = 50;

/** Files whose change means configuration or last year's report may have changed. */
const WATCHED_FILES = ['**/.govreportrc.json', '**/*.govreport', '**/*.txt'];

/**
 * Starts the govreport language server on a connection. Handlers are thin: each maps a request onto a core feature
 * over the cached check of the document's current version.
 */
export function startServer(connection: Connection, environment: ServerEnvironment = BROWSER_ENVIRONMENT): void {
  const documents = new TextDocuments(TextDocument);
  const workspace: WorkspaceState = { folders: [], trusted: true, canAskConfiguration: false };
  const configs = new DocumentConfigs(connection, environment, workspace);
  const cache = new AnalysisCache();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents checked at least once since they were opened: the first check runs at once, later ones debounced. */
  const checkedOnce = new Set<string>();
  let canRegisterConfiguration = false;
  let canRegisterWatchers = false;
  let canRefreshInlayHints = false;
  let supportsWorkspaceFolders = false;

  const openDocumentText = (key: string): string | undefined =>
    documents.all().find((document) => environment.documentKey(document.uri) === key)?.getText();

  /**
   * The analysis of the document's current version, or undefined if it closed or changed while configuration loaded.
   * `forPublish`: a large document is checked on the worker thread (diagnostics only, the rest when asked for).
   */
  async function analysisOf(uri: string, forPublish = false): Promise<Analysis | undefined> {
    const version = documents.get(uri)?.version;
    if (version === undefined) return undefined;
    const documentConfig = await configs.get(uri);
    const document = documents.get(uri);
    if (!document || document.version !== version) return undefined;
    const options = configs.checkOptions(documentConfig, openDocumentText);
    return forPublish
      ? cache.analyseForPublish(document, documentConfig, options, configs.generation, environment.offThreadCheck)
      : cache.analyse(document, documentConfig, options, configs.generation);
  }

  async function publish(uri: string): Promise<void> {
    const analysis = await analysisOf(uri, true);
    // A newer version has its own check scheduled; never publish a stale one.
    if (!analysis || documents.get(uri)?.version !== analysis.version) return;
    await connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: analysis.diagnostics });
  }

  function scheduleCheck(uri: string): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void publish(uri);
      }, CHECK_DEBOUNCE_MS),
    );
  }

  function recheckAll(): void {
    configs.invalidate();
    for (const document of documents.all()) scheduleCheck(document.uri);
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  }

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    workspace.canAskConfiguration = capabilities.workspace?.configuration === true;
    canRegisterConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canRegisterWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRefreshInlayHints = capabilities.workspace?.inlayHint?.refreshSupport === true;
    supportsWorkspaceFolders = capabilities.workspace?.workspaceFolders === true;
    workspace.folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (workspace.folders.length === 0 && params.rootUri) workspace.folders = [params.rootUri];
    const options = (params.initializationOptions ?? {}) as GovreportInitializationOptions;
    workspace.trusted = options.workspaceTrusted !== false;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        inlayHintProvider: true,
        documentFormattingProvider: true,
        codeActionProvider: {
          codeActionKinds: [
            CodeActionKind.QuickFix,
            CodeActionKinds.fixAll,
            CodeActionKinds.toTraditional,
            CodeActionKinds.toSimplified,
            CodeActionKinds.insertSection,
            CodeActionKinds.insertTable,
            CodeActionKinds.rewritePipeRows,
          ],
        },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'govreport' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'govreport' });
    if (canRegisterWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILES.map((globPattern) => ({ globPattern })) });
    }
    if (supportsWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(event.removed.map((folder) => folder.uri));
        workspace.folders = [...workspace.folders.filter((folder) => !removed.has(folder)), ...event.added.map((folder) => folder.uri)];
        recheckAll();
      });
    }
  });

  connection.onDidChangeConfiguration(() => recheckAll());
  connection.onDidChangeWatchedFiles(() => recheckAll());
  connection.onNotification(WorkspaceTrustedNotification, () => {
    workspace.trusted = true;
    recheckAll();
  });

  documents.onDidChangeContent(({ document }) => {
    if (checkedOnce.has(document.uri)) {
      scheduleCheck(document.uri);
    } else {
      checkedOnce.add(document.uri);
      void publish(document.uri);
    }
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    checkedOnce.delete(document.uri);
    cache.delete(document.uri);
    configs.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(async ({ textDocument, position }) => {
    const result = (await analysisOf(textDocument.uri))?.result;
    if (!result) return null;
    const hover = hoverAt(result, result.lineIndex.offsetAt(position));
    return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: rangeOf(result.lineIndex, hover.span) } : null;
  });

  connection.onDocumentSymbol(async ({ textDocument }) => {
    const result = (await analysisOf(textDocument.uri))?.result;
    return result ? documentSymbols(result).map(toLspSymbol) : [];
  });

  connection.onFoldingRanges(async ({ textDocument }) => {
    const result = (await analysisOf(textDocument.uri))?.result;
    return result ? foldingRanges(result).map(toLspFoldingRange) : [];
  });

  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    const analysis = await analysisOf(textDocument.uri);
    if (!analysis?.result || !analysis.documentConfig.settings.inlayHints.enabled) return [];
    const { lineIndex } = analysis.result;
    return inlayHints(analysis.result, { start: lineIndex.offsetAt(range.start), end: lineIndex.offsetAt(range.end) }).map(toLspInlayHint);
  });

  connection.onDocumentFormatting(async ({ textDocument }) => {
    const result = (await analysisOf(textDocument.uri))?.result;
    return result ? formatPipeTables(result).map((edit) => toLspEdit(edit, result.lineIndex)) : [];
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const analysis = await analysisOf(textDocument.uri);
    const result = analysis?.result;
    if (!analysis || !result) return [];
    const span = { start: result.lineIndex.offsetAt(range.start), end: result.lineIndex.offsetAt(range.end) };
    const actions = codeActions(result, {
      span,
      only: context.only,
      includeDocumentActions: context.triggerKind === CodeActionTriggerKind.Invoked,
      checkOptions: analysis.checkOptions,
    });
    return actions.map((action): CodeAction => {
      const codeAction: CodeAction = {
        title: action.title,
        kind: action.kind,
        edit: { changes: { [textDocument.uri]: action.edits.map((edit) => toLspEdit(edit, result.lineIndex)) } },
      };
      if (action.isPreferred) codeAction.isPreferred = true;
      if (action.diagnostic) {
        const fixed = toLspDiagnostic(action.diagnostic, textDocument.uri);
        codeAction.diagnostics = [context.diagnostics.find((candidate) => sameDiagnostic(candidate, fixed)) ?? fixed];
      }
      return codeAction;
    });
  });

  connection.onRequest(ExportTablesRequest, async ({ uri, format }) => {
    const result = (await analysisOf(uri))?.result;
    if (!result) return null;
    return { content: format === 'csv' ? tablesAsCsv(result) : tablesAsJson(result) };
  });

  connection.onRequest(ConvertRequest, async ({ uri, target }) => {
    const result = (await analysisOf(uri))?.result;
    if (!result) return [];
    return conversionAction(result, target).flatMap((action) => action.edits.map((edit) => toLspEdit(edit, result.lineIndex)));
  });

  connection.onRequest(RewriteTablesRequest, async ({ uri }) => {
    const result = (await analysisOf(uri))?.result;
    if (!result) return [];
    return cellPerLineTables(result).map((section) => toLspEdit(rewriteAsPipeRows(result, section.table), result.lineIndex));
  });

  connection.onRequest(NewReportRequest, ({ agency, year }) => ({ text: newReportTemplate({ agency, year }) }));

  connection.onRequest(LooksLikeReportRequest, ({ text }) => looksLikeReport(text));

  connection.onRequest(CheckFilesRequest, async ({ files }) => {
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
      const open = documents.get(file.uri);
      const documentConfig = await configs.get(file.uri);
      // A file above the limit gets the notice an open one gets (the VS Code client does not send such files).
      const diagnostics = open
        ? ((await analysisOf(file.uri))?.diagnostics ?? [])
        : file.text.length > documentConfig.settings.maxFileSize
          ? [sizeLimitDiagnostic(file.text.length, documentConfig.settings.maxFileSize)]
          : checkReport(file.text, configs.checkOptions(documentConfig, openDocumentText)).diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, file.uri));
      if (!open) void connection.sendDiagnostics({ uri: file.uri, diagnostics });
      errors += diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length;
      warnings += diagnostics.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning).length;
    }
    return { files: files.length, errors, warnings };
  });

  documents.listen(connection);
  connection.listen();
}
