import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, it } from 'node:test';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest } from 'vscode-languageserver-protocol';
import { LspTestClient, readSeed } from '../helpers/lsp-client';

/** Code and severity of every diagnostic of a rule. */
function ruleSeverities(diagnostics: { code?: number | string; severity?: number }[], code: string): number[] {
  return diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.severity!);
}

describe('settings and .govreportrc.json', () => {
  let client: LspTestClient | undefined;
  let folder: string | undefined;
  afterEach(async () => {
    await client?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
    client = undefined;
    folder = undefined;
  });

  it('govreport.rules from the settings apply, and a changed setting takes effect at once', async () => {
    let rules: Record<string, string> = { GR302: 'off' };
    client = await LspTestClient.start({ configuration: (items) => items.map(() => ({ rules })) });
    const uri = 'file:///settings/004.govreport';
    await client.open(uri, readSeed('004'));
    assert.deepEqual(ruleSeverities((await client.diagnosticsFor(uri, 1)).diagnostics, 'GR302'), []);

    rules = { GR302: 'warning' };
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const republished = await client.diagnostics((params) => params.uri === uri && client!.published.indexOf(params) >= before);
    assert.deepEqual(ruleSeverities(republished.diagnostics, 'GR302'), [2, 2]);
  });

  it('.govreportrc.json applies, wins over the settings, and a change to it takes effect at once', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'govreport-lsp-'));
    const rcFile = path.join(folder, '.govreportrc.json');
    writeFileSync(rcFile, JSON.stringify({ rules: { GR401: 'error' } }));
    client = await LspTestClient.start({
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'reports' }],
      configuration: (items) => items.map(() => ({ rules: { GR401: 'hint', GR113: 'off' } })),
    });
    const uri = pathToFileURL(path.join(folder, '004.govreport')).href;
    await client.open(uri, readSeed('004'));
    const first = (await client.diagnosticsFor(uri, 1)).diagnostics;
    assert.deepEqual(ruleSeverities(first, 'GR401'), [1], 'the file wins over the settings');
    assert.deepEqual(ruleSeverities(first, 'GR113'), [], 'settings fill in what the file leaves out');

    writeFileSync(rcFile, JSON.stringify({ rules: { GR401: 'off' } }));
    const before = client.published.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(rcFile).href, type: FileChangeType.Changed }] });
    const republished = await client.diagnostics((params) => params.uri === uri && client!.published.indexOf(params) >= before);
    assert.deepEqual(ruleSeverities(republished.diagnostics, 'GR401'), []);
  });

  it('above govreport.maxFileSize: one information diagnostic, no check, no features', async () => {
    client = await LspTestClient.start({ configuration: (items) => items.map(() => ({ maxFileSize: 1000 })) });
    const uri = 'file:///settings/large.govreport';
    const text = readSeed('004');
    await client.open(uri, text);
    const published = (await client.diagnosticsFor(uri, 1)).diagnostics;
    assert.deepEqual(published, [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 3,
        code: 'max-file-size',
        source: 'govreport',
        message: `文件有 ${text.length} 个字符，超过设置 govreport.maxFileSize 的上限 1000，未作检查。`,
      },
    ]);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 54, character: 8 } });
    assert.equal(hover, null);
  });

  it('exits when the client shuts it down', async () => {
    client = await LspTestClient.start();
    const code = await client.stop();
    client = undefined;
    assert.equal(code, 0);
  });
});
