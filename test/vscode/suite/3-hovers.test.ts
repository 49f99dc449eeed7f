import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, core, hoverText, openReport, positionOf, SEED_004, seedUri, totalRowLine, waitFor } from './helpers';

/** The hover VS Code shows at `position`, from every provider (the extension's is the only one for reports). */
async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await waitFor('a hover', async () => {
    const result = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    return result.length > 0 ? result : undefined;
  });
  return hoverText(hovers);
}

/** What the checking core says the hover at that position is: the language server must deliver exactly this. */
function coreHover(document: vscode.TextDocument, position: vscode.Position): string {
  const { checkReport, hoverAt: coreHoverAt } = core();
  const info = coreHoverAt(checkReport(document.getText()), document.offsetAt(position));
  assert.ok(info, 'the core has a hover there');
  return info.markdown;
}

suite('hovers on seed 004', () => {
  let document: vscode.TextDocument;
  suiteSetup(async () => {
    document = (await openReport(seedUri(SEED_004))).document;
  });
  suiteTeardown(closeAllEditors);

  test('a table-1 block header explains its article and links to the regulation', async () => {
    const position = positionOf(document, '第二十条第(一)项').translate(0, 2);
    const text = await hoverAt(document, position);
    assert.equal(text, coreHover(document, position));
    assert.match(text, /^\*\*表一 · 第二十条第（一）项\*\*/);
    assert.match(text, /《中华人民共和国政府信息公开条例》第二十条/);
    assert.match(text, /条文大意：/);
    assert.match(text, /\[查看条例全文\]\(https?:\/\//);
  });

  test('a table-2 row label says what the row counts and which article stands behind it', async () => {
    const position = positionOf(document, '一、本年新收政府信息公开申请数量').translate(0, 4);
    const text = await hoverAt(document, position);
    assert.equal(text, coreHover(document, position));
    assert.match(text, /^\*\*表二 · 一、本年新收政府信息公开申请数量\*\*/);
    assert.match(text, /条文大意：/);
  });

  test('a total shows the computed sum, its parts, and that it disagrees', async () => {
    const line = totalRowLine(document);
    const firstCell = document.lineAt(line).text.indexOf('| 6') + 2;
    const position = new vscode.Position(line, firstCell);
    const text = await hoverAt(document, position);
    assert.ok(text.includes(coreHover(document, position)), 'the hover holds the core\'s total explanation');
    assert.match(text, /填报：6　计算：7　✗ 不一致（填报 6，应为 7）/);
    assert.match(text, /= （一）予以公开 7（其余 20 项为 0）/);
  });
});
