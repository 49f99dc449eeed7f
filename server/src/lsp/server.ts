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
import { CodeActionKinds, looksLikeReport, newReportTemplate } from '../core/features';
import { AnalysisCache, type Analysis } from './analysis';
import { answer, type AnswerName, type AnswerOf, type AnswerParams } from './answers';
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
import { sameDiagnostic, toLspDiagnostic } from './toLsp';

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
   * A large document is checked on the worker thread, which also answers the requests about it.
   */
  async function analysisOf(uri: string): Promise<Analysis | undefined> {
    const version = documents.get(uri)?.version;
    if (version === undefined) return undefined;
    const documentConfig = await configs.get(uri);
    const document = documents.get(uri);
    if (!document || document.version !== version) return undefined;
    const options = configs.checkOptions(documentConfig, openDocumentText);
    return cache.analysisFor(document, documentConfig, options, configs.generation, environment.offThreadCheck);
  }

  /**
   * Answer `name` (answers.ts) about the document's current version, from the result wherever it is kept: on the
   * worker thread for a large document (checked there again if the worker no longer keeps it), else here. Undefined
   * when the document is closed or was not checked (above the size limit).
   */
  async function answerAbout<N extends AnswerName>(uri: string, name: N, params: AnswerParams<N>): Promise<AnswerOf<N> | undefined> {
    const analysis = await analysisOf(uri);
    if (!analysis) return undefined;
    const offThread = environment.offThreadCheck;
    if (analysis.offThread && offThread) {
      try {
        let answered = await offThread.answer(analysis.offThread.checkId, name, params);
        if (!answered) {
          analysis.offThread.checkId = (await offThread.check(analysis.offThread.text, analysis.checkOptions)).checkId;
          answered = await offThread.answer(analysis.offThread.checkId, name, params);
        }
        if (answered) return answered.answered;
      } catch {
        // The worker failed: answer from the result computed here.
      }
    }
    return analysis.result && answer(name, analysis.result, params);
  }

  async function publish(uri: string): Promise<void> {
    const analysis = await analysisOf(uri);
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
    const offThreadResult = cache.delete(document.uri)?.offThread;
    if (offThreadResult) environment.offThreadCheck?.release(offThreadResult.checkId);
    configs.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(async ({ textDocument, position }) => (await answerAbout(textDocument.uri, 'hover', { position })) ?? null);

  connection.onDocumentSymbol(async ({ textDocument }) => (await answerAbout(textDocument.uri, 'documentSymbols', {})) ?? []);

  connection.onFoldingRanges(async ({ textDocument }) => (await answerAbout(textDocument.uri, 'foldingRanges', {})) ?? []);

  connection.languages.inlayHint.on(async ({ textDocument, range }) => {
    if (!(await configs.get(textDocument.uri)).settings.inlayHints.enabled) return [];
    return (await answerAbout(textDocument.uri, 'inlayHints', { range })) ?? [];
  });

  connection.onDocumentFormatting(async ({ textDocument }) => (await answerAbout(textDocument.uri, 'formatting', {})) ?? []);

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    const uri = textDocument.uri;
    const checkOptions = (await analysisOf(uri))?.checkOptions;
    if (!checkOptions) return [];
    const invoked = context.triggerKind === CodeActionTriggerKind.Invoked;
    const answered = (await answerAbout(uri, 'codeActions', { uri, range, only: context.only, invoked, checkOptions })) ?? [];
    return answered.map(({ action, fixes }): CodeAction => {
      // The editor knows its diagnostics by identity: the action names the editor's own copy of the one it fixes.
      if (fixes) action.diagnostics = [context.diagnostics.find((candidate) => sameDiagnostic(candidate, fixes)) ?? fixes];
      return action;
    });
  });

  connection.onRequest(ExportTablesRequest, async ({ uri, format }) => (await answerAbout(uri, 'exportTables', { format })) ?? null);

  connection.onRequest(ConvertRequest, async ({ uri, target }) => (await answerAbout(uri, 'convert', { target })) ?? []);

  connection.onRequest(RewriteTablesRequest, async ({ uri }) => (await answerAbout(uri, 'rewriteTables', {})) ?? []);

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
