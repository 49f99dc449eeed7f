// Shared by the integration tests, which run inside code-server's extension host: where the fixture
// workspace and the expectations are, how to open a report and wait for what the language server publishes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'govreport.govreport';
export const LANGUAGE_ID = 'govreport';
export const SEEDS = [
  '000_5a6ed33a11e10be0',
  '001_5ffaec79e2212253',
  '002_011fde16aa22de90',
  '003_c3b0ef98b8a3f889',
  '004_a38cdfde3829ff42',
] as const;
export const SEED_004 = '004_a38cdfde3829ff42';

export interface ExpectedDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

interface PackageJson {
  contributes: {
    commands?: { command: string; title: string }[];
    configuration?: { properties?: Record<string, unknown> } | { properties?: Record<string, unknown> }[];
  };
  activationEvents?: string[];
}

export function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed in the extension host`);
  return ext;
}

/** The repository: the extension under test is loaded from it (extensionDevelopmentPath). */
export function repoRoot(): string {
  return extension().extensionPath;
}

export function manifest(): PackageJson {
  return extension().packageJSON as PackageJson;
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return folder.uri;
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export function seedUri(seed: string): vscode.Uri {
  return workspaceFile('seeds', `${seed}.govreport`);
}

/** The expectations the core's unit tests assert too (test/fixtures/expected/<seed>.json). */
export function expectedDiagnostics(seed: string): ExpectedDiagnostic[] {
  const loader = require(path.join(repoRoot(), 'test', 'vscode', 'expected-diagnostics.cjs')) as {
    expectedDiagnostics: (root: string, seedName: string) => ExpectedDiagnostic[];
  };
  return loader.expectedDiagnostics(repoRoot(), seed);
}

/** The compiled checking core (npm run compile-tests), to compute what a hover, an export or a template must be. */
export function core(): typeof import('../../../server/src/core/index') & typeof import('../../../server/src/core/features/index') {
  const compiled = path.join(repoRoot(), 'out', 'server', 'src', 'core');
  return {
    ...(require(path.join(compiled, 'index.js')) as typeof import('../../../server/src/core/index')),
    ...(require(path.join(compiled, 'features', 'index.js')) as typeof import('../../../server/src/core/features/index')),
  };
}

/** What the core finds in `text`, in the CLI's JSON shape (through the CLI's own formatter), as the expectations are. */
export function coreDiagnostics(text: string): ExpectedDiagnostic[] {
  const formatter = path.join(repoRoot(), 'out', 'server', 'src', 'cli', 'formatters', 'json.js');
  const { toJsonResults } = require(formatter) as typeof import('../../../server/src/cli/formatters/json');
  return toJsonResults([{ file: '', diagnostics: core().checkReport(text).diagnostics }])[0].diagnostics;
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** A VS Code diagnostic in the CLI's JSON shape (1-based lines and columns), to compare with the expectations. */
export function asExpected(diagnostic: vscode.Diagnostic): ExpectedDiagnostic {
  return {
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    endLine: diagnostic.range.end.line + 1,
    endColumn: diagnostic.range.end.character + 1,
    severity: SEVERITY_NAMES[diagnostic.severity],
    code: codeOf(diagnostic),
    message: diagnostic.message,
  };
}

/** This extension's diagnostics of a document, in document order, in the CLI's JSON shape. */
export function govreportDiagnostics(uri: vscode.Uri): ExpectedDiagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === undefined || d.source === 'govreport')
    .map(asExpected)
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export function sortedExpected(list: ExpectedDiagnostic[]): ExpectedDiagnostic[] {
  return [...list].sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

/**
 * Waits until the published diagnostics of `uri` equal `expected`, then asserts it (so that a mismatch fails
 * with the full difference). Empty expectations are confirmed again after a pause, because "nothing published
 * yet" looks the same as "published nothing".
 */
export async function assertDiagnosticsBecome(uri: vscode.Uri, expected: ExpectedDiagnostic[], timeoutMs = 20000): Promise<void> {
  const want = sortedExpected(expected);
  const matches = () => JSON.stringify(govreportDiagnostics(uri)) === JSON.stringify(want);
  const deadline = Date.now() + timeoutMs;
  while (!matches() && Date.now() < deadline) await sleep(50);
  if (want.length === 0) await sleep(1500);
  assert.deepStrictEqual(govreportDiagnostics(uri), want);
}

export async function openReport(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Text of a hover's contents, markdown source included. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
    .join('\n');
}

/** The position of the first occurrence of `needle` in the document (asserting it is there). */
export function positionOf(document: vscode.TextDocument, needle: string, from = 0): vscode.Position {
  const offset = document.getText().indexOf(needle, from);
  assert.ok(offset >= 0, `${JSON.stringify(needle)} occurs in ${path.basename(document.uri.fsPath)}`);
  return document.positionAt(offset);
}

/** The line (0-based) of seed 004's （七）总计 row. */
export function totalRowLine(document: vscode.TextDocument): number {
  for (let line = 0; line < document.lineCount; line += 1) {
    if (/^[|｜\s]*[(（]七[)）]总计/.test(document.lineAt(line).text)) return line;
  }
  assert.fail('seed 004 has a （七）总计 row');
}

/** Rewrites a workspace file on disk (used for .govreportrc.json); returns its previous content. */
export function replaceFile(uri: vscode.Uri, content: string): string {
  const previous = fs.existsSync(uri.fsPath) ? fs.readFileSync(uri.fsPath, 'utf8') : '';
  fs.writeFileSync(uri.fsPath, content);
  return previous;
}
