import type { ForkOptions as NodeForkOptions } from 'node:child_process';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ForkOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV, SERVER_IPC_SERIALIZATION } from '../../server/src/lsp/processOptions';
import { activateWith, clientOptions, type GovreportApi } from './activate';
import { SizeLimitGate } from './sizeLimit';

/** Desktop and code-server entry: the bundled server runs in a child Node process, spoken to over IPC. */
export async function activate(context: vscode.ExtensionContext): Promise<GovreportApi> {
  const module = context.asAbsolutePath(path.join('dist', 'server', 'server.js'));
  // vscode-languageclient hands these options to child_process.fork as they are; its ForkOptions type does not list
  // Node's `serialization`, hence the wider type.
  const runOptions: ForkOptions & Pick<NodeForkOptions, 'serialization'> = { execArgv: [...SERVER_EXEC_ARGV], serialization: SERVER_IPC_SERIALIZATION };
  const debugOptions: typeof runOptions = { ...runOptions, execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: runOptions },
    debug: { module, transport: TransportKind.ipc, options: debugOptions },
  };
  const sizeLimit = new SizeLimitGate();
  const client = new LanguageClient('govreport', 'Government Report', serverOptions, clientOptions(sizeLimit));
  return activateWith(context, client, sizeLimit);
}

export function deactivate(): void {
  // The client is in context.subscriptions; disposing it stops the server.
}
