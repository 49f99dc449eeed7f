import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkReport } from '../../server/src/core';
import {
  ConvertRequest,
  ExportTablesRequest,
  LooksLikeReportRequest,
  NewReportRequest,
  RewriteTablesRequest,
} from '../../server/src/lsp/protocol';
import { LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { applyLspEdits } from '../helpers/lsp-expect';

/** What a report says, independent of layout: codes and messages. */
function findings(text: string): string[] {
  return checkReport(text).diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.message}`);
}

describe('requests behind the extension’s commands', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.start();
    for (const seed of ['002', '003', '004']) await client.open(seedUri(seed), readSeed(seed));
  });
  after(async () => {
    await client.stop();
  });

  it('rewrites seed 003’s one-cell-per-line tables as pipe rows that read the same', async () => {
    const text = readSeed('003');
    const edits = await client.connection.sendRequest(RewriteTablesRequest, { uri: seedUri('003') });
    assert.equal(edits.length, 3);
    const rewritten = applyLspEdits(text, edits);
    assert.deepEqual(
      checkReport(rewritten).model.sections.map((section) => section.table?.layout ?? null),
      [null, 'pipe', 'pipe', 'pipe', null, null],
    );
    assert.deepEqual(findings(rewritten), findings(text));
    assert.ok(rewritten.includes('| 行政许可 | 636 |'));
  });

  it('exports the three tables as CSV (one number a line) and JSON', async () => {
    const csv = await client.connection.sendRequest(ExportTablesRequest, { uri: seedUri('004'), format: 'csv' });
    const lines = csv!.content.split('\r\n');
    assert.equal(lines[0], '\uFEFF表,块或组,行,列,数值,原文,table,group,row,column');
    // 10 numbers in table 1 (2×3 + 1 + 2 + 1), 25 rows × 7 in table 2, 15 in table 3, and the final empty line.
    assert.equal(lines.length, 1 + 10 + 175 + 15 + 1);
    assert.ok(lines.includes('表二,,（七）总计,自然人,6,6,table2,,resultTotal,person'));
    const json = JSON.parse((await client.connection.sendRequest(ExportTablesRequest, { uri: seedUri('004'), format: 'json' }))!.content);
    assert.equal(json.year, 2024);
    assert.deepEqual(json.table2.new, { person: 7, business: 0, research: 0, publicInterest: 0, legalService: 0, otherOrg: 0, total: 7 });
    assert.deepEqual(json.table3.reconsideration, { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  });

  it('converts seed 002 to Simplified', async () => {
    const edits = await client.connection.sendRequest(ConvertRequest, { uri: seedUri('002'), target: 'simplified' });
    const simplified = applyLspEdits(readSeed('002'), edits);
    assert.equal(checkReport(simplified).model.traditional, false);
    assert.ok(!simplified.includes('公開'));
  });

  it('a new report from the template has all six sections, three tables and no finding', async () => {
    const { text } = await client.connection.sendRequest(NewReportRequest, { agency: '某县人民政府', year: 2024 });
    assert.ok(text.startsWith('某县人民政府2024年政府信息公开工作年度报告\n'));
    const result = checkReport(text);
    assert.deepEqual(result.model.sections.map((section) => section.id), ['overview', 'proactive', 'requests', 'appeals', 'problems', 'other']);
    assert.deepEqual(result.model.sections.map((section) => section.table?.kind ?? null), [null, 'table1', 'table2', 'table3', null, null]);
    assert.deepEqual(findings(text), []);
  });

  it('tells reports from other plain text', async () => {
    assert.equal(await client.connection.sendRequest(LooksLikeReportRequest, { text: readSeed('002') }), true);
    assert.equal(await client.connection.sendRequest(LooksLikeReportRequest, { text: '一、总体情况\n二、主动公开政府信息情况\n' }), false);
    assert.equal(await client.connection.sendRequest(LooksLikeReportRequest, { text: '会议纪要\n一、会议议程\n二、讨论情况\n三、下一步工作\n' }), false);
  });
});
