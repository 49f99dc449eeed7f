import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type ConfigurationItem,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { SERVER_EXEC_ARGV, SERVER_IPC_SERIALIZATION } from '../../server/src/lsp/processOptions';

/** Repository root, from out/test/helpers/ (compiled) or test/helpers/. */
export const REPO_ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..');
export const SERVER_BUNDLE = path.join(REPO_ROOT, 'dist', 'server', 'server.js');
export const CLI_BUNDLE = path.join(REPO_ROOT, 'dist', 'cli', 'govreport.js');
export const SEEDS_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'seeds');

export const SEED_FILES = ['000_5a6ed33a11e10be0.txt', '001_5ffaec79e2212253.txt', '002_011fde16aa22de90.txt', '003_c3b0ef98b8a3f889.txt', '004_a38cdfde3829ff42.txt'];

export function readSeed(name: string): string {
  return readFileSync(path.join(SEEDS_DIR, SEED_FILES.find((file) => file.startsWith(name))!), 'utf8');
}

export function seedUri(name: string): string {
  return pathToFileURL(path.join(SEEDS_DIR, `${name}.govreport`)).href;
}

/** The tests drive the bundle, as shipped; build it once when it is missing. */
function ensureBundle(): void {
  if (existsSync(SERVER_BUNDLE)) return;
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('scripts/build.mjs failed');
}

export interface StartOptions {
  /** Arguments after `node`; the bundled server on stdio unless given. Not for `transport: 'ipc'`. */
  serverArgs?: string[];
  /**
   * 'stdio' (the default): as any editor can start the server. 'ipc': as the VS Code extension starts it
   * (client/src/extension.ts), forked with `--node-ipc`, its V8 flags and its IPC serialisation.
   */
  transport?: 'stdio' | 'ipc';
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  workspaceFolders?: { uri: string; name: string }[];
  /** Answers workspace/configuration; when given, the client says it supports configuration. */
  configuration?: (items: ConfigurationItem[]) => unknown[];
}

/** A JSON-RPC client (vscode-languageserver-protocol) on the bundled server's stdio, recording what it publishes. */
export class LspTestClient {
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  private stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  static async start(options: StartOptions = {}): Promise<LspTestClient> {
    ensureBundle();
    let child: ChildProcess;
    let connection: ProtocolConnection;
    if (options.transport === 'ipc') {
      child = fork(SERVER_BUNDLE, ['--node-ipc'], { execArgv: [...SERVER_EXEC_ARGV], serialization: SERVER_IPC_SERIALIZATION, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
      connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    } else {
      child = spawn(process.execPath, options.serverArgs ?? [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new LspTestClient(child, connection);
    child.stderr!.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => client.receive(params));
    connection.onRequest(RegistrationRequest.type, () => undefined);
    if (options.configuration) connection.onRequest(ConfigurationRequest.type, (params) => options.configuration!(params.items));
    connection.listen();
    const capabilities: ClientCapabilities = options.capabilities ?? {
      workspace: { configuration: options.configuration !== undefined, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    };
    await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: options.workspaceFolders ?? null,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  private receive(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    for (let index = this.waiters.length - 1; index >= 0; index--) {
      if (this.waiters[index].accept(params)) {
        this.waiters[index].resolve(params);
        this.waiters.splice(index, 1);
      }
    }
  }

  /** Resolves with the first publication (already received or coming) that `accept` takes. */
  diagnostics(accept: (params: PublishDiagnosticsParams) => boolean, timeoutMs = 5000): Promise<PublishDiagnosticsParams> {
    const seen = this.published.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics within ${timeoutMs} ms; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({
        accept,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      });
    });
  }

  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics((params) => params.uri === uri && params.version === version);
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'govreport', version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Shuts the server down as an editor does and waits for the process to end. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
