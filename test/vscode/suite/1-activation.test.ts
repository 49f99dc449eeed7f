// Runs first (the suite files run in the order of their number prefix): the extension must not be active before a report is opened.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { SERVER_EXEC_ARGV, SERVER_IPC_SERIALIZATION } from '../../../server/src/lsp/processOptions';
import { closeAllEditors, extension, govreportDiagnostics, LANGUAGE_ID, manifest, openReport, SEEDS, seedUri, sleep, waitFor, workspaceFile } from './helpers';

/** Activation events that would start the extension without a report being opened. */
const EAGER_ACTIVATION = /^(\*|onStartupFinished|workspaceContains:|onLanguage:plaintext$)/;

suite('activation', () => {
  suiteTeardown(closeAllEditors);

  test('an unrelated text file is left as plain text: no diagnostics, and no language server started for it', async () => {
    // Detection off for this test (the fixture workspace turns it on): then nothing may start the server.
    const settings = vscode.workspace.getConfiguration('govreport');
    await settings.update('plainText.detect', false, vscode.ConfigurationTarget.Workspace);
    try {
      const eager = (manifest().activationEvents ?? []).filter((event) => EAGER_ACTIVATION.test(event));
      const editor = await openReport(workspaceFile('notes', 'meeting-notes.txt'));
      await sleep(1500);
      assert.equal(editor.document.languageId, 'plaintext');
      assert.deepStrictEqual(govreportDiagnostics(editor.document.uri), []);
      if (eager.length === 0) {
        assert.equal(extension().isActive, false, 'opening plain text does not activate the extension');
      } else {
        // Activated for plain text (the opt-in detection needs that), but the server stays down.
        await waitFor('the extension to activate', () => (extension().isActive ? true : undefined));
        assert.equal((extension().exports as { isServerStarted(): boolean }).isServerStarted(), false);
      }
    } finally {
      await settings.update('plainText.detect', true, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a .govreport file activates the extension and is checked', async () => {
    const editor = await openReport(seedUri(SEEDS[4]));
    assert.equal(editor.document.languageId, LANGUAGE_ID);
    await waitFor('the extension to activate', () => (extension().isActive ? true : undefined));
    await waitFor('diagnostics of seed 004', () => (govreportDiagnostics(editor.document.uri).length > 0 ? true : undefined));
  });

  test('the server runs as processOptions.ts says: a child of the extension host, its V8 flags, IPC with structured serialisation', () => {
    // Linux /proc: the child of this extension host running the bundled server. The serialisation reaches the child as
    // the environment variable Node's fork sets for it.
    const servers = fs.readdirSync('/proc').filter((pid) => /^\d+$/.test(pid)).flatMap((pid) => {
      try {
        const parent = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]);
        const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
        const environment = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
        return parent === process.pid && argv.some((arg) => arg.endsWith('dist/server/server.js')) ? [{ argv, environment }] : [];
      } catch {
        return []; // a process that ended while being read
      }
    });
    assert.equal(servers.length, 1, 'one server process');
    const [{ argv, environment }] = servers;
    assert.deepEqual(argv.slice(1, 1 + SERVER_EXEC_ARGV.length), [...SERVER_EXEC_ARGV]);
    assert.ok(argv.includes('--node-ipc'), argv.join(' '));
    assert.ok(environment.includes(`NODE_CHANNEL_SERIALIZATION_MODE=${SERVER_IPC_SERIALIZATION}`));
  });

  test('a plain-text file that looks like a report is checked when govreport.plainText.detect is on', async () => {
    // The fixture workspace's .vscode/settings.json turns the detection on.
    assert.equal(vscode.workspace.getConfiguration('govreport').get('plainText.detect'), true);
    const editor = await openReport(workspaceFile('plain', 'report-like.txt'));
    await waitFor('the document to switch to the report language', () =>
      (editor.document.languageId === LANGUAGE_ID ? true : undefined));
    await waitFor('diagnostics of the plain-text report', () => (govreportDiagnostics(editor.document.uri).length > 0 ? true : undefined));
  });

  test('and is left alone when the setting is off', async () => {
    const settings = vscode.workspace.getConfiguration('govreport');
    await settings.update('plainText.detect', false, vscode.ConfigurationTarget.Workspace);
    try {
      const editor = await openReport(workspaceFile('plain', 'report-like-too.txt'));
      await sleep(1500);
      assert.equal(editor.document.languageId, 'plaintext');
      assert.deepStrictEqual(govreportDiagnostics(editor.document.uri), []);
    } finally {
      await settings.update('plainText.detect', true, vscode.ConfigurationTarget.Workspace);
    }
  });
});
