import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../server/src/lsp/processOptions';
import { activateWith, clientOptions, type GovreportApi } from './activate';

/** Desktop and code-server entry: the bundled server runs in a child Node process, spoken to over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<GovreportApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const client = new LanguageClient('govreport', 'Government Report', serverOptions, clientOptions());
  return activateWith(context, client);
}

export function deactivate(): void {
  // The client is in context.subscriptions; disposing it stops the server.
}
