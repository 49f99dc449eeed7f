import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { expectedDiagnostics, seen } from '../helpers/lsp-expect';

describe('published diagnostics', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
  });
  after(async () => {
    await client.stop();
  });

  for (const seed of ['000', '001', '002', '003', '004']) {
    it(`seed ${seed}: exactly what checkReport returns`, async () => {
      const text = readSeed(seed);
      const uri = seedUri(seed);
      await client.open(uri, text, 1);
      const published = await client.diagnosticsFor(uri, 1);
      assert.deepEqual(seen(published.diagnostics), expectedDiagnostics(text));
    });
  }

  it('seed 004 shows its two （七）总计 errors and the 42-vs-7 prose warning', async () => {
    const published = await client.diagnosticsFor(seedUri('004'), 1);
    assert.deepEqual(
      seen(published.diagnostics).map(({ code, severity, message, range }) => [code, severity, range.start.line, message]),
      [
        ['GR401', 2, 11, '总体情况称收到申请 42 件，表二“本年新收”总计为 7'],
        ['GR302', 1, 54, '（七）总计·自然人 为 6，各办理结果之和为 7'],
        ['GR302', 1, 54, '（七）总计·总计 为 6，各办理结果之和为 7'],
        ['GR113', 2, 58, '表三的列名“驳回申请”与统一格式不同，应为“其他结果”'],
        ['GR113', 2, 59, '表三的列名“驳回起诉”与统一格式不同，应为“其他结果”'],
      ],
    );
  });

  it('diagnostics carry the source govreport and the rule code', async () => {
    const published = await client.diagnosticsFor(seedUri('004'), 1);
    assert.deepEqual([...new Set(published.diagnostics.map((diagnostic) => diagnostic.source))], ['govreport']);
  });

  it('clears the diagnostics when the document closes', async () => {
    const uri = seedUri('004');
    const before = client.published.length;
    await client.close(uri);
    const cleared = await client.diagnostics((params) => params.uri === uri && client.published.indexOf(params) >= before);
    assert.deepEqual(cleared.diagnostics, []);
  });
});
