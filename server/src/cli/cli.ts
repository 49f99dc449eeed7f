import packageJson from '../../../package.json';
import { HELP_TEXT, parseCommandLine } from './arguments';
import { runCheck } from './checkCommand';
import type { CliContext } from './context';
import { EXIT_OK, EXIT_USAGE_OR_IO } from './exitCode';
import { runFix } from './fixCommand';

export const VERSION: string = packageJson.version;

/**
 * Runs one CLI invocation and returns its exit code. `lsp` is handled by main.ts because it hands the process over to
 * the language server instead of returning.
 */
export function runCli(argv: readonly string[], context: CliContext): number {
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      context.stdout(HELP_TEXT);
      return EXIT_OK;
    case 'version':
      context.stdout(`${VERSION}\n`);
      return EXIT_OK;
    case 'usage-error':
      context.stderr(`govreport：${command.message}\n\n${HELP_TEXT}`);
      return EXIT_USAGE_OR_IO;
    case 'check':
      return runCheck(command, context, VERSION);
    case 'fix':
      return runFix(command, context);
    case 'lsp':
      context.stderr('govreport：lsp 只能从命令行入口启动\n');
      return EXIT_USAGE_OR_IO;
  }
}
