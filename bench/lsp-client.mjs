/**
 * The bundled language server, driven by vscode-languageserver-protocol's JSON-RPC client — what an editor does, minus
 * the editor. Records when each publishDiagnostics arrives. Over stdio, as any editor can start it, or over Node IPC,
 * as the VS Code extension starts it (client/src/extension.ts: vscode-languageclient's TransportKind.ipc forks the
 * module with `--node-ipc`).
 */
import { fork, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import { buildBenchModules } from './build.mjs';
import { SERVER_BUNDLE } from './paths.mjs';
import { now } from './stats.mjs';

const { SERVER_EXEC_ARGV, SERVER_IPC_SERIALIZATION } = await buildBenchModules();

export class BenchServer {
  /**
   * `spawnedAt`: when the process was started, for cold-start figures. `transport`: 'stdio', or 'ipc' as the extension
   * forks it (its IPC serialisation included). `settings`: the govreport.* settings the client answers the server's
   * workspace/configuration requests with; without them the client does not offer configuration (the defaults).
   * `serverModule`: the server to start, govreport's bundle unless a benchmark compares it with another.
   */
  static start(transport = 'stdio', settings = undefined, serverModule = SERVER_BUNDLE) {
    const spawnedAt = now();
    // Started with the V8 flags the extension gives it (client/src/extension.ts).
    let child;
    let connection;
    if (transport === 'ipc') {
      child = fork(serverModule, ['--node-ipc'], { execArgv: [...SERVER_EXEC_ARGV], stdio: ['pipe', 'pipe', 'inherit', 'ipc'], serialization: SERVER_IPC_SERIALIZATION });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, [...SERVER_EXEC_ARGV, serverModule, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    }
    const server = new BenchServer(child, connection, spawnedAt, settings);
    if (settings) connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => server.received(params));
    connection.listen();
    return server;
  }

  constructor(child, connection, spawnedAt, settings) {
    this.settings = settings;
    this.child = child;
    this.connection = connection;
    this.spawnedAt = spawnedAt;
    this.waiters = [];
  }

  async initialize() {
    const capabilities = { workspace: { configuration: this.settings !== undefined } };
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  received(params) {
    const at = now();
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.uri !== params.uri || (waiter.version !== undefined && params.version !== waiter.version)) return true;
      waiter.resolve({ at, params });
      return false;
    });
  }

  /** Resolves with { at, params } at the publishDiagnostics of `uri` (of `version`, when given). */
  diagnosticsOf(uri, version) {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  open(uri, text, version = 1) {
    return this.openTimed(uri, text, version).published;
  }

  /**
   * Opens a document; `written` resolves with the time the message was handed to the pipe (a pipe holds 64 KB, so
   * by then the server has read all but the last of it), `published` as open's promise does.
   */
  openTimed(uri, text, version = 1) {
    const published = this.diagnosticsOf(uri, version);
    const written = this.connection
      .sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'govreport', version, text } })
      .then(() => now());
    return { written, published };
  }

  /**
   * What VS Code asks about a document as soon as it opens it (the outline and the folding ranges); resolves when
   * both are answered, with an error too (the bare server of bench/bare-server.mjs has neither).
   */
  askOnOpen(uri) {
    const textDocument = { uri };
    return Promise.allSettled([
      this.connection.sendRequest('textDocument/documentSymbol', { textDocument }),
      this.connection.sendRequest('textDocument/foldingRange', { textDocument }),
    ]);
  }

  /** One incremental change; resolves at the diagnostics of the new version. */
  change(uri, version, range, text) {
    const published = this.diagnosticsOf(uri, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return published;
  }

  /** Resident memory of the server process, in MB (Linux /proc). */
  residentMegabytes() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)[1]) / 1024;
  }

  async stop() {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }
}
