import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, clientOptions, type GovreportApi } from './activate';
import { SizeLimitGate } from './sizeLimit';

/** The web worker constructor of the extension host (the DOM library is not part of this project's types). */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

/** Web extension entry (vscode.dev): the bundled server runs in a web worker and sees the open documents only. */
export async function activate(context: vscode.ExtensionContext): Promise<GovreportApi> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server', 'browser.js');
  const worker = new Worker(serverMain.toString(true));
  const sizeLimit = new SizeLimitGate();
  const client = new LanguageClient('govreport', 'Government Report', clientOptions(sizeLimit), worker);
  return activateWith(context, client, sizeLimit);
}

export function deactivate(): void {
  // The client is in context.subscriptions; disposing it stops the worker.
}
