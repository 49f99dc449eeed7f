import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';
import { checkReport } from '../../server/src/core';
import { WorkspaceTrustedNotification } from '../../server/src/lsp/protocol';
import { LspTestClient, readSeed } from '../helpers/lsp-client';
import { seen } from '../helpers/lsp-expect';

/**
 * Last year's report is seed 001 itself: it carried 3 requests over, while this year's report (the same text) says
 * 0 were carried in, which the cross-year rule reports.
 */
describe('last year’s report', () => {
  const text = readSeed('001');
  let root: string;
  let workspace: string;
  let client: LspTestClient | undefined;

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'govreport-previous-'));
    workspace = path.join(root, 'workspace');
    mkdirSync(workspace);
    writeFileSync(path.join(workspace, 'last-year.govreport'), text);
    writeFileSync(path.join(root, 'outside.govreport'), text);
  });
  after(() => rmSync(root, { recursive: true, force: true }));
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });

  async function openWith(previousReport: string, trusted: boolean, name: string) {
    const folder = path.join(workspace, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, '.govreportrc.json'), JSON.stringify({ previousReport }));
    client = await LspTestClient.start({
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
      initializationOptions: { workspaceTrusted: trusted },
    });
    const uri = pathToFileURL(path.join(folder, 'this-year.govreport')).href;
    await client.open(uri, text);
    return { uri, published: await client.diagnosticsFor(uri, 1) };
  }

  const withPrevious = checkReport(text, { previousReportText: text }).diagnostics;
  const crossYearCodes = withPrevious.map((diagnostic) => diagnostic.code).filter((code) => !checkReport(text).diagnostics.some((plain) => plain.code === code));

  it('the fixture really differs with and without last year’s report', () => {
    assert.deepEqual(crossYearCodes, ['GR307']);
  });

  it('is read from inside the workspace and checked against', async () => {
    const { published } = await openWith('../last-year.govreport', true, 'trusted');
    assert.deepEqual(
      seen(published.diagnostics).map(({ code, message }) => [code, message]),
      withPrevious.map(({ code, message }) => [code, message]),
    );
  });

  it('is not read from outside the workspace', async () => {
    const { published } = await openWith('../../outside.govreport', true, 'escape');
    assert.ok(!published.diagnostics.some((diagnostic) => diagnostic.code === 'GR307'));
  });

  it('is not read in a restricted workspace, and is once the workspace is trusted', async () => {
    const { uri, published } = await openWith('../last-year.govreport', false, 'restricted');
    assert.ok(!published.diagnostics.some((diagnostic) => diagnostic.code === 'GR307'));
    const before = client!.published.length;
    await client!.connection.sendNotification(WorkspaceTrustedNotification);
    const trusted = await client!.diagnostics((params) => params.uri === uri && client!.published.indexOf(params) >= before);
    assert.equal(trusted.diagnostics.filter((diagnostic) => diagnostic.code === 'GR307').length, 1);
  });
});
