import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { HoverRequest, type Hover, type MarkupContent } from 'vscode-languageserver-protocol';
import { ARTICLES, REGULATION_URL } from '../../server/src/core/format/articles';
import { LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { positionOf } from '../helpers/lsp-positions';

describe('hovers', () => {
  let client: LspTestClient;
  const text = readSeed('004');
  const uri = seedUri('004');

  async function hoverAt(needle: string, offset: number, occurrence = 1): Promise<{ value: string; hover: Hover }> {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, needle, offset, occurrence) });
    assert.ok(hover, `a hover on “${needle}”`);
    return { value: (hover.contents as MarkupContent).value, hover };
  }

  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    await client.stop();
  });

  it('on a table-1 block header: the article, its summary marked as such, and the link to the official text', async () => {
    const { value, hover } = await hoverAt('第二十条第(一)项', 3);
    const lines = value.split('\n');
    assert.equal(lines[0], '**表一 · 第二十条第（一）项**');
    assert.ok(lines.includes('**《中华人民共和国政府信息公开条例》第二十条第（一）项**'));
    assert.ok(lines.includes(`条文大意：${ARTICLES['art20.1'].summary}`));
    assert.equal(lines[lines.length - 1], `*以上为条文大意的概括，不是条文原文。*[查看条例全文](${REGULATION_URL})`);
    assert.deepEqual(hover.range, { start: positionOf(text, '第二十条第(一)项'), end: positionOf(text, '第二十条第(一)项', 9) });
  });

  it('on a table-2 row label: what the row counts and the article behind it', async () => {
    const { value } = await hoverAt('一、本年新收政府信息公开申请数量', 4);
    const lines = value.split('\n');
    assert.equal(lines[0], '**表二 · 一、本年新收政府信息公开申请数量**');
    assert.ok(lines.includes('**《中华人民共和国政府信息公开条例》第二十七条、第二十九条**'));
    assert.ok(lines.includes('本行统计本年新收到的申请件数。'));
  });

  it('on a result row: the result it counts', async () => {
    const { value } = await hoverAt('8.属于行政查询事项', 3);
    const lines = value.split('\n');
    assert.equal(lines[0], '**表二 · 8.属于行政查询事项**');
    assert.ok(lines.includes('本行统计办理结果为“属于行政查询事项”的申请件数，按申请人类别分列。'));
    assert.ok(lines.includes('> 说明：本行与该条的对应是通常的理解，报告格式本身未作说明。'));
  });

  it('on a total that disagrees: the computed sum, its parts and the verdict', async () => {
    const { value, hover } = await hoverAt('(七)总计 | 6', 8);
    assert.equal(
      value,
      ['**（七）总计·自然人** 应等于各办理结果之和', '', '填报：6　计算：7　✗ 不一致（填报 6，应为 7）', '', '= （一）予以公开 7（其余 20 项为 0）'].join('\n'),
    );
    assert.deepEqual(hover.range, { start: { line: 54, character: 8 }, end: { line: 54, character: 9 } });
  });

  it('on a total that agrees', async () => {
    const { value } = await hoverAt('一、本年新收政府信息公开申请数量 | 7 | 0 | 0 | 0 | 0 | 0 | 7', 43);
    assert.equal(value, ['**一、本年新收政府信息公开申请数量·总计** 应等于六类申请人之和', '', '填报：7　计算：7　✓ 一致', '', '= 自然人 7（其余 5 项为 0）'].join('\n'));
  });

  it('on a section heading: what the section must contain', async () => {
    const { value } = await hoverAt('六、其他需要报告的事项', 3);
    const lines = value.split('\n');
    assert.equal(lines[0], '**六、其他需要报告的事项**（第六部分，共六部分）');
    assert.ok(lines.includes(`本部分应包含：${'须说明按《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数和总金额，或本年度未收取）；其他事项可选。'}`));
  });

  it('on an article reference in the prose', async () => {
    const prose = '依据《条例》第三十七条办理。\n';
    const referenceUri = seedUri('reference');
    await client.open(referenceUri, prose);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: referenceUri }, position: { line: 0, character: 5 } });
    const value = (hover!.contents as MarkupContent).value;
    assert.ok(value.startsWith('**《中华人民共和国政府信息公开条例》第三十七条**\n\n条文大意：' + ARTICLES['r.partial'].summary));
    assert.deepEqual(hover!.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 11 } });
  });

  it('nothing on ordinary prose', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 2 } });
    assert.equal(hover, null);
  });
});

describe('hover on the publication date (seed 001: 本溪市溪湖区, a district government)', () => {
  let client: LspTestClient;
  const text = readSeed('001');
  const uri = seedUri('001');

  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, text);
    await client.diagnosticsFor(uri, 1);
  });
  after(async () => {
    await client.stop();
  });

  it('the deadline that applies, why, whether it was kept, and article 49', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, '2025-02-06', 4) });
    assert.ok(hover);
    assert.equal(
      (hover.contents as MarkupContent).value,
      [
        '**发布日期 2025-02-06**',
        '',
        '2024 年度报告的公布期限：2025-03-31　✓ 按期公布',
        '',
        '县级以上地方人民政府应于每年3月31日前公布上一年度的年度报告（按机关名称“本溪市溪湖区”判断为人民政府）。',
        '',
        '---',
        '',
        '**《中华人民共和国政府信息公开条例》第四十九条**',
        '',
        `条文大意：${ARTICLES.deadlines.summary}`,
        '',
        `*以上为条文大意的概括，不是条文原文。*[查看条例全文](${REGULATION_URL})`,
      ].join('\n'),
    );
    assert.deepEqual(hover.range, { start: positionOf(text, '2025-02-06'), end: positionOf(text, '2025-02-06', 10) });
  });

  async function dateHoverLines(variant: string, date: string): Promise<string[]> {
    const variantUri = `${uri}.${date}.govreport`;
    await client.open(variantUri, variant);
    await client.diagnosticsFor(variantUri, 1);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: variantUri }, position: positionOf(variant, date, 2) });
    assert.ok(hover);
    return (hover.contents as MarkupContent).value.split('\n').slice(0, 5);
  }

  it('published late: the verdict says so', async () => {
    assert.deepEqual(await dateHoverLines(text.replace('2025-02-06', '2025-04-08'), '2025-04-08'), [
      '**发布日期 2025-04-08**',
      '',
      '2024 年度报告的公布期限：2025-03-31　✗ 晚于期限',
      '',
      '县级以上地方人民政府应于每年3月31日前公布上一年度的年度报告（按机关名称“本溪市溪湖区”判断为人民政府）。',
    ]);
  });

  it('a township: no deadline, and a date before the year ended is still marked', async () => {
    const township = text.replace('2025-02-06', '2024-12-30').replace(/^本溪市溪湖区2024年/m, '本溪市某某镇2024年');
    assert.deepEqual(await dateHoverLines(township, '2024-12-30'), [
      '**发布日期 2024-12-30**',
      '',
      '2024 年度报告的公布期限：没有规定　✗ 早于 2024 年度结束',
      '',
      '《条例》没有规定乡镇人民政府和街道办事处年度报告的公布期限（按机关名称“本溪市某某镇”判断为乡镇或街道）。',
    ]);
  });
});
