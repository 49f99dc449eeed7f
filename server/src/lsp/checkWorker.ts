import { parentPort } from 'node:worker_threads';
import { checkReport, type CheckOptions } from '../core/check';
import { publishedDiagnostic, type PublishedDiagnostic } from './publishedDiagnostic';

/**
 * Worker thread entry (dist/server/checkWorker.js): checks one large document at a time off the server's main
 * thread, so a 50 MB report never holds up the diagnostics of the small ones open beside it.
 *
 * Both ways the document travels in parts (offThreadChecker.ts says why): its text comes in parts, in order, the last
 * carrying the options and starting the check; its diagnostics go back in parts, the last marked.
 */
export type CheckRequest = { id: number; textPart: string } | { id: number; textPart: string; options: CheckOptions };

export type CheckResponse = { id: number; diagnosticsPart: PublishedDiagnostic[]; last: boolean } | { id: number; error: string };

/**
 * Diagnostics per reply message: a 50 MB report has ≈40,000, which the main thread would otherwise take in (copy out
 * of the message) in one go of several hundred milliseconds.
 */
export const DIAGNOSTICS_PART_LENGTH = 2048;

/** The parts received so far of each document not yet complete. */
const partsById = new Map<number, string[]>();

function reply(id: number, diagnostics: PublishedDiagnostic[]): void {
  for (let start = 0; ; start += DIAGNOSTICS_PART_LENGTH) {
    const last = start + DIAGNOSTICS_PART_LENGTH >= diagnostics.length;
    parentPort!.postMessage({ id, diagnosticsPart: diagnostics.slice(start, start + DIAGNOSTICS_PART_LENGTH), last } satisfies CheckResponse);
    if (last) return;
  }
}

parentPort?.on('message', (request: CheckRequest) => {
  const parts = partsById.get(request.id) ?? [];
  parts.push(request.textPart);
  if (!('options' in request)) {
    partsById.set(request.id, parts);
    return;
  }
  partsById.delete(request.id);
  let diagnostics: PublishedDiagnostic[];
  try {
    diagnostics = checkReport(parts.join(''), request.options).diagnostics.map(publishedDiagnostic);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies CheckResponse);
    return;
  }
  reply(request.id, diagnostics);
});
