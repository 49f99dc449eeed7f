import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { expectedDiagnostics, seen } from '../helpers/lsp-expect';
import { positionOf } from '../helpers/lsp-positions';

describe('typing into a table cell', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('after the last keystroke the diagnostics equal a fresh check, and no stale version is published', async () => {
    const text = readSeed('001');
    const uri = seedUri('001-typing');
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
    const firstPublication = client.published.length;

    // The 自然人 cell of 一、本年新收: replace its value by typing "12345" one character at a time, without waiting.
    const document = TextDocument.create(uri, 'govreport', 1, text);
    const rowStart = text.indexOf('一、本年新收');
    const cellStart = text.indexOf('|', rowStart) + 1;
    const cellEnd = text.indexOf('|', cellStart);
    let version = 1;
    const edits = [{ range: { start: document.positionAt(cellStart), end: document.positionAt(cellEnd) }, text: ' ' }];
    for (const ch of '12345') {
      const position = document.positionAt(document.offsetAt(edits[edits.length - 1].range.start) + edits[edits.length - 1].text.length);
      edits.push({ range: { start: position, end: position }, text: ch });
    }
    for (const edit of edits) {
      version++;
      TextDocument.update(document, [edit], version);
      await client.change(uri, version, [edit]);
    }
    const finalText = document.getText();
    assert.ok(finalText.slice(cellStart, cellStart + 7).startsWith(' 12345'));

    const final = await client.diagnosticsFor(uri, version);
    assert.deepEqual(seen(final.diagnostics), expectedDiagnostics(finalText));
    assert.deepEqual(
      final.diagnostics.filter((diagnostic) => diagnostic.code === 'GR304').map((diagnostic) => diagnostic.message),
      ['一、本年新收政府信息公开申请数量·自然人 为 12345，应为 43：这样本列勾稽关系（第一项加第二项之和等于第三项加第四项之和）和本行总计都成立'],
    );

    const versions = client.published.slice(firstPublication).filter((params) => params.uri === uri).map((params) => params.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions only grow');
    assert.equal(versions[versions.length - 1], version);
  });

  it('incremental edits across lines keep the server’s text in step with the editor’s', async () => {
    const text = readSeed('000');
    const uri = seedUri('000-lines');
    await client.open(uri, text, 1);
    const document = TextDocument.create(uri, 'govreport', 1, text);
    const at = positionOf(text, '| 规章 | 0 | 0 | 0 |');
    const changes = [
      { range: { start: at, end: at }, text: '| 规章 | 1 | 0 | 1 |\n' },
      { range: { start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } }, text: '' },
    ];
    TextDocument.update(document, changes, 2);
    await client.change(uri, 2, changes);
    const published = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(seen(published.diagnostics), expectedDiagnostics(document.getText()));
  });
});
