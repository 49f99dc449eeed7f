import { parentPort } from 'node:worker_threads';
import { checkReport, type CheckOptions } from '../core/check';
import type { Diagnostic } from '../core/diagnostic';

/**
 * Worker thread entry (dist/server/checkWorker.js): checks one large document at a time off the server's main
 * thread, so a 50 MB report never holds up the diagnostics of the small ones open beside it.
 *
 * A document's text comes in parts, in order (offThreadChecker.ts says why); the part that carries the options is
 * the last, and starts the check.
 */
export type CheckRequest = { id: number; textPart: string } | { id: number; textPart: string; options: CheckOptions };

export type CheckResponse = { id: number; diagnostics: Diagnostic[] } | { id: number; error: string };

/** The parts received so far of each document not yet complete. */
const partsById = new Map<number, string[]>();

parentPort?.on('message', (request: CheckRequest) => {
  const parts = partsById.get(request.id) ?? [];
  parts.push(request.textPart);
  if (!('options' in request)) {
    partsById.set(request.id, parts);
    return;
  }
  partsById.delete(request.id);
  let response: CheckResponse;
  try {
    response = { id: request.id, diagnostics: checkReport(parts.join(''), request.options).diagnostics };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
