import * as vscode from 'vscode';
import { DidOpenTextDocumentNotification, type BaseLanguageClient, type Middleware } from 'vscode-languageclient';
import { maxFileSizeFrom, sizeLimitDiagnostic } from '../../server/src/lsp/sizeLimit';
import { showFileNotice } from './fileNotice';

/** govreport.maxFileSize for a file (the setting is resource-scoped), read as the server reads it. */
export function maxFileSizeOf(uri: vscode.Uri): number {
  return maxFileSizeFrom(vscode.workspace.getConfiguration('govreport', uri).get('maxFileSize'));
}

/** The document's length in characters, from VS Code's line index, without building the text as one string. */
export function lengthOf(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/**
 * A report above govreport.maxFileSize is not sent to the server at all: the server would only answer it with the
 * size notice, and sending it costs both processes the time to copy it (≈0.1 s for 50 MB), during which every other
 * report waits. The client shows the server's notice itself, and sends the document once it is back under the limit
 * (by editing, or by the setting being raised). A document the server already holds stays there when it grows or the
 * limit is lowered; the server then answers with the same notice.
 */
export class SizeLimitGate {
  /** Open documents withheld from the server, by URI. */
  private readonly withheld = new Map<string, vscode.TextDocument>();
  private client: BaseLanguageClient | undefined;

  readonly middleware: Middleware = {
    didOpen: (document, next) => (this.isAboveLimit(document) ? this.withhold(document) : next(document)),
    didChange: async (event, next) => {
      if (!this.withheld.has(event.document.uri.toString())) return next(event);
      await this.reconsider(event.document);
    },
    didClose: async (document, next) => {
      if (!this.release(document)) return next(document);
    },
    didSave: async (document, next) => {
      if (!this.withheld.has(document.uri.toString())) return next(document);
    },
    willSave: async (event, next) => {
      if (!this.withheld.has(event.document.uri.toString())) return next(event);
    },
    willSaveWaitUntil: async (event, next) => (this.withheld.has(event.document.uri.toString()) ? [] : next(event)),
  };

  /** The client the middleware belongs to: the notices go into its diagnostic collection, the late opens to its server. */
  attach(client: BaseLanguageClient): vscode.Disposable {
    this.client = client;
    return vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('govreport.maxFileSize')) return;
      for (const document of [...this.withheld.values()]) void this.reconsider(document);
    });
  }

  withheldUris(): string[] {
    return [...this.withheld.keys()];
  }

  isAboveLimit(document: vscode.TextDocument): boolean {
    return lengthOf(document) > maxFileSizeOf(document.uri);
  }

  private async withhold(document: vscode.TextDocument): Promise<void> {
    this.withheld.set(document.uri.toString(), document);
    this.showNotice(document);
  }

  /** A withheld document changed, or the limit did: still above it, the notice is renewed; under it, it is sent. */
  private async reconsider(document: vscode.TextDocument): Promise<void> {
    if (this.isAboveLimit(document)) {
      this.showNotice(document);
      return;
    }
    // Released once: a change and a settings change may both find it under the limit, and it is opened only once.
    if (!this.release(document)) return;
    const client = this.client!;
    await client.sendNotification(DidOpenTextDocumentNotification.type, client.code2ProtocolConverter.asOpenTextDocumentParams(document));
  }

  /** Forgets a withheld document and clears its notice; false when it was not withheld. */
  private release(document: vscode.TextDocument): boolean {
    if (!this.withheld.delete(document.uri.toString())) return false;
    this.client?.diagnostics?.delete(document.uri);
    return true;
  }

  private showNotice(document: vscode.TextDocument): void {
    if (this.client) showSizeNotice(this.client, document.uri, lengthOf(document), maxFileSizeOf(document.uri));
  }
}

/** The server's size notice, shown by the client for a file it does not send: `length` characters over `limit`. */
export function showSizeNotice(client: BaseLanguageClient, uri: vscode.Uri, length: number, limit: number): void {
  showFileNotice(client, uri, sizeLimitDiagnostic(length, limit));
}
