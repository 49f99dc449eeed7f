import * as assert from 'node:assert/strict';
import { after, before, describe, it, type TestContext } from 'node:test';
import { CodeActionTriggerKind, type Diagnostic } from 'vscode-languageserver-protocol';
import { checkReport } from '../../server/src/core';
import { DEFAULT_MAX_FILE_SIZE } from '../../server/src/lsp/sizeLimit';
import { LspTestClient, readSeed } from '../helpers/lsp-client';
import { expectedDiagnostics, seen } from '../helpers/lsp-expect';
import { binaryJunk, hasLoneSurrogate, hundredThousandTinyTables, millionCharacterLine, repeatedSeed } from '../helpers/lsp-hostile-inputs';
import { askEverything, comparable, expectedAnswers, NO_ANSWERS, type Probe } from '../helpers/lsp-hostile-requests';
import { positionOf } from '../helpers/lsp-positions';

/**
 * Hostile sizes through the language server (issue 7): the server answers every editor request on each document,
 * says once, instead of checking, that a document is above govreport.maxFileSize, and a small report opened next to
 * a huge one still gets its diagnostics. One server takes every document in turn, so a crash on any of them fails
 * the final shutdown too. Times are printed as test diagnostics, never asserted.
 */

/** Documents whose URI contains this get a raised size limit from the client's settings. */
const RAISED = 'raised-limit';
const RAISED_MAX_FILE_SIZE = 100_000_000;
const FIFTY_MB = 50_000_000;

function sizeLimitDiagnostic(length: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 3,
    code: 'max-file-size',
    source: 'govreport',
    message: `文件有 ${length} 个字符，超过设置 govreport.maxFileSize 的上限 ${limit}，未作检查。`,
  };
}

function since(started: number): string {
  return `${(performance.now() - started).toFixed(0)} ms`;
}

describe('hostile sizes through the language server', () => {
  let client: LspTestClient;
  const small = readSeed('001');
  const smallExpected = expectedDiagnostics(small);
  let smallDocuments = 0;

  before(async () => {
    client = await LspTestClient.start({
      configuration: (items) =>
        items.map((item) => {
          if (!item.scopeUri?.includes(RAISED)) return {};
          return { maxFileSize: RAISED_MAX_FILE_SIZE };
        }),
    });
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server survived every document and shut down cleanly');
  });

  /** Opens the huge document and, right behind it, a small report; both publications are awaited and timed. */
  async function openNextToSmallReport(t: TestContext, uri: string, text: string, timeoutMs: number, whileServerWorks?: () => Promise<void>): Promise<Diagnostic[]> {
    const smallUri = `file:///hostile/small-${++smallDocuments}.govreport`;
    const started = performance.now();
    await client.open(uri, text);
    await client.open(smallUri, small);
    await whileServerWorks?.();
    const [big, beside] = await Promise.all([
      client.diagnostics((params) => params.uri === uri && params.version === 1, timeoutMs).then((params) => {
        t.diagnostic(`${uri}: ${text.length} UTF-16 units, ${params.diagnostics.length} diagnostics published after ${since(started)}`);
        return params;
      }),
      client.diagnostics((params) => params.uri === smallUri && params.version === 1, timeoutMs).then((params) => {
        t.diagnostic(`small report opened beside it: diagnostics after ${since(started)}`);
        return params;
      }),
    ]);
    assert.deepEqual(seen(beside.diagnostics), smallExpected, 'the small report is checked correctly beside the huge one');
    await client.close(smallUri);
    return big.diagnostics;
  }

  async function answersTimed(t: TestContext, uri: string, probe: Probe) {
    const started = performance.now();
    const answers = await askEverything(client, uri, probe);
    t.diagnostic(`six requests answered in ${since(started)}`);
    return answers;
  }

  it('a 50 MB document above the default maxFileSize: one information diagnostic, no check, every request answered empty', { timeout: 60_000 }, async (t) => {
    const text = repeatedSeed(FIFTY_MB);
    assert.ok(Buffer.byteLength(text) >= FIFTY_MB && text.length > DEFAULT_MAX_FILE_SIZE);
    const uri = 'file:///hostile/fifty-mb.govreport';
    const diagnostics = await openNextToSmallReport(t, uri, text, 50_000);
    assert.deepEqual(diagnostics, [sizeLimitDiagnostic(text.length, DEFAULT_MAX_FILE_SIZE)]);

    const probe: Probe = { hover: positionOf(text, '| 6 |', 2), range: { start: { line: 0, character: 0 }, end: { line: 120, character: 0 } }, triggerKind: CodeActionTriggerKind.Invoked };
    assert.deepEqual(await answersTimed(t, uri, probe), NO_ANSWERS);
    assert.deepEqual(
      client.published.filter((params) => params.uri === uri).map((params) => params.diagnostics.length),
      [1],
      'said once',
    );
    await client.close(uri);
  });

  it('the same 50 MB document with maxFileSize raised above it: checked, and every request answered', { timeout: 90_000 }, async (t) => {
    const text = repeatedSeed(FIFTY_MB);
    const uri = `file:///hostile/${RAISED}/fifty-mb.govreport`;
    // The server checks a document this large on its worker thread: the small report beside it must not wait.
    const diagnostics = await openNextToSmallReport(t, uri, text, 80_000);
    const started = performance.now();
    const result = checkReport(text);
    t.diagnostic(`checkReport in the test process: ${since(started)}`);
    assert.deepEqual(
      seen(diagnostics),
      result.diagnostics.map((diagnostic) => ({
        code: diagnostic.code,
        range: diagnostic.range,
        severity: { error: 1, warning: 2, information: 3, hint: 4 }[diagnostic.severity],
        message: diagnostic.message,
      })),
    );
    assert.ok(diagnostics.length > 0 && diagnostics.every((diagnostic) => diagnostic.code !== 'max-file-size'));

    // Automatic, as on a cursor move: the whole-document actions (fix all, conversion) of a 50 MB text are only
    // computed when the user opens the menu.
    const probe: Probe = { hover: positionOf(text, '| 6 |', 2), range: { start: { line: 0, character: 0 }, end: { line: 120, character: 0 } }, triggerKind: CodeActionTriggerKind.Automatic };
    const answers = await answersTimed(t, uri, probe);
    assert.deepEqual(comparable(answers), expectedAnswers(text, probe, result));
    assert.notEqual(answers.hover, null, 'the probe hovers over a total');
    await client.close(uri);
  });

  it('a single line of 1,000,000 characters', { timeout: 30_000 }, async (t) => {
    const text = millionCharacterLine();
    const uri = 'file:///hostile/million-character-line.govreport';
    assert.deepEqual(seen(await openNextToSmallReport(t, uri, text, 20_000)), expectedDiagnostics(text));
    const probe: Probe = { hover: { line: 0, character: 500_000 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1_000_000 } }, triggerKind: CodeActionTriggerKind.Invoked };
    assert.deepEqual(comparable(await answersTimed(t, uri, probe)), expectedAnswers(text, probe));
    await client.close(uri);
  });

  it('100,000 tiny tables', { timeout: 30_000 }, async (t) => {
    const text = hundredThousandTinyTables();
    const uri = 'file:///hostile/tiny-tables.govreport';
    assert.deepEqual(seen(await openNextToSmallReport(t, uri, text, 20_000)), expectedDiagnostics(text));
    const probe: Probe = { hover: { line: 150_001, character: 8 }, range: { start: { line: 0, character: 0 }, end: { line: 300_001, character: 0 } }, triggerKind: CodeActionTriggerKind.Invoked };
    assert.deepEqual(comparable(await answersTimed(t, uri, probe)), expectedAnswers(text, probe));
    await client.close(uri);
  });

  it('binary junk: NUL bytes, control characters and lone surrogates', { timeout: 30_000 }, async (t) => {
    const text = binaryJunk();
    assert.ok(text.includes('\0') && hasLoneSurrogate(text), 'the input holds what it claims to');
    const uri = 'file:///hostile/binary.govreport';
    assert.deepEqual(seen(await openNextToSmallReport(t, uri, text, 20_000)), expectedDiagnostics(text));
    const probe: Probe = { hover: { line: 3, character: 10 }, range: { start: { line: 0, character: 0 }, end: { line: 1_000_000, character: 0 } }, triggerKind: CodeActionTriggerKind.Invoked };
    assert.deepEqual(comparable(await answersTimed(t, uri, probe)), expectedAnswers(text, probe));
    await client.close(uri);
  });
});
