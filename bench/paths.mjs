import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Generated corpora and bundles; git-ignored. */
export const TMP = join(ROOT, 'bench', '.tmp');
export const SEEDS_DIR = join(ROOT, 'test', 'fixtures', 'seeds');
export const SERVER_BUNDLE = join(ROOT, 'dist', 'server', 'server.js');
export const CLI_BUNDLE = join(ROOT, 'dist', 'cli', 'govreport.js');
