// The UI test: what a person sees when they open seed 004 in VS Code (code-server) in a browser.
// The built .vsix (npm run package) is installed into a fresh profile with `code-server --install-extension`,
// exactly as a user would; Debian's /usr/bin/chromium is driven headless by playwright-core (no browser is
// ever downloaded). The screenshots it takes are the ones docs/getting-started.md and the README show (see SCREENSHOTS).
//
// Expectations come from test/fixtures/expected/004_….json (what the unit tests assert) and, for the quick
// fix's title, from the compiled core (out/, npm run compile-tests).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureVscode } from '../../../scripts/vscode/cache.mjs';
import { freshProfile, installExtension, killGroupNow, QUIET_USER_SETTINGS, startCodeServer } from '../../../scripts/vscode/code-server.mjs';
import { CHROMIUM_ARGS } from '../harness/run-in-workbench.mjs';

const require = createRequire(import.meta.url);
const { expectedDiagnostics } = require('../expected-diagnostics.cjs');
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const SEED = '004_a38cdfde3829ff42';
const FILE_NAME = '004-changning-data-bureau-2024.govreport';
// The screenshots go to out/screenshots on every run (a test run leaves the working tree as it was);
// `npm run screenshots` runs this test with GOVREPORT_UPDATE_SCREENSHOTS=1 to refresh the documentation's copies.
const SCREENSHOTS = process.env.GOVREPORT_UPDATE_SCREENSHOTS === '1' ? path.join(repoRoot, 'docs', 'screenshots') : path.join(repoRoot, 'out', 'screenshots');
fs.mkdirSync(SCREENSHOTS, { recursive: true });
const STEP_TIMEOUT_MS = 60000;

const seedText = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'seeds', `${SEED}.txt`), 'utf8');
const seedLines = seedText.split(/\r?\n/);
const expected = expectedDiagnostics(repoRoot, SEED);
/** The errors on the （七）总计 row (its 自然人 and 总计 cells); the first is the one the test fixes on screen. */
const totalRowLine = seedLines.findIndex((line) => /^[(（]七[)）]总计/.test(line.replace(/^\|\s*/, ''))) + 1;
const totalRowErrors = expected.filter((d) => d.severity === 'error' && d.line === totalRowLine);
const totalError = totalRowErrors[0];
const { checkReport } = require(path.join(repoRoot, 'out', 'server', 'src', 'core', 'index.js'));
const coreDiagnostic = checkReport(seedText).diagnostics.find(
  (d) => d.code === totalError?.code && d.range.start.line === totalRowLine - 1 && d.fix,
);

let server;
let context;
let page;
let scratch;
let extensionsDir;

/** The editor's rendered line holding `text` (the editor must have scrolled it into view). */
const viewLine = (text) => page.locator('.monaco-editor .view-lines .view-line', { hasText: text }).first();

/** Squiggles whose vertical middle lies within the rendered line `line`. */
async function squigglesOnLine(line, cssClass) {
  const lineBox = await line.boundingBox();
  const boxes = await page.locator(`.monaco-editor .${cssClass}`).evaluateAll((elements) =>
    elements.map((e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }));
  return boxes.filter((b) => lineBox && b.y + b.height / 2 >= lineBox.y && b.y + b.height / 2 <= lineBox.y + lineBox.height);
}

async function goToLine(lineNumber) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: STEP_TIMEOUT_MS });
  await input.fill(`:${lineNumber}`);
  await page.keyboard.press('Enter');
}

describe('seed 004 in the VS Code workbench (code-server, chromium)', { timeout: 300000 }, () => {
  before(async () => {
    assert.ok(totalRowLine > 0, 'seed 004 has a （七）总计 row');
    assert.ok(totalError, `the expected diagnostics of ${SEED} include an error on line ${totalRowLine} (（七）总计)`);
    assert.ok(coreDiagnostic, 'the core offers a fix for that error');
    const paths = await ensureVscode({ requireSystem: ['chromium', 'cjkFonts'] });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-ui-test-'));
    const profile = freshProfile(scratch, { userSettings: { ...QUIET_USER_SETTINGS, 'editor.hover.delay': 200 } });
    installExtension(paths, profile, path.join(repoRoot, 'dist', 'govreport.vsix'));
    extensionsDir = profile.extensionsDir;
    const workspace = path.join(scratch, 'workspace');
    fs.mkdirSync(workspace);
    fs.writeFileSync(path.join(workspace, FILE_NAME), seedText);
    server = await startCodeServer(paths, profile);
    process.on('exit', () => killGroupNow(server.pid));
    context = await chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
      executablePath: paths.chromium, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(`${server.baseUrl}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.part.editor').click({ position: { x: 300, y: 300 } }).catch(() => {});
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(FILE_NAME);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: FILE_NAME }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines .view-line').first().waitFor();
    await goToLine(totalRowLine);
  });

  after(async () => {
    await context?.close().catch(() => {});
    server?.stop();
    if (server) await Promise.race([server.exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  // The node bundles load some files beside them at run time (opencc's Simplified → Traditional build, the check
  // worker): the installed extension must hold them, or a conversion or a large report fails only after install.
  it('installs every file its bundles load beside them', () => {
    const [installed] = fs.readdirSync(extensionsDir).filter((name) => name.startsWith('govreport.govreport-'));
    assert.ok(installed, 'the extension is installed');
    const dist = path.join(extensionsDir, installed, 'dist');
    const loaded = [path.join('server', 'checkWorker.js')];
    for (const bundle of ['server/server.js', 'server/checkWorker.js', 'client/extension.js']) {
      const source = fs.readFileSync(path.join(dist, bundle), 'utf8');
      for (const [, relative] of source.matchAll(/\brequire\("(\.\.?\/[^"]+)"\)/g)) loaded.push(path.join(path.dirname(bundle), relative));
    }
    assert.ok(loaded.includes(path.join('server', 'opencc-cn2t.js')), 'the server loads opencc-cn2t.js beside it');
    assert.deepEqual(loaded.filter((file) => !fs.existsSync(path.join(dist, file))), []);
  });

  it('underlines the wrong cells of the （七）总计 row with error squiggles', async () => {
    const line = viewLine(seedLines[totalRowLine - 1].slice(0, 6));
    await line.waitFor();
    // The editor may still be scrolling the row into view: look until the squiggles sit on it.
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    let squiggles = await squigglesOnLine(line, 'squiggly-error');
    while (squiggles.length !== totalRowErrors.length && Date.now() < deadline) {
      await page.waitForTimeout(200);
      squiggles = await squigglesOnLine(line, 'squiggly-error');
    }
    assert.equal(squiggles.length, totalRowErrors.length, `${totalRowErrors.length} error squiggles on the （七）总计 row`);
  });

  it('lists the error in the Problems panel', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row', { hasText: totalError.message });
    await row.first().waitFor();
    const text = await row.first().innerText();
    assert.ok(text.includes(totalError.code), `the Problems entry names ${totalError.code}: ${JSON.stringify(text)}`);
    assert.ok(text.includes(`[Ln ${totalError.line}, Col ${totalError.column}]`), `the Problems entry points at the cell: ${JSON.stringify(text)}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, '004-problems-panel.png') });
  });

  it('shows the error and the total\'s hover when the mouse rests on it', async () => {
    const line = viewLine(seedLines[totalRowLine - 1].slice(0, 6));
    const [squiggle] = await squigglesOnLine(line, 'squiggly-error');
    assert.ok(squiggle, 'the squiggle is on screen');
    await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
    await page.mouse.move(squiggle.x + squiggle.width / 2 + 1, squiggle.y + squiggle.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: totalError.message });
    await hover.first().waitFor({ state: 'visible' });
    const text = await hover.first().innerText();
    assert.ok(text.includes(totalError.message), 'the hover shows the diagnostic message');
    await page.waitForTimeout(300); // let the hover finish fading in before the screenshot
    await page.screenshot({ path: path.join(SCREENSHOTS, '004-hover-on-total.png') });
  });

  it('offers the quick fix in the light-bulb menu', async () => {
    const line = viewLine(seedLines[totalRowLine - 1].slice(0, 6));
    const [squiggle] = await squigglesOnLine(line, 'squiggly-error');
    await page.mouse.click(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
    await page.mouse.move(10, 400); // away from the text, so no hover covers the menu
    // The light bulb sits in the editor's gutter (codicon-gutter-lightbulb-auto-fix when a preferred fix exists).
    const lightBulb = page.locator('.monaco-editor .codicon[class*="codicon-gutter-lightbulb"]').first();
    await lightBulb.waitFor({ state: 'visible' });
    await lightBulb.click();
    const menuItem = page.locator('.action-widget .monaco-list-row', { hasText: coreDiagnostic.fix.title });
    await menuItem.first().waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(SCREENSHOTS, '004-quick-fix-menu.png') });
    const squigglesBefore = await page.locator('.monaco-editor .squiggly-error').count();
    await menuItem.first().click();
    await page.waitForFunction(
      ([count]) => document.querySelectorAll('.monaco-editor .squiggly-error').length < count,
      [squigglesBefore],
    );
    // The editor redraws its decorations when the new diagnostics arrive: the count can pass through 0 while it
    // does, so the row is read until it shows what it should (or the step's time is up), then asserted.
    const rowErrors = async () => (await squigglesOnLine(viewLine(seedLines[totalRowLine - 1].slice(0, 6)), 'squiggly-error')).length;
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    let remaining = await rowErrors();
    while (remaining !== totalRowErrors.length - 1 && Date.now() < deadline) {
      await page.waitForTimeout(100);
      remaining = await rowErrors();
    }
    assert.equal(remaining, totalRowErrors.length - 1, 'applying the quick fix removes that cell\'s error');
  });

  it('counts the problems in the status bar', async () => {
    const errorsLeft = expected.filter((d) => d.severity === 'error').length - 1;
    const warnings = expected.filter((d) => d.severity === 'warning').length;
    const workbenchCount = `Errors: ${errorsLeft}, Warnings: ${warnings}`;
    await page.waitForFunction(
      ([label]) => document.getElementById('status.problems')?.getAttribute('aria-label') === label,
      [workbenchCount],
    ).catch(() => {});
    assert.equal(await page.locator('[id="status.problems"]').getAttribute('aria-label'), workbenchCount,
      'the workbench counts the problems left after the fix');
    // The extension's own item counts the active report's problems. It is updated when the extension receives the
    // new diagnostics, which may be a moment after the workbench's own count: wait for it as for the workbench's.
    const ownCount = `\\b${errorsLeft} errors?\\b.*\\b${warnings} warnings?\\b`;
    await page.waitForFunction(
      ([pattern]) => new RegExp(pattern).test(document.querySelector('[id$="govreport.status"]')?.getAttribute('aria-label') ?? ''),
      [ownCount],
    ).catch(() => {});
    const ownLabel = await page.locator('[id$="govreport.status"]').first().getAttribute('aria-label');
    assert.match(ownLabel ?? '', new RegExp(ownCount), `the extension's status item: ${JSON.stringify(ownLabel)}`);
  });
});
