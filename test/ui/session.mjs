// A workbench session for the UI tests: code-server with the installed extension, and the
// workbench in headless Chromium on a folder, the page's console logged to browser.log.

import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../editor/browser.mjs';
import { freePort, startCodeServer, stopCodeServer, waitForHttp } from '../editor/codeServer.mjs';
import { openWorkbench } from './workbench.mjs';

/**
 * Starts code-server with `dirs` (as installExtension was given them) and opens `folder` in
 * the workbench. What has started is kept on `session`, so `endSession` stops it even after
 * a failed start.
 */
export async function startSession(session, { dirs, artifacts, folder }) {
  const port = await freePort();
  session.server = startCodeServer({ port, logFile: path.join(artifacts, 'code-server.log'), ...dirs });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/healthz`, AbortSignal.timeout(60_000));
  session.context = await launchChromium(path.join(dirs.runDir, 'chromium'), { viewport: { width: 1280, height: 800 } });
  const page = (session.page = session.context.pages()[0] ?? await session.context.newPage());
  page.setDefaultTimeout(30_000);
  const log = (session.browserLog = fs.openSync(path.join(artifacts, 'browser.log'), 'w'));
  page.on('console', (message) => fs.writeSync(log, `[${message.type()}] ${message.text()}\n`));
  await openWorkbench(page, origin, folder);
  return page;
}

export async function endSession(session) {
  await session.context?.close();
  if (session.server) await stopCodeServer(session.server);
  if (session.browserLog !== undefined) fs.closeSync(session.browserLog);
}
