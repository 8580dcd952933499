// The browser build of the language server (dist/browserServer.js) in a Worker in headless
// Chromium, spoken to over the LSP browser transport (postMessage), must answer a session on
// each sample draft exactly as the Node server (dist/server.js over stdio) does: the JSON of
// every answer an editor asks for (diagnostics, outline, code actions, hover, completion,
// navigation, rename, folding and selection ranges, Enter in a list).
// Run after a build: mocha test/browser/server.test.mjs
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  AbstractMessageReader,
  AbstractMessageWriter,
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { launchChromium } from '../editor/browser.mjs';
import { repoRoot } from '../editor/paths.mjs';

const SAMPLES = path.join(repoRoot, 'samples');
const PACKAGE_ROOT = `${pathToFileURL(repoRoot).href}/`;
const URI = 'file:///drafts/draft.nos.txt';

// The page starts the worker and relays each message as JSON text, so that what is compared
// is the JSON the server sent.
const PAGE = `<!doctype html><meta charset="utf-8"><title>NOS language server worker</title>
<script>
  const worker = new Worker('/dist/browserServer.js');
  worker.onmessage = (event) => window.fromServer(JSON.stringify(event.data));
  worker.onerror = (event) => window.workerFailed(String(event.message));
  window.toServer = (json) => worker.postMessage(JSON.parse(json));
</script>`;

const TYPES = { '.js': 'text/javascript', '.md': 'text/markdown; charset=utf-8', '.map': 'application/json' };

/** Serves the page, and the package's dist/ and docs/ (what a browser fetches of an installed extension). */
function staticServer() {
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    if (pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      return;
    }
    const file = path.join(repoRoot, path.normalize(decodeURIComponent(pathname)));
    const allowed = ['dist', 'docs'].some((dir) => file.startsWith(path.join(repoRoot, dir) + path.sep));
    if (!allowed || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The LSP browser transport seen from Node: messages to and from the page's worker. */
class PageReader extends AbstractMessageReader {
  callback = undefined;
  listen(callback) {
    this.callback = callback;
    return { dispose: () => (this.callback = undefined) };
  }
  receive(json) {
    this.callback?.(JSON.parse(json));
  }
}

class PageWriter extends AbstractMessageWriter {
  constructor(page) {
    super();
    this.page = page;
  }
  async write(message) {
    await this.page.evaluate((json) => window.toServer(json), JSON.stringify(message));
  }
  end() {}
}

/** A page whose worker runs the browser server, and a connection to it. */
async function browserConnection(context, origin) {
  const page = await context.newPage();
  const reader = new PageReader();
  const failures = [];
  await page.exposeFunction('fromServer', (json) => reader.receive(json));
  await page.exposeFunction('workerFailed', (message) => failures.push(message));
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(origin);
  const connection = createMessageConnection(reader, new PageWriter(page));
  return { connection, failures, close: () => page.close() };
}

function nodeConnection() {
  const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return { connection, failures: [], close: () => child.kill() };
}

const initializeParams = (initializationOptions) => ({
  processId: null,
  rootUri: null,
  initializationOptions,
  capabilities: {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
    textDocument: {
      synchronization: { dynamicRegistration: true, didSave: true },
      diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll', 'source.reflow'] } }, dataSupport: true },
      completion: { completionItem: { snippetSupport: true } },
      rename: { prepareSupport: true },
    },
  },
});

/** The answer to a request, or the error it gets, as JSON. */
function answer(connection, method, params) {
  return connection.sendRequest(method, params).then(
    (result) => result,
    (error) => ({ error: { code: error.code, message: error.message } }),
  );
}

/** Every symbol of the outline, depth first. */
function* symbols(list) {
  for (const symbol of list) {
    yield symbol;
    yield* symbols(symbol.children ?? []);
  }
}

/**
 * Opens `text` and asks what an editor asks: diagnostics, the outline, the code actions of
 * each diagnostic and the whole document's fix-all and reflow; at the start of each outline
 * entry, hover, completion, definition, references, highlights and rename; folding ranges;
 * and after an edit, the diagnostics and the edits on Enter. Resolves with every answer (a
 * request's error included).
 */
async function session({ connection }, text, initializationOptions) {
  // The browser build has no dictionaries (README, "In the browser"): both servers are
  // compared with the spelling rule off, the one finding that differs by design.
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({ rules: { spelling: 'off' } })));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const textDocument = { uri: URI };
  const answers = { initialize: await connection.sendRequest('initialize', initializeParams(initializationOptions)) };
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'nos', version: 1, text } });
  answers.diagnostics = await connection.sendRequest('textDocument/diagnostic', { textDocument });
  answers.outline = await connection.sendRequest('textDocument/documentSymbol', { textDocument });
  answers.codeActions = [];
  for (const diagnostic of answers.diagnostics.items) {
    answers.codeActions.push(await connection.sendRequest('textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
  }
  const whole = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
  for (const only of ['source.fixAll.nos', 'source.reflow.nos']) {
    answers.codeActions.push(await connection.sendRequest('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: answers.diagnostics.items, only: [only] } }));
  }
  // Sent together, as an editor does while the cursor moves: the text does not change meanwhile.
  answers.atSymbols = await Promise.all([...symbols(answers.outline)].map(async ({ selectionRange: { start: position } }) => {
    const at = { position };
    for (const method of ['hover', 'completion', 'definition', 'documentHighlight', 'prepareRename']) {
      at[method] = answer(connection, `textDocument/${method}`, { textDocument, position });
    }
    at.selectionRange = answer(connection, 'textDocument/selectionRange', { textDocument, positions: [position] });
    at.references = answer(connection, 'textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
    at.rename = answer(connection, 'textDocument/rename', { textDocument, position, newName: 'Cleient(iaid)' });
    return Object.fromEntries(await Promise.all(Object.entries(at).map(async ([key, value]) => [key, await value])));
  }));
  answers.folding = await answer(connection, 'textDocument/foldingRange', { textDocument });
  // Enter at the end of the first performance criterion: the diagnostics again, and the next item's number.
  const { end } = [...symbols(answers.outline)].find((symbol) => /^P\d/.test(symbol.name)).range;
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: URI, version: 2 },
    contentChanges: [{ range: { start: end, end }, text: '\n' }],
  });
  answers.afterEdit = await connection.sendRequest('textDocument/diagnostic', { textDocument, previousResultId: answers.diagnostics.resultId });
  answers.onEnter = await answer(connection, 'textDocument/onTypeFormatting', { textDocument, position: { line: end.line + 1, character: 0 }, ch: '\n', options: { tabSize: 2, insertSpaces: true } });
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  return answers;
}

describe('the browser build of the language server in headless Chromium', function () {
  this.timeout(60_000);
  let server, origin, profile, context;

  before(async () => {
    for (const bundle of ['browserServer.js', 'server.js']) assert.ok(fs.existsSync(path.join(repoRoot, 'dist', bundle)), `dist/${bundle}: build first`);
    server = await staticServer();
    origin = `http://127.0.0.1:${server.address().port}/`;
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nos-browser-'));
    context = await launchChromium(profile);
  });

  after(async () => {
    await context?.close();
    server?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  for (const name of fs.readdirSync(SAMPLES).filter((file) => /^\d{3}_.*\.nos\.txt$/.test(file)).sort()) {
    it(`answers ${name} exactly as the Node server does`, async () => {
      const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
      const browser = await browserConnection(context, origin);
      const node = nodeConnection();
      try {
        const options = { packageRoot: PACKAGE_ROOT };
        const [inBrowser, inNode] = [await session(browser, text, options), await session(node, text, options)];
        assert.deepEqual(browser.failures, []);
        assert.ok(inNode.diagnostics.items.length > 0 && inNode.outline.length > 0, 'the draft has findings and an outline');
        assert.ok(inNode.codeActions.some((actions) => actions.length > 0), 'some findings have quick fixes');
        assert.deepEqual(inBrowser, inNode);
      } finally {
        await browser.close();
        node.close();
      }
    });
  }

  it('links findings to the rule pages next to its script when the client names no package root', async () => {
    const browser = await browserConnection(context, origin);
    try {
      const { diagnostics } = await session(browser, fs.readFileSync(path.join(SAMPLES, fs.readdirSync(SAMPLES).sort()[1]), 'utf8'), null);
      const hrefs = new Set(diagnostics.items.map((d) => d.codeDescription.href));
      assert.ok(hrefs.size > 1);
      for (const href of hrefs) {
        assert.ok(href.startsWith(`${origin}docs/rules/`), href);
        assert.equal((await fetch(href)).status, 200, href);
      }
    } finally {
      await browser.close();
    }
  });
});
