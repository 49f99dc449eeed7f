/**
 * The yardstick of the huge-document figures: a language server made of vscode-languageserver alone, which answers
 * every opened document with an empty diagnostic list at once. Started over the same transport, with the same V8
 * flags and IPC serialisation as govreport's server, it receives the same messages through the same library, so how
 * long it holds a small document up behind a huge one is what the transport itself costs (the client writing, the
 * pipe, the library decoding the message); govreport's hold beyond it is what govreport's server adds.
 */
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

// The transport comes from the process arguments (--stdio or --node-ipc), as for govreport's server.
const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } }));
documents.onDidOpen(({ document }) => {
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] });
});
documents.listen(connection);
connection.listen();
