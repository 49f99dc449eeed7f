import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { checkReport } from '../../server/src/core';
import { CheckFilesRequest } from '../../server/src/lsp/protocol';
import { sizeLimitDiagnostic } from '../../server/src/lsp/sizeLimit';
import { toLspDiagnostic } from '../../server/src/lsp/toLsp';
import { LspTestClient, readSeed } from '../helpers/lsp-client';

/** The request behind "check all reports": texts of reports that are not open, checked and published one by one. */
describe('govreport/checkFiles', () => {
  const LIMIT = 4800;
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start({ configuration: (items) => items.map(() => ({ maxFileSize: LIMIT })) });
  });
  after(async () => {
    await client.stop();
  });

  it('publishes each file’s diagnostics, gives a file above govreport.maxFileSize the size notice, and sums the counts', async () => {
    const small = readSeed('004');
    const large = readSeed('002');
    assert.ok(small.length <= LIMIT && large.length > LIMIT, `${small.length} ≤ ${LIMIT} < ${large.length}`);
    const smallUri = 'file:///unopened/004.govreport';
    const largeUri = 'file:///unopened/002.govreport';
    const summary = await client.connection.sendRequest(CheckFilesRequest, {
      files: [
        { uri: smallUri, text: small },
        { uri: largeUri, text: large },
      ],
    });
    const expected = checkReport(small).diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, smallUri));
    assert.deepEqual((await client.diagnostics((params) => params.uri === smallUri)).diagnostics, expected);
    assert.deepEqual((await client.diagnostics((params) => params.uri === largeUri)).diagnostics, [sizeLimitDiagnostic(large.length, LIMIT)]);
    assert.deepEqual(summary, {
      files: 2,
      errors: expected.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Error).length,
      warnings: expected.filter((diagnostic) => diagnostic.severity === DiagnosticSeverity.Warning).length,
    });
    assert.ok(summary.errors > 0 && summary.warnings > 0, JSON.stringify(summary));
  });
});
