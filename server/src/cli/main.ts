#!/usr/bin/env node
import { runCli } from './cli';
import { processContext } from './context';

/** Process entry of `govreport` (bundled to dist/cli/govreport.js by scripts/build.mjs). */
function main(argv: string[]): void {
  if (argv[0] === 'lsp') {
    // The language server reads its transport (--stdio) from process.argv and keeps the process alive itself.
    require('../lsp/main');
    return;
  }
  const exitCode = runCli(argv, processContext());
  // Let stdout drain before exiting: a large JSON report piped to another program must not be cut off.
  process.exitCode = exitCode;
}

main(process.argv.slice(2));
