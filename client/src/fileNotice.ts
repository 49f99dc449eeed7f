import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Diagnostic } from 'vscode-languageserver-protocol';

/**
 * Shows a notice on a file the client did not send to the server (above govreport.maxFileSize, or not text), in the
 * server's own diagnostic collection, so the server's diagnostics replace it once the file is sent.
 */
export function showFileNotice(client: BaseLanguageClient, uri: vscode.Uri, notice: Diagnostic): void {
  client.diagnostics?.set(uri, [client.protocol2CodeConverter.asDiagnostic(notice)]);
}
