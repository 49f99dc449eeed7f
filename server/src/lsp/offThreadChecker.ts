import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/check';
import type { AnswerName, AnswerOf, AnswerParams } from './answers';
import type { CheckRequest, CheckResponse } from './checkWorker';
import type { PublishedDiagnostic } from './publishedDiagnostic';

/** Large documents checked, and asked about, on the worker thread. */
export interface OffThreadCheck {
  /** Checks `text` there: the check's id (to ask about its result) and its diagnostics as publishing needs them. */
  check(text: string, options: CheckOptions): Promise<{ checkId: number; diagnostics: PublishedDiagnostic[] }>;
  /**
   * Answer `name` (answers.ts) from the result of check `checkId`; undefined when the worker no longer keeps that
   * result (it keeps the newest few).
   */
  answer<N extends AnswerName>(checkId: number, name: N, params: AnswerParams<N>): Promise<{ answered: AnswerOf<N> } | undefined>;
  /** The result of check `checkId` is no longer needed (its document closed): the worker lets it go. */
  release(checkId: number): void;
}

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
 * How much of a document's text one message to the worker carries, in UTF-16 units (2 MB). Copying a 50 MB text to
 * the worker in one message holds the main thread for the whole copy (≈150 ms here, bench/RESULTS.md), and a small
 * report opened beside it waits that long for its diagnostics; in parts, with the event loop turning between them,
 * the small report's messages and check run in between.
 */
export const TEXT_PART_LENGTH = 1 << 20;

const nextTurnOfEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * One lazily started worker thread that checks large documents and answers requests about them, in order. It keeps
 * the process alive only while something is pending (unref'd when idle: an editor that goes away is never kept
 * waiting on it); if it dies, what is pending fails (the caller falls back to the main thread) and the next check
 * starts a new one. `partLength`: TEXT_PART_LENGTH, smaller in tests.
 */
export function createOffThreadCheck(partLength = TEXT_PART_LENGTH): OffThreadCheck | undefined {
  const script = findWorkerScript();
  if (!script) return undefined;
  let worker: Worker | undefined;
  let nextId = 0;
  /** Each check or request under way; a check with the parts of its diagnostics received so far. */
  const pending = new Map<number, { received: PublishedDiagnostic[][]; resolve: (value: never) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };

  const start = (): Worker => {
    const started = new Worker(script);
    started.on('message', (response: CheckResponse) => {
      const waiting = pending.get(response.id);
      if (!waiting) return;
      if ('diagnosticsPart' in response) {
        waiting.received.push(response.diagnosticsPart);
        if (!response.last) return;
      }
      pending.delete(response.id);
      if (pending.size === 0) started.unref();
      const settle = waiting.resolve as (value: unknown) => void;
      if ('error' in response) waiting.reject(new Error(response.error));
      else if ('diagnosticsPart' in response) settle({ checkId: response.id, diagnostics: waiting.received.flat() });
      else settle('gone' in response ? undefined : { answered: response.answered });
    });
    started.on('error', failAll);
    started.on('exit', () => failAll(new Error('the check worker exited')));
    // After the listeners: adding a 'message' listener refs a worker again.
    started.unref();
    return started;
  };

  /** Sends the text part by part; stops when the worker that took the first part is gone (the check has failed). */
  async function send(target: Worker, id: number, text: string, options: CheckOptions): Promise<void> {
    for (let start = 0; ; start += partLength) {
      const end = start + partLength;
      if (end >= text.length) {
        target.postMessage({ id, textPart: text.slice(start), options } satisfies CheckRequest);
        return;
      }
      target.postMessage({ id, textPart: text.slice(start, end) } satisfies CheckRequest);
      await nextTurnOfEventLoop();
      if (worker !== target) return;
    }
  }

  /** Registers request `id` as pending on `target` (which then keeps the process alive until it is answered). */
  function expect<T>(target: Worker, id: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { received: [], resolve: resolve as (value: never) => void, reject });
      target.ref();
    });
  }

  return {
    check(text, options) {
      const target = (worker ??= start());
      const id = nextId++;
      const checked = expect<{ checkId: number; diagnostics: PublishedDiagnostic[] }>(target, id);
      void send(target, id, text, options);
      return checked;
    },
    answer(checkId, name, params) {
      const target = (worker ??= start());
      const id = nextId++;
      const answered = expect<{ answered: AnswerOf<typeof name> } | undefined>(target, id);
      target.postMessage({ id, answer: name, checkId, params } satisfies CheckRequest);
      return answered;
    },
    release(checkId) {
      worker?.postMessage({ release: checkId } satisfies CheckRequest);
    },
  };
}
