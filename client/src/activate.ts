import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { GOVREPORT_LANGUAGE_ID, registerCommands } from './commands';
import { registerPlainTextDetection } from './plainTextDetection';
import type { SizeLimitGate } from './sizeLimit';
import { registerStatusBar } from './statusBar';
import { WorkspaceTrustedNotification, type GovreportInitializationOptions } from '../../server/src/lsp/protocol';

/** Options shared by the node and web clients; `sizeLimit` keeps reports above govreport.maxFileSize from the server. */
export function clientOptions(sizeLimit: SizeLimitGate): LanguageClientOptions {
  const initializationOptions: GovreportInitializationOptions = { workspaceTrusted: vscode.workspace.isTrusted };
  return {
    documentSelector: [{ language: GOVREPORT_LANGUAGE_ID }],
    synchronize: { configurationSection: 'govreport' },
    initializationOptions,
    diagnosticCollectionName: 'govreport',
    middleware: sizeLimit.middleware,
  };
}

/** Starts the client once, on first need. */
export type EnsureStarted = () => Promise<void>;

/** What the extension returns from `activate`: lets tests (and other extensions) see whether the server runs. */
export interface GovreportApi {
  isServerStarted(): boolean;
  /** URIs of the open reports not sent to the server because they are above govreport.maxFileSize. */
  withheldFromServer(): string[];
}

/**
 * Registers everything around the client; the node and web entries differ only in `client`. The extension is
 * activated for plain-text files too (for the opt-in report detection), so the server starts only when a report is
 * open, a command needs it, or detection is on: an unrelated text file never starts it.
 */
export async function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient, sizeLimit: SizeLimitGate): Promise<GovreportApi> {
  context.subscriptions.push(client, sizeLimit.attach(client));
  let started: Promise<void> | undefined;
  const ensureStarted: EnsureStarted = () => (started ??= client.start());
  registerStatusBar(context);
  registerCommands(context, client, ensureStarted);
  registerPlainTextDetection(context, client, ensureStarted, sizeLimit);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId === GOVREPORT_LANGUAGE_ID) void ensureStarted();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (started) void started.then(() => client.sendNotification(WorkspaceTrustedNotification));
    }),
  );
  if (vscode.workspace.textDocuments.some((document) => document.languageId === GOVREPORT_LANGUAGE_ID)) await ensureStarted();
  return { isServerStarted: () => started !== undefined, withheldFromServer: () => sizeLimit.withheldUris() };
}
