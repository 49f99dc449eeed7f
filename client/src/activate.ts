import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { GOVREPORT_LANGUAGE_ID, registerCommands } from './commands';
import { registerPlainTextDetection } from './plainTextDetection';
import { registerStatusBar } from './statusBar';
import { WorkspaceTrustedNotification, type GovreportInitializationOptions } from '../../server/src/lsp/protocol';

/** Options shared by the node and web clients. */
export function clientOptions(): LanguageClientOptions {
  const initializationOptions: GovreportInitializationOptions = { workspaceTrusted: vscode.workspace.isTrusted };
  return {
    documentSelector: [{ language: GOVREPORT_LANGUAGE_ID }],
    synchronize: { configurationSection: 'govreport' },
    initializationOptions,
    diagnosticCollectionName: 'govreport',
  };
}

/** Starts the client and registers everything around it; the node and web entries differ only in `client`. */
export async function activateWith(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<void> {
  context.subscriptions.push(client);
  registerStatusBar(context);
  registerCommands(context, client);
  await client.start();
  registerPlainTextDetection(context, client);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(WorkspaceTrustedNotification)),
  );
}
