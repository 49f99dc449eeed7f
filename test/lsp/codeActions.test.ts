import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CodeActionRequest, CodeActionTriggerKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { fixAll } from '../../server/src/core';
import { LspTestClient, readSeed, seedUri } from '../helpers/lsp-client';
import { applyLspEdits, expectedDiagnostics } from '../helpers/lsp-expect';

describe('code actions', () => {
  let client: LspTestClient;
  const text = readSeed('004');
  const uri = seedUri('004');
  let diagnostics: Diagnostic[];

  async function actions(range: Diagnostic['range'], only?: string[], context: Diagnostic[] = []): Promise<CodeAction[]> {
    const result = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: context, only, triggerKind: CodeActionTriggerKind.Invoked },
    });
    return (result ?? []) as CodeAction[];
  }

  function applied(action: CodeAction): string {
    return applyLspEdits(text, action.edit!.changes![uri]);
  }

  before(async () => {
    client = await LspTestClient.start();
    await client.open(uri, text);
    diagnostics = (await client.diagnosticsFor(uri, 1)).diagnostics;
  });
  after(async () => {
    await client.stop();
  });

  it('a quick fix on seed 004’s （七）总计·自然人 sets the total to the sum of the results', async () => {
    const target = diagnostics.find((diagnostic) => diagnostic.message === '（七）总计·自然人 为 6，各办理结果之和为 7')!;
    const fixes = await actions(target.range, ['quickfix'], [target]);
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].kind, 'quickfix');
    assert.equal(fixes[0].isPreferred, true);
    assert.deepEqual(fixes[0].diagnostics, [target]);
    const fixed = applied(fixes[0]);
    assert.equal(fixed, text.replace('(七)总计 | 6 | 0 | 0 | 0 | 0 | 0 | 6 |', '(七)总计 | 7 | 0 | 0 | 0 | 0 | 0 | 6 |'));
    assert.deepEqual(
      expectedDiagnostics(fixed).filter((diagnostic) => diagnostic.code === 'GR302').map((diagnostic) => diagnostic.message),
      ['（七）总计·总计 为 6，各办理结果之和为 7'],
    );
  });

  it('source.fixAll.govreport applies every safe fix, as the core’s fixAll does', async () => {
    const fixAllActions = await actions({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.fixAll.govreport']);
    assert.deepEqual(fixAllActions.map((action) => action.kind), ['source.fixAll.govreport']);
    const fixed = applied(fixAllActions[0]);
    assert.equal(fixed, fixAll(text).text);
    assert.ok(fixed.includes('(七)总计 | 7 | 0 | 0 | 0 | 0 | 0 | 7 |'));
    assert.deepEqual(expectedDiagnostics(fixed).filter((diagnostic) => diagnostic.severity === 1), []);
  });

  it('converts the document to Traditional and back', async () => {
    const [toTraditional] = await actions({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ['source.convert.govreport.traditional']);
    const traditional = applied(toTraditional);
    assert.ok(traditional.startsWith('當前頁面: 首頁 > 政務公開'));
    const traditionalUri = seedUri('004-traditional');
    await client.open(traditionalUri, traditional);
    const back = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: traditionalUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.convert.govreport.simplified'] },
    })) as CodeAction[];
    assert.equal(back.length, 1);
    assert.ok(applyLspEdits(traditional, back[0].edit!.changes![traditionalUri]).startsWith('当前页面: 首页 > 政务公开'));
  });

  it('offers to insert a missing section with its standard heading and table', async () => {
    const withoutAppeals = text.replace(/四、政府信息公开行政复议、行政诉讼情况\n[\s\S]*?(?=五、存在的主要问题)/, '');
    const missingUri = seedUri('004-missing');
    await client.open(missingUri, withoutAppeals);
    const inserts = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: missingUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['refactor.govreport.insertSection'] },
    })) as CodeAction[];
    assert.deepEqual(inserts.map((action) => action.title), ['插入缺少的部分“四、政府信息公开行政复议、行政诉讼情况”及空白标准表格']);
    const restored = applyLspEdits(withoutAppeals, inserts[0].edit!.changes![missingUri]);
    assert.ok(
      restored.includes(
        [
          '四、政府信息公开行政复议、行政诉讼情况',
          '行政复议 | 行政诉讼 |',
          '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |',
          '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
          '0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
          '五、存在的主要问题及改进情况',
        ].join('\n'),
      ),
    );
    const codes = new Set(expectedDiagnostics(restored).map((diagnostic) => diagnostic.code));
    assert.deepEqual(
      [...codes].filter((code) => code.startsWith('GR1')).sort(),
      [...new Set(expectedDiagnostics(text).map((diagnostic) => diagnostic.code))].filter((code) => code.startsWith('GR1') && code !== 'GR113').sort(),
    );
  });

  it('the insertion is the quick fix of GR101 (section missing) and GR110 (table missing)', async () => {
    const withoutTable3 = text.replace(/(四、政府信息公开行政复议、行政诉讼情况\n)[\s\S]*?(?=五、存在的主要问题)/, '$1');
    const uriWithoutTable = seedUri('004-no-table3');
    await client.open(uriWithoutTable, withoutTable3);
    const published = await client.diagnosticsFor(uriWithoutTable, 1);
    const tableMissing = published.diagnostics.find((diagnostic) => diagnostic.code === 'GR110')!;
    const fixes = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: uriWithoutTable },
      range: tableMissing.range,
      context: { diagnostics: [tableMissing], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(fixes.map((action) => [action.kind, action.title]), [['quickfix', '在“四、政府信息公开行政复议、行政诉讼情况”下插入空白标准表格']]);
    assert.deepEqual(fixes[0].diagnostics, [tableMissing]);
    const fixed = applyLspEdits(withoutTable3, fixes[0].edit!.changes![uriWithoutTable]);
    assert.deepEqual(expectedDiagnostics(fixed).filter((diagnostic) => diagnostic.code === 'GR110'), []);
  });

  it('offers no quick fix where no diagnostic is', async () => {
    const none = await actions({ start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, ['quickfix']);
    assert.deepEqual(none, []);
  });
});
