/**
 * Compiles what the benchmarks import from TypeScript — the checking core and the variants helper of the tests — into
 * one ES module under bench/.tmp/ with esbuild (the same bundler as dist/), so a run never reads a stale out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, TMP } from './paths.mjs';

export async function buildBenchModules() {
  mkdirSync(TMP, { recursive: true });
  const outfile = join(TMP, 'bench-modules.mjs');
  await esbuild.build({
    stdin: {
      contents: [
        "export { checkReport } from './server/src/core/index.ts';",
        "export { decode } from './server/src/node/decode.ts';",
        "export { SERVER_EXEC_ARGV } from './server/src/lsp/processOptions.ts';",
        "export { VARIANTS, TABLE_LAYOUTS, relayoutTables } from './test/helpers/variants.ts';",
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
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
  return import(outfile);
}
