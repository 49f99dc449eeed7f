import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Generated corpora and bundles; git-ignored. */
export const TMP = join(ROOT, 'bench', '.tmp');
/** The checking core and the tests' helpers as one ES module (bench/build.mjs). */
export const BENCH_MODULES = join(TMP, 'bench-modules.mjs');
export const SEEDS_DIR = join(ROOT, 'test', 'fixtures', 'seeds');
export const SERVER_BUNDLE = join(ROOT, 'dist', 'server', 'server.js');
/** The yardstick of the huge-document figures: vscode-languageserver alone, with no checking behind it. */
export const BARE_SERVER = join(ROOT, 'bench', 'bare-server.mjs');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'govreport.js');
