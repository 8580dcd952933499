// Installs the editor-test toolchain (Node 24 + code-server) into .vscode-test/editor-deps
// from the committed lock in deps/, and checks the Debian packages it relies on.
// Re-running is cheap: a stamp keyed by the lock's hash skips the install.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, depsDir, lockDir, node24, node24Dir, codeServerEntry, stampFile } from './paths.mjs';

// Build prerequisites for code-server's native modules (kerberos, spdlog, sqlite3, ...), as
// documented by code-server for npm installs.
const buildPackages = ['g++', 'make', 'python3', 'pkg-config', 'libkrb5-dev', 'libx11-dev', 'libxkbfile-dev', 'libsecret-1-dev'];
// Proof that code-server's postinstall ran and built VS Code's native modules.
const builtModule = path.join(depsDir, 'node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node');
const lockFiles = ['package.json', 'package-lock.json'];

function fail(message) {
  console.error(`setup: ${message}`);
  process.exit(1);
}

function requireAptPackages(names) {
  const missing = names.filter((name) => {
    const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return query.stdout !== 'install ok installed';
  });
  if (missing.length) fail(`missing Debian packages: ${missing.join(' ')} (apt-get install -y ${missing.join(' ')})`);
}

function lockHash() {
  const hash = createHash('sha256');
  for (const file of lockFiles) hash.update(fs.readFileSync(path.join(lockDir, file)));
  return hash.digest('hex');
}

function isInstalled(hash) {
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash &&
    fs.existsSync(node24) && fs.existsSync(codeServerEntry) && fs.existsSync(builtModule);
}

// Started from an npm script (npm run test:editor), the environment carries the outer npm's
// user agent, naming the Node that runs it: code-server's postinstall would read that one.
const baseEnv = { ...process.env };
delete baseEnv.npm_config_user_agent;

// Runs npm in depsDir with its output in install.log, which is shown if it fails.
function npm(args, env = baseEnv) {
  const log = path.join(depsDir, 'install.log');
  const fd = fs.openSync(log, 'a');
  const result = spawnSync('npm', args, { cwd: depsDir, env, stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  if (result.status !== 0) {
    process.stderr.write(fs.readFileSync(log, 'utf8').split('\n').slice(-30).join('\n'));
    fail(`'npm ${args.join(' ')}' failed (exit ${result.status ?? result.signal}); full log: ${log}`);
  }
}

function install(hash) {
  requireAptPackages(buildPackages);
  console.log(`setup: installing Node 24 + code-server into ${depsDir} (takes about 2 minutes)`);
  fs.rmSync(depsDir, { recursive: true, force: true });
  fs.mkdirSync(depsDir, { recursive: true });
  for (const file of lockFiles) fs.copyFileSync(path.join(lockDir, file), path.join(depsDir, file));

  // First unpack everything without scripts: this brings Node 24, which the scripts need.
  console.log('setup: npm ci --ignore-scripts');
  npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund']);

  // code-server's postinstall refuses any Node but 24 (it reads npm's user agent) and then
  // runs `npm install` in lib/vscode, compiling native modules against Node 24's headers.
  console.log('setup: npm rebuild (code-server postinstall, native modules) with Node 24');
  npm(['rebuild'], {
    ...baseEnv,
    PATH: `${path.join(node24Dir, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: node24Dir,
  });

  if (!fs.existsSync(builtModule)) fail(`native modules were not built (no ${builtModule})`);
  fs.writeFileSync(stampFile, hash);
}

if (!fs.existsSync(chromium)) fail(`${chromium} not found (apt-get install -y chromium)`);

const hash = lockHash();
if (isInstalled(hash)) {
  console.log(`setup: up to date (${depsDir})`);
} else {
  const started = Date.now();
  install(hash);
  console.log(`setup: done in ${Math.round((Date.now() - started) / 1000)} s`);
}
