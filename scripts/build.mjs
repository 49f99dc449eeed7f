#!/usr/bin/env node
/**
 * Bundles the extension with esbuild: the client and the server, each for node and for a web worker, and the CLI.
 * `--production` minifies and drops source maps. Output goes to dist/, which is all the .vsix ships.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  absWorkingDir: root,
  target: 'es2022',
};

// Some dependencies are ES modules that read import.meta.url (fdir, under tinyglobby); in a CommonJS bundle that is
// empty, so it is defined from the bundle's own file name.
const node = {
  ...common,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('url').pathToFileURL(__filename).href;" },
};
// Web workers have no `process` or Node built-ins; vscode-languageclient/browser and -server/browser need neither.
const webworker = { ...common, platform: 'browser', format: 'iife', mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' } };

/**
 * Modules a node bundle leaves in files beside it, required where first used (`require()` in the source) instead of
 * parsed at every process start: opencc's Simplified → Traditional build (≈2 MB as bundled), which only a fix's text
 * in a Traditional report and the conversion commands need; and, in the CLI, the language server, which only
 * `govreport lsp` runs and which dist/server/server.js already is. (bench/RESULTS.md, seventh round: the CLI started
 * in ≈105 ms with both inside, ≈77 ms without.) Web workers load one file, so their bundles keep everything.
 */
function besideBundle(files) {
  return {
    name: 'beside-bundle',
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path }) => (Object.hasOwn(files, path) ? { path: files[path], external: true } : undefined));
    },
  };
}
const OPENCC_TO_TRADITIONAL = { 'opencc-js/cn2t': './opencc-cn2t.js' };
const openccToTraditional = (directory) => ({ ...node, entryPoints: ['opencc-js/cn2t'], outfile: `${directory}/opencc-cn2t.js` });

const bundles = [
  { ...node, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { ...webworker, format: 'cjs', entryPoints: ['client/src/browser.ts'], outfile: 'dist/client/browser.js', external: ['vscode'] },
  { ...node, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server/server.js', plugins: [besideBundle(OPENCC_TO_TRADITIONAL)] },
  { ...node, entryPoints: ['server/src/lsp/checkWorker.ts'], outfile: 'dist/server/checkWorker.js', plugins: [besideBundle(OPENCC_TO_TRADITIONAL)] },
  openccToTraditional('dist/server'),
  { ...webworker, entryPoints: ['server/src/lsp/browser.ts'], outfile: 'dist/server/browser.js' },
  {
    ...node,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli/govreport.js',
    plugins: [besideBundle({ ...OPENCC_TO_TRADITIONAL, '../lsp/main': '../server/server.js' })],
  },
  openccToTraditional('dist/cli'),
];

const started = Date.now();
await Promise.all(bundles.map((options) => esbuild.build(options)));
console.log(`built ${bundles.map((options) => options.outfile).join(', ')} in ${Date.now() - started} ms${production ? ' (production)' : ''}`);
