import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER_BUNDLE } from './lsp-client';

/**
 * A bare server process for the tests of a client that goes away: unlike LspTestClient it lets the test choose the
 * `processId` the server watches, and records how the process ended and everything it wrote to stderr.
 */
export interface ServerProcess {
  child: ChildProcess;
  connection: ProtocolConnection;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Starts dist/server/server.js on stdio and completes initialize/initialized (build first: LspTestClient.start does). */
export async function startServerProcess(processId: number | null): Promise<ServerProcess> {
  const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  // The server's stdin may be closed under it by the test; writes after that must not throw in the test process.
  child.stdin!.on('error', () => {});
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId, rootUri: null, capabilities: {}, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});
  return { child, connection, exited, stderr: () => stderr };
}

/** Resolves with the value, or rejects when it takes longer than `ms` (a bound on a hang, not a timing assertion). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms))),
  ]);
}
