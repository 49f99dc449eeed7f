#!/usr/bin/env node
// Installs the pinned code-server (VS Code 1.139.1's server + web workbench) and the Node 24 it runs on
// into the cache folder outside the repository; does nothing when they are already there.
//
//   node scripts/install-vscode.mjs            install (idempotent), check chromium / libkrb5-dev / fonts-noto-cjk
//   GOVREPORT_VSCODE_CACHE=/some/dir node scripts/install-vscode.mjs    use another cache folder
import { codeServerVersion, ensureVscode } from './vscode/cache.mjs';

try {
  const paths = await ensureVscode({ requireSystem: ['chromium', 'cjkFonts'] });
  console.log(`[install-vscode] code-server ${codeServerVersion(paths)} at ${paths.codeServerBin}`);
} catch (err) {
  console.error(`[install-vscode] ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
