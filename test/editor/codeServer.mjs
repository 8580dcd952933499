// code-server run with Node 24, offline, from a fresh profile: shared by the test launcher
// and the UI checks.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { codeServerEntry, node24, repoRoot } from './paths.mjs';

// User settings of every profile; the AI features would otherwise start an agent host and
// flood the log.
const baseSettings = { 'chat.disableAIFeatures': true };

export function requireCodeServer() {
  if (!fs.existsSync(codeServerEntry)) throw new Error('code-server is not installed: run node test/editor/setup.mjs');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Arguments and environment that keep code-server's files inside runDir and off the network.
function profile({ runDir, userDataDir, extensionsDir, settings = {} }) {
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...baseSettings, ...settings }, null, 2));
  const config = path.join(runDir, 'config.yaml');
  fs.writeFileSync(config, ''); // else code-server writes a default one into ~/.config
  return {
    args: ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
    env: {
      ...process.env,
      EXTENSIONS_GALLERY: '{}', // no marketplace: no network calls
      XDG_DATA_HOME: path.join(runDir, 'xdg-data'), // its own logs would go to ~/.local/share
    },
  };
}

/** Packages the extension into `file` with `npm run package`, as it is published. */
export function packageVsix(file) {
  const result = spawnSync('npm', ['run', 'package', '--silent', '--', '--out', file], { cwd: repoRoot, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
}

/** Installs a .vsix into extensionsDir the way users do, with `--install-extension`. */
export function installExtension({ vsix, ...dirs }) {
  const { args, env } = profile(dirs);
  const result = spawnSync(node24, [codeServerEntry, ...args, '--install-extension', vsix], { env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.status ?? result.signal}): ${result.stderr}`);
}

/** Starts serving on 127.0.0.1:port; the child leads its own process group. */
export function startCodeServer({ port, logFile, ...dirs }) {
  const { args, env } = profile(dirs);
  const log = fs.openSync(logFile, 'w');
  const child = spawn(node24, [
    codeServerEntry, ...args,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    // Without it a built workbench ignores the payload and never calls codeAutomationExit.
    '--vscode-option', 'enable-smoke-test-driver',
  ], {
    // Own process group, so the extension host and other helpers can be killed with it.
    detached: true,
    stdio: ['ignore', log, log],
    env,
  });
  fs.closeSync(log);
  return child;
}

export async function waitForHttp(url, signal) {
  while (!(await fetch(url, { signal }).then((res) => res.ok, () => false))) {
    await delay(200, undefined, { signal });
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

export async function stopCodeServer(child) {
  killGroup(child.pid, 'SIGTERM');
  if (child.exitCode === null && child.signalCode === null) {
    await Promise.race([once(child, 'exit'), delay(5000)]);
  }
  killGroup(child.pid, 'SIGKILL'); // helpers may outlive the main process
}
