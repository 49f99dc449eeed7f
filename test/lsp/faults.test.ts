import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CodeActionTriggerKind,
  DocumentSymbolRequest,
  ErrorCodes,
  ExitNotification,
  HoverRequest,
  InlayHintRequest,
  ResponseError,
  ShutdownRequest,
  type CodeAction,
  type Hover,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol';
import { checkReport, LineIndex } from '../../server/src/core';
import { codeActions, hoverAt } from '../../server/src/core/features';
import { rangeOf } from '../../server/src/core/features/spans';
import { CHECK_DEBOUNCE_MS } from '../../server/src/lsp/server';
import { ConvertRequest, ExportTablesRequest, RewriteTablesRequest } from '../../server/src/lsp/protocol';
import { LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { expectedDiagnostics, seen } from '../helpers/lsp-expect';
import { millionCharacterLine } from '../helpers/lsp-hostile-inputs';
import { startServerProcess, within, type ServerProcess } from '../helpers/lsp-hostile-process';
import { askEverything, NO_ANSWERS, type Probe } from '../helpers/lsp-hostile-requests';

/**
 * Protocol faults (issue 7), driven through the JSON-RPC client: requests for documents the server does not hold,
 * positions far outside the document, malformed parameters, cancelled requests, edits arriving faster than checks,
 * and a client that goes away. The server must answer each properly and keep serving.
 */

const PROBE: Probe = { hover: { line: 0, character: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } }, triggerKind: CodeActionTriggerKind.Invoked };

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The answer of the core's hover at a position, in the server's shape. */
function coreHover(text: string, position: Position): Hover | null {
  const result = checkReport(text);
  const hover = hoverAt(result, result.lineIndex.offsetAt(position));
  return hover ? { contents: { kind: 'markdown', value: hover.markdown }, range: rangeOf(result.lineIndex, hover.span) } : null;
}

describe('protocol faults', () => {
  let client: LspTestClient;
  const text = readSeed('004');
  const lines = text.split('\n');
  const uri = seedUri('004-faults');

  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server is still serving and shuts down cleanly');
  });

  const hover = (position: Position, at = uri) => client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: at }, position });

  describe('documents the server does not hold', () => {
    it('a document never opened: every request answers null or [], the extension’s requests too', async () => {
      const never = 'file:///faults/never-opened.govreport';
      assert.deepEqual(await askEverything(client, never, PROBE), NO_ANSWERS);
      assert.equal(await client.connection.sendRequest(ExportTablesRequest, { uri: never, format: 'csv' }), null);
      assert.deepEqual(await client.connection.sendRequest(ConvertRequest, { uri: never, target: 'traditional' }), []);
      assert.deepEqual(await client.connection.sendRequest(RewriteTablesRequest, { uri: never }), []);
    });

    it('a closed document: its diagnostics are cleared once, then every request answers null or []', async () => {
      const closing = seedUri('004-closed');
      await client.open(closing, text);
      assert.ok((await client.diagnosticsFor(closing, 1)).diagnostics.length > 0);
      await client.close(closing);
      const cleared = await client.diagnostics((params) => params.uri === closing && params.version === undefined);
      assert.deepEqual(cleared, { uri: closing, diagnostics: [] });
      assert.deepEqual(await askEverything(client, closing, PROBE), NO_ANSWERS);
      assert.equal(await client.connection.sendRequest(ExportTablesRequest, { uri: closing, format: 'json' }), null);
    });

    it('didChange and didClose for a document never opened are ignored, and nothing is published for it', async () => {
      const unopened = 'file:///faults/changed-unopened.govreport';
      await client.change(unopened, 2, [{ text: readSeed('001') }]);
      await client.change(unopened, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }]);
      await client.close(unopened);
      // A round trip on another document: the notifications above were handled before this answer.
      assert.notEqual(await hover({ line: 2, character: 1 }), null);
      await delay(CHECK_DEBOUNCE_MS * 4);
      assert.deepEqual(await askEverything(client, unopened, PROBE), NO_ANSWERS);
      assert.deepEqual(
        client.published.filter((params) => params.uri === unopened),
        [],
      );
    });
  });

  describe('positions and ranges outside the document', () => {
    const headingLine = lines.findIndex((line) => line.startsWith('一、总体情况'));
    const lastLine = lines.length - 1;
    const documentEnd: Position = { line: lastLine, character: lines[lastLine].length };
    const whole: Range = { start: { line: 0, character: 0 }, end: documentEnd };

    it('a character past the end of the line (up to 2^32 - 1) is the end of the line; a negative one its start', async () => {
      const endOfHeading = { line: headingLine, character: lines[headingLine].length };
      const expected = coreHover(text, endOfHeading);
      assert.notEqual(expected, null, 'the end of a heading line hovers over the heading');
      assert.deepEqual(await hover({ line: headingLine, character: 2 ** 31 - 1 }), expected);
      assert.deepEqual(await hover({ line: headingLine, character: 2 ** 32 - 1 }), expected);
      assert.deepEqual(await hover({ line: headingLine, character: -1 }), coreHover(text, { line: headingLine, character: 0 }));
    });

    it('line 1,000,000 is the end of the document, for hover, inlay hints and code actions', async () => {
      const far: Position = { line: 1_000_000, character: 2 ** 32 - 1 };
      assert.deepEqual(await hover(far), coreHover(text, documentEnd));

      const hintsWhole = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: whole });
      assert.ok(hintsWhole && hintsWhole.length > 0);
      assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: far } }), hintsWhole);
      assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: far, end: far } }), []);

      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 1_000_000, character: 0 }, end: far },
        context: { diagnostics: [], triggerKind: CodeActionTriggerKind.Automatic },
      })) as CodeAction[];
      const result = checkReport(text);
      const atEnd = codeActions(result, { span: { start: text.length, end: text.length }, includeDocumentActions: false });
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind]),
        atEnd.map((action) => [action.title, action.kind]),
      );
    });

    it('a range whose start lies after its end is answered, not refused', async () => {
      const inverted: Range = { start: documentEnd, end: { line: 0, character: 0 } };
      assert.deepEqual(await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: inverted }), []);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: inverted, context: { diagnostics: [] } })) as CodeAction[];
      const expected = codeActions(checkReport(text), { span: { start: text.length, end: 0 }, includeDocumentActions: false });
      assert.deepEqual(
        actions.map((action) => [action.title, action.kind]),
        expected.map((action) => [action.title, action.kind]),
      );
    });

    it('malformed parameters get an InternalError response naming the request, and the server keeps serving', async () => {
      const missingPosition = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: null as unknown as Position });
      await assert.rejects(missingPosition, (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, ErrorCodes.InternalError);
        assert.equal(error.message, "Request textDocument/hover failed with message: Cannot read properties of null (reading 'line')");
        return true;
      });
      const missingDocument = client.connection.sendRequest(DocumentSymbolRequest.type, {} as never);
      await assert.rejects(missingDocument, (error: unknown) => {
        assert.ok(error instanceof ResponseError);
        assert.equal(error.code, ErrorCodes.InternalError);
        assert.equal(error.message, "Request textDocument/documentSymbol failed with message: Cannot read properties of undefined (reading 'uri')");
        return true;
      });
      assert.deepEqual(await hover({ line: headingLine, character: 1 }), coreHover(text, { line: headingLine, character: 1 }));
    });
  });

  describe('cancelled requests', () => {
    it('a request cancelled at once is still answered with its full result, and the server keeps serving', async () => {
      const big = 'file:///faults/cancel-big.govreport';
      const bigText = millionCharacterLine();
      await client.open(big, bigText);
      const source = new CancellationTokenSource();
      // Sent while the server still checks the big document: the cancellation arrives before the request runs.
      const cancelled = client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }, source.token);
      source.cancel();
      const uncancelled = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
      assert.ok(Array.isArray(uncancelled) && uncancelled.length === 6);
      assert.deepEqual(await cancelled, uncancelled);

      // Cancelling an answered request, or an id never sent, changes nothing.
      source.cancel();
      await client.connection.sendNotification('$/cancelRequest', { id: 987_654 });
      assert.deepEqual(seen((await client.diagnosticsFor(big, 1)).diagnostics), expectedDiagnostics(bigText));
      assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), uncancelled);
      await client.close(big);
    });
  });

  describe('edits arriving faster than checks', () => {
    it('100 changes in a burst: versions only grow, the last publication is the final version’s and correct', async (t) => {
      const typed = seedUri('001-burst');
      const original = readSeed('001');
      await client.open(typed, original, 1);
      await client.diagnosticsFor(typed, 1);
      const firstPublication = client.published.length;

      // Each change replaces the whole text: 一、本年新收·自然人 becomes 1, 2, ..., 100.
      const rowStart = original.indexOf('一、本年新收');
      const cellStart = original.indexOf('|', rowStart) + 1;
      const cellEnd = original.indexOf('|', cellStart);
      const withValue = (value: number) => `${original.slice(0, cellStart)} ${value} ${original.slice(cellEnd)}`;
      await Promise.all(Array.from({ length: 100 }, (_, index) => client.change(typed, index + 2, [{ text: withValue(index + 1) }])));

      const final = await client.diagnosticsFor(typed, 101);
      assert.deepEqual(seen(final.diagnostics), expectedDiagnostics(withValue(100)));
      await delay(CHECK_DEBOUNCE_MS * 6);
      const versions = client.published.slice(firstPublication).filter((params) => params.uri === typed).map((params) => params.version!);
      t.diagnostic(`versions published after the burst: ${versions.join(', ')}`);
      assert.deepEqual(versions, [...new Set(versions)].sort((a, b) => a - b), 'each version at most once, in increasing order');
      assert.equal(versions[versions.length - 1], 101, 'nothing older is published after the final version');
      await client.close(typed);
    });

    it('changes spaced just over the debounce on a document whose check takes longer: never a stale publication', { timeout: 30_000 }, async (t) => {
      const slow = 'file:///faults/slow-check.govreport';
      const original = `${readSeed('001')}\n${millionCharacterLine()}`;
      await client.open(slow, original, 1);
      await client.diagnosticsFor(slow, 1);
      const firstPublication = client.published.length;
      const rowStart = original.indexOf('一、本年新收');
      const cellStart = original.indexOf('|', rowStart) + 1;
      const cellEnd = original.indexOf('|', cellStart);
      // Incremental edits: each replaces the cell's text (on one line) by the next value.
      const cell = new LineIndex(original).positionAt(cellStart);
      let current = original.slice(cellStart, cellEnd);
      for (let version = 2; version <= 21; version++) {
        const next = ` ${version * 7} `;
        await client.change(slow, version, [{ range: { start: cell, end: { line: cell.line, character: cell.character + current.length } }, text: next }]);
        current = next;
        await delay(CHECK_DEBOUNCE_MS + 10);
      }
      const finalText = `${original.slice(0, cellStart)}${current}${original.slice(cellEnd)}`;
      const final = await client.diagnostics((params) => params.uri === slow && params.version === 21, 20_000);
      assert.deepEqual(seen(final.diagnostics), expectedDiagnostics(finalText));
      await delay(CHECK_DEBOUNCE_MS * 6);
      const versions = client.published.slice(firstPublication).filter((params) => params.uri === slow).map((params) => params.version!);
      t.diagnostic(`versions published while editing: ${versions.join(', ')}`);
      assert.deepEqual(versions, [...new Set(versions)].sort((a, b) => a - b), 'each version at most once, in increasing order');
      assert.equal(versions[versions.length - 1], 21, 'nothing older is published after the final version');
      await client.close(slow);
    });
  });
});

describe('a client that goes away', () => {
  let server: ServerProcess | undefined;
  afterEach(() => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill();
    server?.connection.dispose();
    server = undefined;
  });

  it('stdin closed without shutdown: the server exits at once with code 1, quietly', { timeout: 15_000 }, async () => {
    server = await startServerProcess(process.pid);
    server.child.stdin!.end();
    assert.deepEqual(await within(server.exited, 5000, 'exit after stdin closed'), { code: 1, signal: null });
    assert.equal(server.stderr(), '');
  });

  it('stdin closed after shutdown: exit code 0', { timeout: 15_000 }, async () => {
    server = await startServerProcess(process.pid);
    await server.connection.sendRequest(ShutdownRequest.type);
    server.child.stdin!.end();
    assert.deepEqual(await within(server.exited, 5000, 'exit after shutdown and stdin closed'), { code: 0, signal: null });
    assert.equal(server.stderr(), '');
  });

  it('the editor process named in initialize dies while stdin stays open: the server notices and exits with code 1', { timeout: 20_000 }, async () => {
    const editor = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    const editorExited = new Promise((resolve) => editor.once('exit', resolve));
    server = await startServerProcess(editor.pid!);
    editor.kill('SIGKILL');
    await editorExited;
    // vscode-languageserver polls the parent every 3 s.
    assert.deepEqual(await within(server.exited, 10_000, 'exit after the editor died'), { code: 1, signal: null });
    assert.equal(server.stderr(), '');
  });

  it('exit without shutdown: exit code 1, as the LSP specification says', { timeout: 15_000 }, async () => {
    server = await startServerProcess(process.pid);
    await server.connection.sendNotification(ExitNotification.type);
    assert.deepEqual(await within(server.exited, 5000, 'exit notification'), { code: 1, signal: null });
    assert.equal(server.stderr(), '');
  });
});
