/**
 * Compiles what the benchmarks import from TypeScript — the checking core and the variants helper of the tests — into
 * one ES module under bench/.tmp/ with esbuild (the same bundler as dist/), so a run never reads a stale out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { BENCH_MODULES, ROOT, TMP } from './paths.mjs';

/** Export lines (`export … from './….ts'`, relative to `tree`) bundled into one ES module at `outfile`. */
export async function bundleForBench(tree, exportLines, outfile) {
  await esbuild.build({
    stdin: { contents: exportLines.join('\n'), resolveDir: tree, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    // CommonJS dependencies of the test helpers (iconv-lite) require node built-ins, which an ES module bundle can
    // only do through a require of its own.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

/** The checking core and the file decoder: what the core benchmarks time. */
export const CORE_EXPORTS = [
  "export { checkReport } from './server/src/core/index.ts';",
  "export { decode } from './server/src/node/decode.ts';",
];

export async function buildBenchModules() {
  mkdirSync(TMP, { recursive: true });
  const outfile = await bundleForBench(
    ROOT,
    [
      ...CORE_EXPORTS,
      "export { SERVER_EXEC_ARGV, SERVER_IPC_SERIALIZATION } from './server/src/lsp/processOptions.ts';",
      "export { DEFAULT_MAX_FILE_SIZE } from './server/src/core/limits.ts';",
      "export { VARIANTS, TABLE_LAYOUTS, relayoutTables } from './test/helpers/variants.ts';",
    ],
    BENCH_MODULES,
  );
  return import(outfile);
}
