// Stands in for the VS Code executable that @vscode/test-electron's runTests() spawns.
// code-server serves VS Code and runs its node extension host; headless Chromium opens the
// workbench with the development extension and tests passed as the `payload` query
// parameter. The workbench reports the tests' exit code through window.codeAutomationExit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchChromium } from './browser.mjs';
import { freePort, requireCodeServer, startCodeServer, stopCodeServer, waitForHttp } from './codeServer.mjs';
import { artifactsDir } from './paths.mjs';

const timeoutSeconds = Number(process.env.NOS_EDITOR_TEST_TIMEOUT || 300);
// Desktop-only switches runTests() always passes; they mean nothing to code-server.
const desktopOnly = new Set(['no-sandbox', 'disable-gpu-sandbox', 'disable-updates', 'skip-welcome',
  'skip-release-notes', 'disable-workspace-trust']);

const argOptions = {
  extensionDevelopmentPath: { type: 'string', multiple: true },
  extensionTestsPath: { type: 'string' },
  'user-data-dir': { type: 'string' }, // parsed but unused: each run starts from a fresh profile
  'extensions-dir': { type: 'string' },
  'disable-extensions': { type: 'boolean' },
};

function parseLaunchArgs(argv) {
  const { values, positionals } = parseArgs({ args: argv, options: argOptions, strict: false, allowPositionals: true });
  for (const name of Object.keys(values)) {
    if (!(name in argOptions) && !desktopOnly.has(name)) console.error(`launcher: ignoring unsupported option --${name}`);
  }
  if (!values.extensionDevelopmentPath || !values.extensionTestsPath) {
    throw new Error('usage: launcher.sh --extensionDevelopmentPath=DIR --extensionTestsPath=PATH [FOLDER] [--disable-extensions]');
  }
  if (positionals.length > 1) throw new Error(`only one folder or workspace can be opened, got: ${positionals.join(' ')}`);
  return { ...values, open: positionals[0] };
}

// Query parameters that make the workbench open `target` (or an empty window).
function workspaceQuery(target) {
  if (!target) return { ew: 'true' };
  const abs = path.resolve(target);
  if (fs.statSync(abs).isDirectory()) return { folder: abs };
  if (abs.endsWith('.code-workspace')) return { workspace: abs };
  throw new Error(`cannot open ${abs}: pass a folder or a .code-workspace file`);
}

// codeAutomationLog gets the workbench's log calls, console output of the extension host
// (the test reporter) among them, as printf-style argument lists.
function printLog(level, args) {
  (level === 'error' ? process.stderr : process.stdout).write(`${format(...args)}\n`);
}

async function main() {
  const opts = parseLaunchArgs(process.argv.slice(2));
  if (!(timeoutSeconds > 0)) throw new Error(`NOS_EDITOR_TEST_TIMEOUT must be a number of seconds, got ${process.env.NOS_EDITOR_TEST_TIMEOUT}`);
  requireCodeServer();
  const query = workspaceQuery(opts.open);

  fs.mkdirSync(artifactsDir, { recursive: true });
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nos-editor-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logFile = path.join(artifactsDir, 'code-server.log');
  const server = startCodeServer({
    port, runDir, logFile,
    userDataDir: path.join(runDir, 'user-data'),
    extensionsDir: opts['extensions-dir'] ?? path.join(runDir, 'extensions'),
  });

  // Everything that ends a run early aborts this; `failed` rejects with the reason.
  const abort = new AbortController();
  const failed = new Promise((_, reject) => abort.signal.addEventListener('abort', () => reject(abort.signal.reason)));
  failed.catch(() => {}); // observed through the races below
  const fail = (message) => abort.abort(new Error(message));
  const timer = setTimeout(() => fail(`timed out after ${timeoutSeconds} s (NOS_EDITOR_TEST_TIMEOUT)`), timeoutSeconds * 1000);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => fail(`stopped by ${signal}`));
  server.on('exit', (code, signal) => fail(`code-server exited (${code ?? signal}); log: ${logFile}`));

  let context, page, error;
  let code = 1;
  try {
    await Promise.race([waitForHttp(`${origin}/healthz`, abort.signal), failed]);

    context = await launchChromium(path.join(runDir, 'chromium'));
    let reportExit;
    const testsExit = new Promise((resolve) => { reportExit = resolve; });
    await context.exposeFunction('codeAutomationLog', printLog);
    await context.exposeFunction('codeAutomationExit', (exitCode) => reportExit(exitCode));

    page = context.pages()[0] ?? await context.newPage();
    const browserLog = fs.openSync(path.join(artifactsDir, 'browser.log'), 'w');
    page.on('console', (message) => fs.writeSync(browserLog, `[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (pageError) => fs.writeSync(browserLog, `[pageerror] ${pageError.stack}\n`));
    page.on('crash', () => fail('the workbench page crashed'));

    // The workbench reads these as if VS Code were started with the same CLI arguments.
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p).split('/').map(encodeURIComponent).join('/')}`;
    const payload = [
      ...opts.extensionDevelopmentPath.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(opts.extensionTestsPath)],
      ...(opts['disable-extensions'] ? [['disableExtensions', 'true']] : []),
    ];
    const url = `${origin}/?${new URLSearchParams({ ...query, payload: JSON.stringify(payload) })}`;
    await Promise.race([page.goto(url, { waitUntil: 'domcontentloaded', timeout: 0 }), failed]);
    code = await Promise.race([testsExit, failed]);
  } catch (caught) {
    error = caught;
  } finally {
    clearTimeout(timer);
    if (code !== 0 && page) await saveScreenshot(page);
    server.removeAllListeners('exit');
    await context?.close().catch(() => {});
    await stopCodeServer(server);
    fs.rmSync(runDir, { recursive: true, force: true });
  }
  if (error) throw error;
  return code;
}

async function saveScreenshot(page) {
  const file = path.join(artifactsDir, 'workbench.png');
  await page.screenshot({ path: file }).then(() => console.error(`launcher: screenshot: ${file}`), () => {});
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`launcher: ${error.message}`);
    process.exit(1);
  },
);
