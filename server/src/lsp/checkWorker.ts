import { parentPort } from 'node:worker_threads';
import { checkReport, type CheckOptions, type CheckResult } from '../core/check';
import { answer, type AnswerName, type AnswerParams } from './answers';
import { publishedDiagnostic, type PublishedDiagnostic } from './publishedDiagnostic';

/**
 * Worker thread entry (dist/server/checkWorker.js): checks large documents off the server's main thread, and answers
 * the editor's requests about them from the results it keeps, so a 50 MB report never holds up the small ones open
 * beside it.
 *
 * Both ways a document travels in parts (offThreadChecker.ts says why): its text comes in parts, in order, the last
 * carrying the options and starting the check; its diagnostics go back in parts, the last marked.
 */
export type CheckRequest =
  | { id: number; textPart: string }
  | { id: number; textPart: string; options: CheckOptions }
  | { id: number; answer: AnswerName; checkId: number; params: unknown }
  | { release: number };

export type CheckResponse =
  | { id: number; diagnosticsPart: PublishedDiagnostic[]; last: boolean }
  | { id: number; error: string }
  | { id: number; answered: unknown }
  | { id: number; gone: true };

/**
 * Diagnostics per reply message: a 50 MB report has ≈40,000, which the main thread would otherwise take in (copy out
 * of the message) in one go of several hundred milliseconds.
 */
export const DIAGNOSTICS_PART_LENGTH = 2048;

/**
 * How many check results the worker keeps for requests, the newest: a 50 MB report's takes ≈1 GB. Asked about an
 * older one, the worker says it is gone, and the server sends it that text to check again (server.ts, answerAbout).
 */
export const KEPT_RESULTS = 2;

/** The parts received so far of each document not yet complete. */
const partsById = new Map<number, string[]>();
/** Results by the id of the check that made them, oldest first. */
const results = new Map<number, CheckResult>();

const post = (response: CheckResponse): void => parentPort!.postMessage(response);

function sendDiagnostics(id: number, diagnostics: PublishedDiagnostic[]): void {
  for (let start = 0; ; start += DIAGNOSTICS_PART_LENGTH) {
    const last = start + DIAGNOSTICS_PART_LENGTH >= diagnostics.length;
    post({ id, diagnosticsPart: diagnostics.slice(start, start + DIAGNOSTICS_PART_LENGTH), last });
    if (last) return;
  }
}

function keep(id: number, result: CheckResult): void {
  results.set(id, result);
  for (const old of results.keys()) {
    if (results.size <= KEPT_RESULTS) break;
    results.delete(old);
  }
}

function check(id: number, text: string, options: CheckOptions): void {
  let result: CheckResult;
  try {
    result = checkReport(text, options);
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  keep(id, result);
  sendDiagnostics(id, result.diagnostics.map(publishedDiagnostic));
}

function answerRequest(id: number, name: AnswerName, checkId: number, params: unknown): void {
  const result = results.get(checkId);
  if (!result) {
    post({ id, gone: true });
    return;
  }
  try {
    post({ id, answered: answer(name, result, params as AnswerParams<typeof name>) });
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

parentPort?.on('message', (request: CheckRequest) => {
  if ('release' in request) {
    results.delete(request.release);
    return;
  }
  if ('answer' in request) {
    answerRequest(request.id, request.answer, request.checkId, request.params);
    return;
  }
  const parts = partsById.get(request.id) ?? [];
  parts.push(request.textPart);
  if (!('options' in request)) {
    partsById.set(request.id, parts);
    return;
  }
  partsById.delete(request.id);
  check(request.id, parts.join(''), request.options);
});
