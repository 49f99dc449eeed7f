import { parentPort } from 'node:worker_threads';
import { checkReport, type CheckOptions } from '../core/check';
import type { Diagnostic } from '../core/diagnostic';

/**
 * Worker thread entry (dist/server/checkWorker.js): checks one large document at a time off the server's main
 * thread, so a 50 MB report never holds up the diagnostics of the small ones open beside it.
 */
export interface CheckRequest {
  id: number;
  text: string;
  options: CheckOptions;
}

export type CheckResponse = { id: number; diagnostics: Diagnostic[] } | { id: number; error: string };

parentPort?.on('message', ({ id, text, options }: CheckRequest) => {
  let response: CheckResponse;
  try {
    response = { id, diagnostics: checkReport(text, options).diagnostics };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
