import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { after, before, describe, it } from 'node:test';
// The browser flavour of the protocol library, as the web extension's client uses it; this file must not load the
// node flavour (one process, one runtime binding).
import {
  BrowserMessageReader,
  BrowserMessageWriter,
  CodeActionRequest,
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  HoverRequest,
  InitializeRequest,
  PublishDiagnosticsNotification,
  type CodeAction,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/browser';
import { applyLspEdits, expectedDiagnostics, seen } from '../helpers/lsp-expect';
import { toTraditional } from '../../server/src/core/text/convert';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const BROWSER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server', 'browser.js');

/**
 * Runs the web-worker bundle in a Node worker thread: the worker's `self` is one end of a MessageChannel (Node's
 * MessagePort has the same onmessage/postMessage surface as a browser worker scope), the client holds the other.
 */
describe('web worker server bundle', () => {
  let worker: Worker;
  let connection: ProtocolConnection;
  const published: PublishDiagnosticsParams[] = [];

  before(async () => {
    const { port1, port2 } = new MessageChannel();
    worker = new Worker(`globalThis.self = require('node:worker_threads').workerData.port; require(${JSON.stringify(BROWSER_BUNDLE)});`, {
      eval: true,
      workerData: { port: port2 },
      transferList: [port2],
    });
    connection = createProtocolConnection(new BrowserMessageReader(port1 as never), new BrowserMessageWriter(port1 as never));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => published.push(params));
    connection.listen();
    await connection.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} });
  });
  after(async () => {
    connection.dispose();
    await worker.terminate();
  });

  it('publishes the same diagnostics and answers hovers from the open document', async () => {
    const text = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'seeds', '004_a38cdfde3829ff42.txt'), 'utf8');
    const uri = 'vscode-vfs://github/agency/reports/004.govreport';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'govreport', version: 1, text } });
    const deadline = Date.now() + 5000;
    while (!published.some((params) => params.uri === uri) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    const diagnostics = published.find((params) => params.uri === uri);
    assert.ok(diagnostics, 'diagnostics published');
    assert.deepEqual(seen(diagnostics.diagnostics), expectedDiagnostics(text));
    const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 54, character: 8 } });
    assert.ok((hover!.contents as MarkupContent).value.startsWith('**（七）总计·自然人** 应等于各办理结果之和'));
  });

  // The node bundles load opencc's Simplified → Traditional build from a file beside them on first use; a web
  // worker loads one file, so its bundle must hold that build itself. (In this Node worker a require of a file beside
  // the bundle would still work, so the bundle is also read for one.)
  it('converts the document to Traditional with the opencc build inside the bundle', async () => {
    assert.doesNotMatch(readFileSync(BROWSER_BUNDLE, 'utf8'), /\brequire\("\.\.?\//);
    const text = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'seeds', '004_a38cdfde3829ff42.txt'), 'utf8');
    const uri = 'vscode-vfs://github/agency/reports/004-traditional.govreport';
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'govreport', version: 1, text } });
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.convert.govreport.traditional'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    const converted = applyLspEdits(text, actions[0]!.edit!.changes![uri]!);
    assert.equal(converted, toTraditional(text));
    assert.ok(converted.startsWith('當前頁面: 首頁 > 政務公開'));
  });
});
