#!/usr/bin/env node
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runCli, VERSION } from './cli';
import { parseCommandLine } from './arguments';
import { runCheckWithThreads } from './checkCommand';
import { processContext } from './context';
import { serveShare, type ShareRequest } from './parallelCheck';
import { tuneTieringForBatch } from './tiering';

/**
 * `govreport check … | head`: the reader may go away before everything is written. Node reports that as an 'error'
 * event (EPIPE) on the stream, which would end the process with a stack trace; the rest of the output is simply not
 * wanted, so the process ends quietly with the exit code it has.
 */
function endQuietlyWhenReaderCloses(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

/** Process entry of `govreport` (bundled to dist/cli/govreport.js by scripts/build.mjs). */
function main(argv: string[]): void {
  if (argv[0] === 'lsp') {
    // The language server reads its transport (--stdio) from process.argv and keeps the process alive itself.
    require('../lsp/main');
    return;
  }
  endQuietlyWhenReaderCloses(process.stdout);
  endQuietlyWhenReaderCloses(process.stderr);
  tuneTieringForBatch();
  const command = parseCommandLine(argv);
  if (command.kind === 'check') {
    // This very script is the workers' script too (see below), so the bundle needs no second entry point.
    void runCheckWithThreads(command, processContext(), VERSION, __filename).then((exitCode) => {
      process.exitCode = exitCode;
    });
    return;
  }
  // Let stdout drain before exiting: a large JSON report piped to another program must not be cut off.
  process.exitCode = runCli(argv, processContext());
}

if (isMainThread) main(process.argv.slice(2));
else serveShare(workerData as ShareRequest, (reply) => parentPort?.postMessage(reply));
