// A minimal LSP client for measurements: spawns the bundled server over stdio and
// sends exactly what an editor sends, nothing more, so that timings are the server's.
// The caller keeps the document text; this client only forwards changes.

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CancellationToken, createMessageConnection, StreamMessageReader, StreamMessageWriter, WorkspaceDiagnosticRequest } from 'vscode-languageserver-protocol/node';
import { CLIENT_CAPABILITIES } from './capabilities.mjs';
import { ROOT } from './corpus.mjs';
import { cpuTimeOf, memoryOf } from './system.mjs';

/** The Node options the extension starts its server with; the floor server gets them too. */
const NODE_OPTIONS = JSON.parse(readFileSync(path.join(ROOT, 'server', 'src', 'shared', 'serverNodeOptions.json'), 'utf8'));

export class LspClient {
  /** Diagnostics pulled with textDocument/diagnostic, or else awaited as publishes. */
  pull = false;
  /** Called with every diagnostics report as it arrives: { uri, items, at }. */
  onReport = () => {};
  #lastResult = new Map();
  #published = new Map();
  #waiters = [];

  constructor(serverPath, execArgv = []) {
    this.process = spawn(process.execPath, [...NODE_OPTIONS, ...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('textDocument/publishDiagnostics', (params) => this.#onPublish(params));
    this.connection.listen();
  }

  async initialize() {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'Visual Studio Code', version: '1.95.0' },
      locale: 'en',
      rootUri: null,
      workspaceFolders: null,
      capabilities: CLIENT_CAPABILITIES,
    });
    await this.connection.sendNotification('initialized', {});
    this.pull = Boolean(result.capabilities.diagnosticProvider);
    this.identifier = result.capabilities.diagnosticProvider?.identifier;
    return result;
  }

  open(uri, text) {
    this.#lastResult.delete(uri);
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nos', version: 1, text } });
  }

  change(uri, version, change) {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  }

  close(uri) {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request(method, params) {
    return this.connection.sendRequest(method, params);
  }

  /** A workspace diagnostics pull taking partial results, as VS Code's client sends it; every file's report. */
  async workspaceDiagnostics(previousResultIds = []) {
    const partialResultToken = randomUUID();
    const items = [];
    const listening = this.connection.onProgress(WorkspaceDiagnosticRequest.partialResult, partialResultToken, (part) => items.push(...(part?.items ?? [])));
    try {
      const result = await this.connection.sendRequest('workspace/diagnostic', { identifier: this.identifier, previousResultIds, partialResultToken });
      return { items: [...items, ...result.items] };
    } finally {
      listening.dispose();
    }
  }

  /**
   * The diagnostics the server gives after `version` was sent: a pull (with the previous
   * result id, as VS Code sends it; cancellable through `token`) or the first publish for
   * that version or a later one.
   */
  diagnostics(uri, version, token = CancellationToken.None) {
    return this.pull ? this.#pullReport(uri, token) : this.#awaitPublish(uri, version);
  }

  async #pullReport(uri, token) {
    const previous = this.#lastResult.get(uri);
    const params = { textDocument: { uri }, identifier: this.identifier, previousResultId: previous?.resultId };
    const report = await this.connection.sendRequest('textDocument/diagnostic', params, token);
    // An unchanged report means "the items you have": the previous ones.
    const items = report.kind === 'full' ? report.items : previous.items;
    this.#lastResult.set(uri, { resultId: report.resultId, items });
    this.onReport({ uri, items, at: performance.now() });
    return items;
  }

  #awaitPublish(uri, version) {
    const seen = this.#published.get(uri);
    if (seen && seen.version >= version) return Promise.resolve(seen.items);
    return new Promise((resolve) => this.#waiters.push({ uri, version, resolve }));
  }

  #onPublish({ uri, version, diagnostics }) {
    // A publish without a version is taken as answering every change sent so far.
    this.#published.set(uri, { version: version ?? Infinity, items: diagnostics });
    this.onReport({ uri, items: diagnostics, at: performance.now() });
    this.#waiters = this.#waiters.filter((waiter) => {
      const done = waiter.uri === uri && (version === undefined || waiter.version <= version);
      if (done) waiter.resolve(diagnostics);
      return !done;
    });
  }

  memory() {
    return memoryOf(this.process.pid);
  }

  /** CPU time the server has used so far, in ms (null where /proc is missing). */
  cpuMs() {
    return cpuTimeOf(this.process.pid);
  }

  /** Shuts the server down cleanly (a CPU profile is only written on a normal exit). */
  async stop() {
    const exited = once(this.process, 'exit');
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    this.connection.dispose();
    if (this.process.exitCode === null) this.process.kill();
  }
}
