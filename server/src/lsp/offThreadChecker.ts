import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import type { Diagnostic } from '../core/diagnostic';
import type { CheckRequest, CheckResponse } from './checkWorker';

export type OffThreadCheck = (text: string, options: CheckOptions) => Promise<Diagnostic[]>;

/**
 * The worker script beside this bundle (dist/server/), beside the CLI bundle's server folder (dist/cli → dist/server),
 * or beside the compiled module (out/server/src/lsp). Undefined when none is there: checks then stay on the main
 * thread.
 */
function findWorkerScript(): string | undefined {
  const candidates = [path.join(__dirname, 'checkWorker.js'), path.join(__dirname, '..', 'server', 'checkWorker.js')];
  return candidates.find((candidate) => fs.existsSync(candidate));
}

/**
 * One lazily started worker thread that checks large documents in order. It is unref'd, so it never keeps the
 * server alive; if it dies, the pending checks fail (the caller falls back to checking on the main thread) and the
 * next check starts a new one.
 */
export function createOffThreadCheck(): OffThreadCheck | undefined {
  const script = findWorkerScript();
  if (!script) return undefined;
  let worker: Worker | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (diagnostics: Diagnostic[]) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };

  const start = (): Worker => {
    const started = new Worker(script);
    started.unref();
    started.on('message', (response: CheckResponse) => {
      const waiting = pending.get(response.id);
      pending.delete(response.id);
      if (!waiting) return;
      if ('error' in response) waiting.reject(new Error(response.error));
      else waiting.resolve(response.diagnostics);
    });
    started.on('error', failAll);
    started.on('exit', () => failAll(new Error('the check worker exited')));
    return started;
  };

  return (text, options) =>
    new Promise<Diagnostic[]>((resolve, reject) => {
      worker ??= start();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      const request: CheckRequest = { id, text, options };
      worker.postMessage(request);
    });
}
