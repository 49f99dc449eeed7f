import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionTriggerKind, type CodeAction } from 'vscode-languageserver-protocol';
import { fixAll } from '../../server/src/core';
import { LspTestClient, readSeed, seedUri, SEED_FILES } from '../helpers/lsp-client';
import { applyLspEdits, expectedDiagnostics, seen } from '../helpers/lsp-expect';
import { askEverything, comparable, expectedAnswers, type Probe } from '../helpers/lsp-hostile-requests';
import { positionOf } from '../helpers/lsp-positions';

/**
 * The VS Code extension talks to the server over Node IPC with structured serialisation (processOptions.ts), the
 * other editors over stdio with JSON. Every message must arrive the same either way: the same diagnostics, the same
 * answers to every request, the same handling of the client's answers (workspace/configuration).
 */
describe('the extension’s IPC transport carries what stdio carries', () => {
  let ipc: LspTestClient;
  let stdio: LspTestClient;
  const seeds = SEED_FILES.map((file) => file.slice(0, 3));
  // Characters JSON escapes or that take two UTF-16 units: a control character, an emoji, a lone surrogate.
  const awkward = readSeed('004').replace('二、主动公开政府信息情况', '二、主动公开政府信息情况\u0001😀\ud800');

  before(async () => {
    [ipc, stdio] = await Promise.all([LspTestClient.start({ transport: 'ipc' }), LspTestClient.start()]);
    for (const client of [ipc, stdio]) {
      for (const seed of seeds) await client.open(seedUri(seed), readSeed(seed));
      await client.open('file:///transport/awkward.govreport', awkward);
    }
  });
  after(async () => {
    await Promise.all([ipc.stop(), stdio.stop()]);
  });

  for (const seed of ['000', '001', '002', '003', '004']) {
    it(`seed ${seed}: the diagnostics checkReport returns, published alike`, async () => {
      const [overIpc, overStdio] = await Promise.all([ipc.diagnosticsFor(seedUri(seed), 1), stdio.diagnosticsFor(seedUri(seed), 1)]);
      assert.deepEqual(seen(overIpc.diagnostics), expectedDiagnostics(readSeed(seed)));
      assert.deepEqual(overIpc, overStdio);
    });
  }

  it('a control character, an emoji and a lone surrogate: the text arrives unchanged', async () => {
    const uri = 'file:///transport/awkward.govreport';
    const [overIpc, overStdio] = await Promise.all([ipc.diagnosticsFor(uri, 1), stdio.diagnosticsFor(uri, 1)]);
    assert.deepEqual(seen(overIpc.diagnostics), expectedDiagnostics(awkward));
    assert.deepEqual(overIpc, overStdio);
  });

  it('every request on seed 004 is answered alike, as the core answers it', async () => {
    const text = readSeed('004');
    const uri = seedUri('004');
    const probe: Probe = {
      hover: positionOf(text, '第二十条第(一)项', 3),
      range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
      triggerKind: CodeActionTriggerKind.Invoked,
    };
    await Promise.all([ipc.diagnosticsFor(uri, 1), stdio.diagnosticsFor(uri, 1)]);
    const [overIpc, overStdio] = await Promise.all([askEverything(ipc, uri, probe), askEverything(stdio, uri, probe)]);
    assert.deepEqual(overIpc, overStdio);
    assert.deepEqual(comparable(overIpc), expectedAnswers(text, probe));
    const fixAllAction = (overIpc.codeAction as CodeAction[]).find((action) => action.kind === 'source.fixAll.govreport')!;
    assert.equal(applyLspEdits(text, fixAllAction.edit!.changes![uri]), fixAll(text).text);
  });

  it('the client’s workspace/configuration answer is read: govreport.maxFileSize 1000', async () => {
    const client = await LspTestClient.start({ transport: 'ipc', configuration: (items) => items.map(() => ({ maxFileSize: 1000 })) });
    try {
      const text = readSeed('004');
      await client.open('file:///transport/large.govreport', text);
      const published = await client.diagnosticsFor('file:///transport/large.govreport', 1);
      assert.deepEqual(published.diagnostics, [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 3,
          code: 'max-file-size',
          source: 'govreport',
          message: `文件有 ${text.length} 个字符，超过设置 govreport.maxFileSize 的上限 1000，未作检查。`,
        },
      ]);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
