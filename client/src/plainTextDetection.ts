import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { LooksLikeReportRequest } from '../../server/src/lsp/protocol';
import type { EnsureStarted } from './activate';
import { GOVREPORT_LANGUAGE_ID } from './commands';
import type { SizeLimitGate } from './sizeLimit';

/**
 * Opt-in (`govreport.plainText.detect`): a plain-text file with at least three of the six standard headings is
 * switched to the report language, so it is checked like a .govreport file.
 */
export function registerPlainTextDetection(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  ensureStarted: EnsureStarted,
  sizeLimit: SizeLimitGate,
): void {
  const consider = async (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('govreport', document.uri).get<boolean>('plainText.detect', false)) return;
    // A plain-text file above the size limit would not be checked as a report either; its text is not sent to be tested.
    if (sizeLimit.isAboveLimit(document)) return;
    await ensureStarted();
    if (await client.sendRequest(LooksLikeReportRequest, { text: document.getText() })) {
      await vscode.languages.setTextDocumentLanguage(document, GOVREPORT_LANGUAGE_ID);
    }
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => void consider(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('govreport.plainText.detect')) vscode.workspace.textDocuments.forEach((document) => void consider(document));
    }),
  );
  vscode.workspace.textDocuments.forEach((document) => void consider(document));
}
