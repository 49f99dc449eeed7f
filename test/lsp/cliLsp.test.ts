import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLI_BUNDLE, LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { expectedDiagnostics, seen } from '../helpers/lsp-expect';

describe('govreport lsp --stdio', () => {
  it('serves the same diagnostics as the server bundle, for editors other than VS Code', async () => {
    const client = await LspTestClient.start({ serverArgs: [CLI_BUNDLE, 'lsp', '--stdio'] });
    try {
      const text = readSeed('003');
      await client.open(seedUri('003'), text);
      const published = await client.diagnosticsFor(seedUri('003'), 1);
      assert.deepEqual(seen(published.diagnostics), expectedDiagnostics(text));
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });
});
