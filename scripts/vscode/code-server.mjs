// Starting and stopping code-server for `npm start`, the integration suite and the UI test.
//
// Every run gets its own scratch folder: code-server writes ~/.config/code-server/config.yaml and
// ~/.local/share/code-server even when given --user-data-dir, and leaves vscode-ipc-*.sock files in
// $TMPDIR, so XDG_CONFIG_HOME, XDG_DATA_HOME and TMPDIR all point into the scratch folder.
// Extension hosts outlive a closed browser tab (code-server keeps them for a reconnection grace of
// hours), so code-server runs in its own process group and the whole group is killed by its id.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { node24Env } from './cache.mjs';

/** User settings for a fresh profile: no welcome page, tips, telemetry, update checks or AI panels. */
export const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
};

/** Creates the folders of a fresh profile under `scratch` and returns them. */
export function freshProfile(scratch, { userSettings = QUIET_USER_SETTINGS } = {}) {
  const profile = {
    scratch,
    userDataDir: path.join(scratch, 'user-data'),
    extensionsDir: path.join(scratch, 'extensions'),
    tmpDir: path.join(scratch, 'tmp'),
    xdgConfig: path.join(scratch, 'xdg-config'),
    xdgData: path.join(scratch, 'xdg-data'),
    log: path.join(scratch, 'code-server.log'),
  };
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  for (const dir of [profile.extensionsDir, profile.tmpDir, profile.xdgConfig, profile.xdgData]) fs.mkdirSync(dir, { recursive: true });
  const settingsFile = path.join(profile.userDataDir, 'User', 'settings.json');
  if (!fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, `${JSON.stringify(userSettings, null, 2)}\n`);
  return profile;
}

function codeServerEnv(paths, profile) {
  return node24Env(paths, { TMPDIR: profile.tmpDir, XDG_CONFIG_HOME: profile.xdgConfig, XDG_DATA_HOME: profile.xdgData });
}

/** `code-server --install-extension <vsix>` into the profile; throws with the tool's output on failure. */
export function installExtension(paths, profile, vsixPath) {
  const result = spawnSync(paths.codeServerBin, [
    '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir,
    '--install-extension', vsixPath, '--force',
  ], { env: codeServerEnv(paths, profile), encoding: 'utf8', timeout: 120000 });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsixPath} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout.trim();
}

/** A free TCP port on 127.0.0.1 (or `preferred` when it is free). */
export function freePort(preferred = 0) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err) => {
      if (preferred !== 0) freePort(0).then(resolve, reject);
      else reject(err);
    });
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on 127.0.0.1 in its own process group and waits until it answers /healthz.
 * Returns { baseUrl, pid, stop, exited }; `stop()` kills the whole group (extension hosts and the
 * language server included). `extraArgs` are added to the command line (e.g. the smoke-test driver option).
 */
export async function startCodeServer(paths, profile, { port = 0, extraArgs = [], startTimeoutMs = 60000 } = {}) {
  const chosenPort = await freePort(port);
  const logFd = fs.openSync(profile.log, 'a');
  const child = spawn(paths.codeServerBin, [
    '--bind-addr', `127.0.0.1:${chosenPort}`, '--auth', 'none',
    '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    ...extraArgs,
  ], { env: codeServerEnv(paths, profile), detached: true, stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* the group is already gone */ }
    // Anything that ignores SIGTERM (an extension host busy in a test) gets SIGKILL a little later.
    const killTimer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 3000);
    killTimer.unref();
  };
  const baseUrl = `http://127.0.0.1:${chosenPort}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited before it was ready (${child.exitCode ?? child.signalCode}); log: ${profile.log}`);
    }
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer within ${startTimeoutMs / 1000} s; log: ${profile.log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { baseUrl, pid: child.pid, stop, exited };
}

/** Kills the group synchronously; for 'exit' handlers, where nothing asynchronous runs any more. */
export function killGroupNow(pid) {
  try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
}
