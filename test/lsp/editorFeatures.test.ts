import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import stringWidth from 'string-width';
import {
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  InlayHintRequest,
  type DocumentSymbol,
  type InlayHint,
} from 'vscode-languageserver-protocol';
import { LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { applyLspEdits, expectedDiagnostics } from '../helpers/lsp-expect';

/** 0-based lines of the six section headings, found in the text itself. */
function headingLines(text: string): number[] {
  return text
    .split('\n')
    .flatMap((line, index) => (/^[一二三四五六]、(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)/.test(line) ? [index] : []));
}

describe('symbols, folding, inlay hints and formatting', () => {
  let client: LspTestClient;
  const text = readSeed('004');
  const uri = seedUri('004');
  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    await client.stop();
  });

  it('document symbols: the six sections, the three tables under theirs', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.selectionRange.start.line, (symbol.children ?? []).map((child) => child.name)]),
      [
        ['一、总体情况', 2, []],
        ['二、主动公开政府信息情况', 12, ['表一 主动公开政府信息情况']],
        ['三、收到和处理政府信息公开申请情况', 27, ['表二 收到和处理政府信息公开申请情况']],
        ['四、政府信息公开行政复议、行政诉讼情况', 56, ['表三 政府信息公开行政复议、行政诉讼情况']],
        ['五、存在的主要问题及改进情况', 61, []],
        ['六、其他需要报告的事项', 68, []],
      ],
    );
    assert.deepEqual(symbols.map((symbol) => symbol.selectionRange.start.line), headingLines(text));
  });

  it('folding: each section from its heading, each table from its first row', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
    assert.deepEqual(
      ranges!.map((range) => [range.startLine, range.endLine]),
      [[2, 11], [12, 26], [13, 26], [27, 55], [28, 55], [56, 60], [57, 60], [61, 67], [68, 71]],
    );
    const sectionStarts = headingLines(text);
    assert.ok(sectionStarts.every((line) => ranges!.some((range) => range.startLine === line)));
  });

  it('inlay hints: the computed sum beside every stated total, marked where it disagrees', async () => {
    const hints = (await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 80, character: 0 } },
    })) as InlayHint[];
    // 25 row totals of table 2, 6 more in （七）总计's row (its 总计 cell is shared), 3 group totals of table 3.
    assert.equal(hints.length, 34);
    const disagreeing = hints.filter((hint) => String(hint.label).endsWith('≠'));
    assert.deepEqual(
      disagreeing.map((hint) => [hint.position, hint.label]),
      [
        [{ line: 54, character: 9 }, 'Σ7 ≠'],
        [{ line: 54, character: 33 }, 'Σ7 ≠'],
      ],
    );
    const partial = (await client.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri },
      range: { start: { line: 60, character: 0 }, end: { line: 61, character: 0 } },
    })) as InlayHint[];
    assert.deepEqual(partial.map((hint) => hint.label), ['Σ0', 'Σ0', 'Σ0']);
  });

  it('formatting aligns the pipe tables without changing what they say, and is idempotent', async () => {
    const seed = readSeed('000');
    const formatUri = seedUri('000-format');
    await client.open(formatUri, seed);
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: formatUri }, options: { tabSize: 2, insertSpaces: true } });
    assert.ok(edits && edits.length > 0);
    const formatted = applyLspEdits(seed, edits);
    const table1 = formatted.split('\n').filter((line, index, lines) => index > lines.indexOf('二、主动公开政府信息情况') && index < lines.indexOf('三、收到和处理政府信息公开申请情况'));
    assert.equal(new Set(table1.map((line) => stringWidth(line))).size, 1, 'every row of table 1 equally wide');
    const meaning = (source: string) => expectedDiagnostics(source).map(({ code, message }) => [code, message]);
    assert.deepEqual(meaning(formatted), meaning(seed));

    await client.change(formatUri, 2, [{ text: formatted }]);
    const again = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: formatUri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(again, []);
  });
});
