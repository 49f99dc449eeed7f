import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, describe, it } from 'node:test';
import { LogMessageNotification, MessageType, type Diagnostic } from 'vscode-languageserver-protocol';
import { checkReport } from '../../server/src/core';
import { WorkspaceTrustedNotification } from '../../server/src/lsp/protocol';
import { LspTestClient, readSeed, REPO_ROOT } from '../helpers/lsp-client';
import { expectedDiagnostics, seen } from '../helpers/lsp-expect';

/**
 * Security at the server level (issue 7): settings and `.govreportrc.json` are data only, whatever they hold; a
 * previousReport path cannot make the server read a file outside the workspace folder unless the user opened it;
 * in a restricted (untrusted) workspace no path is followed until the client says the workspace is trusted.
 *
 * This year's report is seed 001 (alone: one GR406), last year's is seed 001 too: checked against it, the cross-year
 * rule GR307 fires once. So "last year's report was read" is visible as exactly that diagnostic.
 */
const text = readSeed('001');
const CROSS_YEAR = ['GR306', 'GR307'];
const plain = expectedDiagnostics(text);
const againstLastYear = checkReport(text, { previousReportText: text }).diagnostics.map((diagnostic) => diagnostic.code);

function crossYear(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code)).filter((code) => CROSS_YEAR.includes(code));
}

describe('configuration is data, paths stay inside the workspace', () => {
  let root: string;
  let workspace: string;
  let outside: string;
  let marker: string;
  let client: LspTestClient | undefined;
  let warnings: string[];

  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'govreport-security-'));
    workspace = path.join(root, 'workspace');
    mkdirSync(workspace);
    outside = path.join(root, 'outside.govreport');
    writeFileSync(outside, text);
    writeFileSync(path.join(workspace, 'last-year.govreport'), text);
    symlinkSync(outside, path.join(workspace, 'link-to-outside.govreport'));
    // Code a configuration might try to have loaded: it would leave the marker file behind.
    marker = path.join(root, 'evil-was-loaded');
    writeFileSync(path.join(workspace, 'evil.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'loaded');\n`);
  });
  after(() => rmSync(root, { recursive: true, force: true }));
  afterEach(async () => {
    if (client) assert.equal(await client.stop(), 0);
    client = undefined;
  });

  const workspaceFolders = () => [{ uri: pathToFileURL(workspace).href, name: 'workspace' }];

  async function start(settingsFor: (documentPath: string) => unknown, initializationOptions?: unknown): Promise<LspTestClient> {
    client = await LspTestClient.start({
      workspaceFolders: workspaceFolders(),
      initializationOptions,
      configuration: (items) => items.map((item) => settingsFor(item.scopeUri ? new URL(item.scopeUri).pathname : '')),
    });
    warnings = [];
    client.connection.onNotification(LogMessageNotification.type, (params) => {
      if (params.type === MessageType.Warning) warnings.push(params.message);
    });
    return client;
  }

  /** Opens this year's report in a folder of its own (created with the given `.govreportrc.json` text, if any). */
  async function openIn(folderName: string, rcText?: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const folder = path.join(workspace, folderName);
    mkdirSync(folder, { recursive: true });
    if (rcText !== undefined) writeFileSync(path.join(folder, '.govreportrc.json'), rcText);
    const uri = pathToFileURL(path.join(folder, 'this-year.govreport')).href;
    await client!.open(uri, text);
    return { uri, diagnostics: (await client!.diagnosticsFor(uri, 1)).diagnostics };
  }

  it('the fixture: checked against last year’s report, GR307 fires once', () => {
    assert.deepEqual(crossYear(againstLastYear.map((code) => ({ code }) as Diagnostic)), ['GR307']);
    assert.deepEqual(crossYear(plain.map(({ code }) => ({ code }) as Diagnostic)), []);
  });

  it('.govreportrc.json with code-like keys and values, __proto__ and huge numbers: nothing loaded, the valid part applies, each problem logged', async () => {
    const rc = path.join(workspace, 'hostile-rc', '.govreportrc.json');
    const rcText = `{
      "__proto__": { "rules": { "GR406": "off" } },
      "require": "./evil.js",
      "plugins": ["../evil.js"],
      "extends": "../evil.js",
      "maxFileSize": 1e308,
      "rules": { "GR406": "hint", "GR301": "require('../evil.js')", "__proto__": "off", "constructor": { "valueOf": "../evil.js" } },
      "reportKind": "function () { return require('../evil.js') }",
      "previousReport": "../../outside.govreport"
    }`;
    await start(() => ({}));
    const { diagnostics } = await openIn('hostile-rc', rcText);
    assert.equal(existsSync(marker), false, 'no configuration value was loaded as code');
    assert.deepEqual(
      seen(diagnostics),
      plain.map((diagnostic) => (diagnostic.code === 'GR406' ? { ...diagnostic, severity: 4 } : diagnostic)),
      'rules.GR406 applies; previousReport outside the workspace is not read',
    );
    assert.deepEqual(warnings, [
      `${rc}：未知的配置项 __proto__`,
      `${rc}：未知的配置项 require`,
      `${rc}：未知的配置项 plugins`,
      `${rc}：未知的配置项 extends`,
      `${rc}：未知的配置项 maxFileSize`,
      `${rc}：rules.GR301 的值 "require('../evil.js')" 无效，应为 error、warning、information、hint 或 off`,
      `${rc}：rules.__proto__：没有这条规则，规则用代码（如 GR301）或名称（如 table2-row-total）指定`,
      `${rc}：rules.constructor：没有这条规则，规则用代码（如 GR301）或名称（如 table2-row-total）指定`,
      `${rc}：reportKind 的值 "function () { return require('../evil.js') }" 无效，应为 auto、department 或 government`,
      `govreport：上年报告 ${outside} 不在工作区文件夹内或无法读取，未作跨年度检查（GR306、GR307）。`,
    ]);
  });

  it('settings of the wrong type fall back to the defaults and are logged, never evaluated', async () => {
    const hostileSettings = JSON.parse(`{
      "rules": { "GR406": "information", "__proto__": { "GR406": "off" } },
      "reportKind": "../evil.js",
      "maxFileSize": "1000",
      "inlayHints": "function () {}",
      "previousReport": ${JSON.stringify(outside)}
    }`);
    await start(() => hostileSettings);
    const { diagnostics } = await openIn('hostile-settings');
    assert.equal(existsSync(marker), false);
    assert.deepEqual(
      seen(diagnostics),
      plain.map((diagnostic) => ({ ...diagnostic, severity: 3 })),
      'checked (a string maxFileSize is ignored), rules.GR406 applies, without last year’s report',
    );
    assert.deepEqual(warnings, [
      'govreport 设置：rules.__proto__：没有这条规则，规则用代码（如 GR301）或名称（如 table2-row-total）指定',
      'govreport 设置：reportKind 的值 "../evil.js" 无效，应为 auto、department 或 government',
      `govreport：上年报告 ${outside} 不在工作区文件夹内或无法读取，未作跨年度检查（GR306、GR307）。`,
    ]);
  });

  describe('previousReport from the settings (relative to the workspace folder)', () => {
    const cases: [folder: string, previousReport: () => string, read: boolean][] = [
      ['inside', () => 'last-year.govreport', true],
      ['dot-dot', () => '../outside.govreport', false],
      ['absolute', () => outside, false],
      ['symbolic-link-to-outside', () => 'link-to-outside.govreport', false],
      ['dot-dot-and-back', () => '../workspace/last-year.govreport', true],
    ];
    for (const [folder, previousReport, read] of cases) {
      it(`${folder}: ${read ? 'read' : 'not read, the cross-year rules stay silent, and a warning says why'}`, async () => {
        await start(() => ({ previousReport: previousReport() }));
        const { diagnostics } = await openIn(`settings-${folder}`);
        assert.deepEqual(seen(diagnostics).map(({ code }) => code), read ? againstLastYear : plain.map(({ code }) => code));
        assert.deepEqual(crossYear(diagnostics), read ? ['GR307'] : []);
        const resolved = path.resolve(workspace, previousReport());
        assert.deepEqual(warnings, read ? [] : [`govreport：上年报告 ${resolved} 不在工作区文件夹内或无法读取，未作跨年度检查（GR306、GR307）。`]);
      });
    }

    it('outside the workspace but opened by the user: the editor’s text is used', async () => {
      await start(() => ({ previousReport: '../outside.govreport' }));
      await client!.open(pathToFileURL(outside).href, text);
      const { diagnostics } = await openIn('settings-opened');
      assert.deepEqual(crossYear(diagnostics), ['GR307']);
    });
  });

  describe('untrusted workspace', () => {
    it('package.json declares limited support, with previousReport restricted', () => {
      const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
      assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
      assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['govreport.previousReport']);
    });

    it('restricted: settings’ previousReport is not followed, .govreportrc.json rules still apply; trusted later: it is', async () => {
      await start(() => ({ previousReport: 'last-year.govreport' }), { workspaceTrusted: false });
      const { uri, diagnostics } = await openIn('restricted', JSON.stringify({ rules: { GR406: 'hint' } }));
      assert.deepEqual(seen(diagnostics), plain.map((diagnostic) => ({ ...diagnostic, severity: 4 })));
      assert.deepEqual(warnings, [], 'no path was followed, so none was refused');

      const before = client!.published.length;
      await client!.connection.sendNotification(WorkspaceTrustedNotification);
      const trusted = await client!.diagnostics((params) => params.uri === uri && client!.published.indexOf(params) >= before);
      assert.deepEqual(crossYear(trusted.diagnostics), ['GR307']);
    });

    it('a client that says nothing about trust (another editor) is trusted', async () => {
      await start(() => ({ previousReport: 'last-year.govreport' }), undefined);
      assert.deepEqual(crossYear((await openIn('no-trust-option')).diagnostics), ['GR307']);
    });
  });
});
