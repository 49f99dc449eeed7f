/**
 * Figures 4, 5 and 7: keystroke → diagnostics, cold start, and the server's memory and behaviour with many and with
 * huge documents. Each measurement starts its own server process so none inherits another's warm state.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchServer } from './lsp-client.mjs';
import { BARE_SERVER, ROOT } from './paths.mjs';
import { median, now, p95, quantile } from './stats.mjs';

/** The server's debounce delay, read from its source so the figure printed is the one shipped. */
export function debounceMs() {
  const source = readFileSync(join(ROOT, 'server', 'src', 'lsp', 'server.ts'), 'utf8');
  return Number(/CHECK_DEBOUNCE_MS\s*=\s*(\d+)/.exec(source)[1]);
}

function positionAt(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * Types `edits` single characters into a number cell of `text` (a digit after `cellValue`, then its deletion, and
 * so on), each edit sent once the previous one's diagnostics arrived, as a typist slower than the check would.
 */
export async function keystrokes(text, cellValue, edits) {
  const server = BenchServer.start();
  await server.initialize();
  const uri = 'file:///bench/keystrokes.govreport';
  await server.open(uri, text);
  const cellEnd = positionAt(text, text.indexOf(`| ${cellValue} |`) + 2 + cellValue.length);
  const latencies = [];
  for (let version = 2; version < 2 + edits; version++) {
    const typed = version % 2 === 0;
    const range = typed ? { start: cellEnd, end: cellEnd } : { start: cellEnd, end: { line: cellEnd.line, character: cellEnd.character + 1 } };
    const sent = now();
    const { at } = await server.change(uri, version, range, typed ? '7' : '');
    latencies.push(at - sent);
  }
  await server.stop();
  return { edits, p50: median(latencies), p95: p95(latencies), max: quantile(latencies, 1) };
}

/** Process spawn → initialize answered → first diagnostics of `text` opened right after. */
export async function coldStart(text) {
  const server = BenchServer.start();
  await server.initialize();
  const initialized = now() - server.spawnedAt;
  const { at } = await server.open('file:///bench/cold.govreport', text);
  const firstDiagnostics = at - server.spawnedAt;
  await server.stop();
  return { initialized, firstDiagnostics };
}

/** Resident memory once `reports` are open and each has its diagnostics. */
export async function memoryWithOpenReports(reports) {
  const server = BenchServer.start();
  await server.initialize();
  const idle = server.residentMegabytes();
  await Promise.all(reports.map((report, index) => server.open(`file:///bench/open/${index}.govreport`, report.text)));
  // Give the collector a moment, as an editor session would, so the figure is what stays resident.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const resident = server.residentMegabytes();
  await server.stop();
  return { reports: reports.length, idle, resident };
}

/**
 * A huge document opened and asked for its outline and folding ranges, as VS Code does, then at once a small one
 * opened: how long until each has its diagnostics (the huge one's being the size-limit notice under the default
 * setting). The small one's message follows the huge one's on the channel, so it is held up by the client
 * serialising 50 MB as well as by the server reading it: `smallAfterWritten` counts from the moment the huge message
 * was written. `transport`, `settings` and `serverModule`: as BenchServer.start takes them.
 */
export async function hugeDocument(hugeText, smallText, transport = 'stdio', settings = undefined, serverModule = undefined) {
  const server = BenchServer.start(transport, settings, serverModule);
  await server.initialize();
  await server.open('file:///bench/warm.govreport', smallText);
  const sent = now();
  const huge = server.openTimed('file:///bench/huge.govreport', hugeText);
  // As VS Code does on opening it; under the default limit the answers are empty at once.
  const asked = server.askOnOpen('file:///bench/huge.govreport');
  const small = server.open('file:///bench/small.govreport', smallText);
  const [hugeDone, smallDone, hugeWritten] = await Promise.all([huge.published, small, huge.written, asked]);
  const result = {
    megabytes: Buffer.byteLength(hugeText) / 1e6,
    characters: hugeText.length,
    hugeWritten: hugeWritten - sent,
    hugeAnswered: hugeDone.at - sent,
    hugeMessage: hugeDone.params.diagnostics.map((diagnostic) => diagnostic.code).slice(0, 3).join(','),
    hugeDiagnostics: hugeDone.params.diagnostics.length,
    smallAnswered: smallDone.at - sent,
    smallAfterWritten: smallDone.at - hugeWritten,
    smallAlone: 0,
  };
  const alone = now();
  await server.open('file:///bench/small-alone.govreport', smallText);
  result.smallAlone = now() - alone;
  await server.stop();
  return result;
}

/**
 * hugeDocument with govreport's server and with the bare server of bench/bare-server.mjs, alternately, `repeats`
 * times each; every figure is the median of its runs (a 50 MB transfer varies by a third from run to run here).
 * `transportOnly` is the bare server's hold of the small document after the huge message was written, less the time
 * it answers a small document alone: what the transport costs any server built on vscode-languageserver.
 * `ownShare` is govreport's hold, less its own time for a small document alone, beyond that: how much longer the
 * small report waits because govreport's server is busy with the huge one.
 */
export async function hugeDocumentAgainstBare(hugeText, smallText, transport, settings, repeats) {
  const runs = { govreport: [], bare: [] };
  for (let i = 0; i < repeats; i++) {
    runs.govreport.push(await hugeDocument(hugeText, smallText, transport, settings));
    runs.bare.push(await hugeDocument(hugeText, smallText, transport, settings, BARE_SERVER));
  }
  const medianOf = (list, key) => median(list.map((run) => run[key]));
  const result = { ...runs.govreport[0], repeats };
  for (const key of ['hugeWritten', 'hugeAnswered', 'smallAnswered', 'smallAfterWritten', 'smallAlone']) result[key] = medianOf(runs.govreport, key);
  result.transportOnly = medianOf(runs.bare, 'smallAfterWritten') - medianOf(runs.bare, 'smallAlone');
  result.ownShare = result.smallAfterWritten - result.smallAlone - result.transportOnly;
  return result;
}
