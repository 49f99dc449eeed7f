// Runs an extension's test entry point inside code-server's real (Node) extension host, driven through
// Debian's headless chromium with playwright-core, and resolves with the test run's exit code.
//
// code-server has no --extensionDevelopmentPath option. A built VS Code workbench instead reads
// extensionDevelopmentPath / extensionTestsPath from the URL's `payload` query, and honours it only when
// the server runs with `--vscode-option enable-smoke-test-driver`. The paths must be vscode-remote URIs
// whose authority is the page's host (code-server uses location.host as the remote authority). When the
// tests finish the workbench calls window.codeAutomationExit(code); extension-host console output arrives
// through window.codeAutomationLog(type, args). Both are provided here.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Lines that an offline code-server workbench always logs and that say nothing about the extension under
 * test; they stay in the full log file.
 */
const WORKBENCH_NOISE = new RegExp([
  'open-vsx\\.org', 'ENOTFOUND', 'getaddrinfo', 'vsda', 'Creating a socket', 'connection token', 'AgentHost', 'Canceled',
  'reconnection-grace-time', 'Updating additional builtin extensions cache', '\\[Service Worker\\]', 'AccountPolicyGate',
].join('|'));

/**
 * @param {{ baseUrl: string, folder?: string, devPaths: string[], testsPath: string, chromiumPath: string,
 *           browserProfileDir: string, logFile: string, timeoutMs: number }} run
 * @returns {Promise<number>} the extension tests' exit code; 124 when they did not finish in time
 */
export async function runTestsInWorkbench(run) {
  const started = Date.now();
  fs.mkdirSync(path.dirname(run.logFile), { recursive: true });
  const fullLog = fs.createWriteStream(run.logFile);
  const authority = new URL(run.baseUrl).host;
  const remoteUri = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
  const payload = JSON.stringify([
    ...run.devPaths.map((p) => ['extensionDevelopmentPath', remoteUri(p)]),
    ['extensionTestsPath', remoteUri(run.testsPath)],
  ]);
  const where = run.folder ? `folder=${encodeURIComponent(path.resolve(run.folder))}` : 'ew=true';
  const url = `${run.baseUrl}/?${where}&payload=${encodeURIComponent(payload)}`;

  const context = await chromium.launchPersistentContext(run.browserProfileDir, {
    executablePath: run.chromiumPath, headless: true, args: CHROMIUM_ARGS,
  });
  try {
    let finish = () => {};
    const finished = new Promise((resolve) => { finish = resolve; });
    await context.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args);
      fullLog.write(`[${type}] ${text}\n`);
      if (WORKBENCH_NOISE.test(text)) return;
      // Mocha reports at 'info'. Warnings and errors are shown only when they come from the extension
      // under test; the workbench's own ones (stack only in workbench.js) stay in the log file.
      if (type === 'info' || type === 'log') console.log(text);
      else if (run.devPaths.some((p) => text.includes(p)) || !/workbench\.js:\d/.test(text)) console.log(`[${type}] ${text}`);
    });
    await context.exposeFunction('codeAutomationExit', (code) => finish(Number(code)));
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => fullLog.write(`[pageerror] ${err.message}\n`));
    console.log(`[vscode-tests] workbench ${url.slice(0, url.indexOf('&payload='))} (full log: ${run.logFile})`);
    await page.goto(url);
    const timer = setTimeout(() => {
      console.error(`[vscode-tests] the tests did not finish within ${run.timeoutMs / 1000} s`);
      finish(124);
    }, run.timeoutMs);
    const code = await finished;
    clearTimeout(timer);
    console.log(`[vscode-tests] extension tests exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    await context.close().catch(() => {});
    await new Promise((resolve) => fullLog.end(resolve));
  }
}
