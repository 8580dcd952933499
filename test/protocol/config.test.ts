// The server's settings from every source: `.nosrc.json` files read through the client,
// editor settings pulled (with a time limit) or pushed, and a language chosen for one
// document; and problems in a configuration file published on that file.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TestClient } from './client';

const ROOT = join(__dirname, '..', '..');
const GLOSSARY = readFileSync(join(ROOT, 'test/fixtures/layouts/welsh-glossary.nos.txt'), 'utf8');
const WORKSPACE = 'file:///work%20space';
const CONFIG = `${WORKSPACE}/.nosrc.json`;

interface Options {
  /** Whether the client answers nos/readConfigFile (VS Code's does). */
  configFiles?: boolean;
  /** Whether the client answers workspace/configuration. */
  configuration?: boolean;
  /** Whether the client pulls diagnostics (else the server publishes them). */
  pull?: boolean;
  /** Whether the client names a workspace folder (else the window has none). */
  folders?: boolean;
  initializationOptions?: unknown;
}

/** A client with a workspace folder and configuration files in memory. */
class ConfigClient extends TestClient {
  readonly files = new Map<string, string>();
  readonly asked: string[] = [];
  readonly published = new Map<string, Diagnostic[]>();
  readonly shown: string[] = [];
  /** While set, answers for configuration files wait for it. */
  hold: Promise<void> | undefined;

  constructor() {
    super();
    this.connection.onRequest('nos/readConfigFile', async ({ uri }: { uri: string }) => {
      this.asked.push(uri);
      await this.hold;
      return this.files.get(uri) ?? null;
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.set(params.uri, params.diagnostics);
    });
    this.connection.onNotification('window/showMessage', ({ message }: { message: string }) => {
      this.shown.push(message);
    });
  }

  async start({ configFiles = true, configuration = true, pull = true, folders = true, initializationOptions }: Options = {}): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders ? WORKSPACE : null,
      workspaceFolders: folders ? [{ uri: WORKSPACE, name: 'work space' }] : null,
      initializationOptions,
      capabilities: {
        workspace: { configuration, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
        textDocument: pull ? { diagnostic: { dynamicRegistration: true } } : {},
        ...(configFiles && { experimental: { nosConfigFiles: true } }),
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  async codes(uri: string): Promise<string[]> {
    return [...new Set((await this.diagnosticItems(uri)).map((d) => String(d.code)))].sort();
  }

  async language(uri: string): Promise<string> {
    // Only the Welsh message of an unused glossary term mentions "eirfa" (glossary); the
    // English one about a Welsh heading quotes "Geirfa", so only that rule's messages count.
    const orphans = (await this.diagnosticItems(uri)).filter((d) => d.code === 'orphan-glossary-term');
    return orphans.some((d) => String(d.message).includes('eirfa')) ? 'cy' : 'en';
  }

  async configChanged(uri: string, type = 2): Promise<void> {
    await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
  }
}

/** Answers workspace/configuration with `orphan-glossary-term` off; returns the scopes asked for, in order. */
function orphansOffAsked(client: ConfigClient): Array<string | undefined> {
  const scopes: Array<string | undefined> = [];
  client.connection.onRequest('workspace/configuration', ({ items }: { items: Array<{ scopeUri?: string }> }) => {
    scopes.push(...items.map((item) => item.scopeUri));
    return items.map(() => ({ rules: { 'orphan-glossary-term': 'off' } }));
  });
  return scopes;
}

/** Waits until `check` holds, letting messages in flight arrive (no timing assumed). */
async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.ok(check(), what);
}

describe('server settings and .nosrc.json', function () {
  this.timeout(20_000);
  let client: ConfigClient;

  afterEach(() => client.stop());

  it('{"rules": {"orphan-glossary-term": "off"}} silences that rule, and editing the file re-checks', async () => {
    client = new ConfigClient();
    await client.start();
    const uri = `${WORKSPACE}/drafts/glossary.nos.txt`;
    await client.open(uri, GLOSSARY);
    assert.deepEqual(await client.codes(uri), ['missing-section', 'orphan-glossary-term']);
    // The workspace folder's at start-up; then only those in the document's folder and above
    // it, up to the workspace folder.
    assert.deepEqual(client.asked, [CONFIG, `${WORKSPACE}/drafts/.nosrc.json`]);

    client.files.set(CONFIG, '{ // team settings\n "rules": {"orphan-glossary-term": "off"} }');
    const refreshes = client.refreshes;
    await client.configChanged(CONFIG, 1);
    await eventually(() => client.refreshes > refreshes, 'a diagnostics refresh');
    assert.deepEqual(await client.codes(uri), ['missing-section']);

    client.files.delete(CONFIG);
    await client.configChanged(CONFIG, 3);
    assert.deepEqual(await client.codes(uri), ['missing-section', 'orphan-glossary-term']);
  });

  it('publishes the findings again to a client that cannot pull them when the file changes', async () => {
    client = new ConfigClient();
    await client.start({ pull: false });
    const uri = `${WORKSPACE}/a.nos.txt`;
    const published = () => [...new Set((client.published.get(uri) ?? []).map((d) => String(d.code)))].sort().join(' ');
    await client.open(uri, GLOSSARY);
    await eventually(() => published() === 'missing-section orphan-glossary-term', 'the first findings published');
    client.files.set(CONFIG, '{"rules": {"orphan-glossary-term": "off"}}');
    await client.configChanged(CONFIG, 1);
    await eventually(() => published() === 'missing-section', 'the findings published again without orphan-glossary-term');
  });

  it('applies an override scoped to one folder only there', async () => {
    client = new ConfigClient();
    client.files.set(CONFIG, JSON.stringify({ overrides: [{ files: ['quiet/**'], rules: { 'orphan-glossary-term': 'off' } }] }));
    await client.start();
    await client.open(`${WORKSPACE}/quiet/a.nos.txt`, GLOSSARY);
    await client.open(`${WORKSPACE}/loud/a.nos.txt`, GLOSSARY);
    await client.open(`${WORKSPACE}/quiet%20drafts/a.nos.txt`, GLOSSARY);
    assert.deepEqual(await client.codes(`${WORKSPACE}/quiet/a.nos.txt`), ['missing-section']);
    assert.deepEqual(await client.codes(`${WORKSPACE}/loud/a.nos.txt`), ['missing-section', 'orphan-glossary-term']);
    assert.deepEqual(await client.codes(`${WORKSPACE}/quiet%20drafts/a.nos.txt`), ['missing-section', 'orphan-glossary-term']);
  });

  it('rules: the file wins over editor settings, which win over defaults; language: the document\'s choice wins over all', async () => {
    client = new ConfigClient();
    client.settings = { language: 'cy', rules: { 'orphan-glossary-term': 'warning', 'missing-section': 'off' } };
    // The Welsh draft read as English: its Welsh headings and lead-ins are turned off too.
    client.files.set(CONFIG, '{"language": "en", "rules": {"orphan-glossary-term": "hint", "lead-in": "off", "mixed-language": "off"}}');
    await client.start();
    const uri = `${WORKSPACE}/a.nos.txt`;
    await client.open(uri, GLOSSARY);
    const items = await client.diagnosticItems(uri);
    assert.ok(items.length > 0);
    assert.deepEqual(new Set(items.map((d) => `${d.code} ${d.severity}`)), new Set(['orphan-glossary-term 4']));
    assert.equal(await client.language(uri), 'en');
    await client.connection.sendNotification('nos/setDocumentLanguage', { uri, language: 'cy' });
    await eventually(() => client.refreshes > 0, 'a diagnostics refresh');
    assert.equal(await client.language(uri), 'cy');
    // Closing the document forgets the choice.
    await client.close(uri);
    await client.open(uri, GLOSSARY);
    assert.equal(await client.language(uri), 'en');
  });

  it('publishes the problems of an invalid file on that file, keeps its valid parts, and clears them once fixed', async () => {
    client = new ConfigClient();
    client.files.set(CONFIG, '{\n  "rules": {\n    "orphan-glossary-term": "of",\n    "missing-section": "off"\n  }\n}');
    await client.start();
    const uri = `${WORKSPACE}/a.nos.txt`;
    await client.open(uri, GLOSSARY);
    assert.deepEqual(await client.codes(uri), ['orphan-glossary-term']);
    await eventually(() => client.published.has(CONFIG), 'diagnostics on .nosrc.json');
    const [problem] = client.published.get(CONFIG)!;
    assert.deepEqual(problem.range, { start: { line: 2, character: 28 }, end: { line: 2, character: 32 } });
    assert.equal(problem.severity, 1);
    assert.equal(problem.source, 'nos');
    assert.match(String(problem.message), /^The severity of "orphan-glossary-term" must be one of .*\nRhaid i ddifrifoldeb "orphan-glossary-term" fod yn un o /);

    client.files.set(CONFIG, '{"rules": {"orphan-glossary-term": "off"}}');
    await client.configChanged(CONFIG);
    assert.deepEqual(await client.codes(uri), ['missing-section']);
    await eventually(() => client.published.get(CONFIG)?.length === 0, 'the problems cleared');
  });

  it('says the problems of a file in the language chosen for messages, and again when it changes', async () => {
    client = new ConfigClient();
    client.settings = { messagesLanguage: 'cy' };
    client.files.set(CONFIG, '{ "rules": { "orphan-glossary-term": "of" } }');
    await client.start();
    const uri = `${WORKSPACE}/a.nos.txt`;
    await client.open(uri, GLOSSARY);
    await client.codes(uri);
    await eventually(() => client.published.has(CONFIG), 'diagnostics on .nosrc.json');
    assert.match(String(client.published.get(CONFIG)![0].message), /^Rhaid i ddifrifoldeb "orphan-glossary-term" fod yn un o [^\n]*$/);
    await client.changeSettings({ messagesLanguage: 'en' });
    await client.codes(uri);
    await eventually(() => String(client.published.get(CONFIG)?.[0]?.message).startsWith('The severity'), 'the problems in English');
    assert.doesNotMatch(String(client.published.get(CONFIG)![0].message), /Rhaid/);
  });

  it('checks as if there were no file while the client is slow to answer for one, and with the file once it answers', async () => {
    client = new ConfigClient();
    client.files.set(CONFIG, '{"rules": {"orphan-glossary-term": "off"}}');
    let answer = () => {};
    client.hold = new Promise((resolve) => (answer = resolve));
    await client.start();
    const uri = `${WORKSPACE}/a.nos.txt`;
    await client.open(uri, GLOSSARY);
    // The answer is past the time limit: no problem is made up for the file.
    assert.deepEqual(await client.codes(uri), ['missing-section', 'orphan-glossary-term']);
    assert.equal(client.published.get(CONFIG), undefined);
    const refreshes = client.refreshes;
    answer();
    await eventually(() => client.refreshes > refreshes, 'a diagnostics refresh');
    assert.deepEqual(await client.codes(uri), ['missing-section']);
    assert.equal(client.published.get(CONFIG), undefined);
  });

  it('reads no configuration files from a client that has not said it answers for them', async () => {
    client = new ConfigClient();
    client.files.set(CONFIG, '{"rules": {"orphan-glossary-term": "off"}}');
    await client.start({ configFiles: false });
    await client.open(`${WORKSPACE}/a.nos.txt`, GLOSSARY);
    assert.deepEqual(await client.codes(`${WORKSPACE}/a.nos.txt`), ['missing-section', 'orphan-glossary-term']);
    assert.deepEqual(client.asked, []);
  });

  it('checks with the defaults when the client never answers workspace/configuration', async () => {
    client = new ConfigClient();
    client.connection.onRequest('workspace/configuration', () => new Promise(() => {}));
    await client.start({ configFiles: false });
    const uri = `${WORKSPACE}/a.nos.txt`;
    await client.open(uri, GLOSSARY);
    assert.deepEqual(await client.codes(uri), ['missing-section', 'orphan-glossary-term']);
  });

  it('asks for the editor settings once per workspace folder, and again after they change', async () => {
    client = new ConfigClient();
    const scopes = orphansOffAsked(client);
    await client.start({ configFiles: false });
    for (const name of ['a', 'b', 'sub/c']) {
      await client.open(`${WORKSPACE}/${name}.nos.txt`, GLOSSARY);
      assert.deepEqual(await client.codes(`${WORKSPACE}/${name}.nos.txt`), ['missing-section'], name);
    }
    assert.deepEqual(scopes, [WORKSPACE]);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.codes(`${WORKSPACE}/b.nos.txt`);
    assert.deepEqual(scopes.slice(1), [WORKSPACE]);
    // A document outside the folders named at start-up: its own folder is asked about.
    await client.open('file:///elsewhere/d.nos.txt', GLOSSARY);
    assert.deepEqual(await client.codes('file:///elsewhere/d.nos.txt'), ['missing-section']);
    assert.deepEqual(scopes.slice(2), ['file:///elsewhere/']);
  });

  it('asks for the workspace folder\'s settings at start-up, before a document opens', async () => {
    client = new ConfigClient();
    const scopes = orphansOffAsked(client);
    await client.start({ configFiles: false });
    await eventually(() => scopes.length === 1, 'settings asked for at start-up');
    assert.deepEqual(scopes, [WORKSPACE]);
    await client.open(`${WORKSPACE}/a.nos.txt`, GLOSSARY);
    assert.deepEqual(await client.codes(`${WORKSPACE}/a.nos.txt`), ['missing-section']);
    assert.deepEqual(scopes, [WORKSPACE]);
  });

  it('asks once for the settings of a window with no folder, whatever folder a document is in', async () => {
    client = new ConfigClient();
    const scopes = orphansOffAsked(client);
    await client.start({ configFiles: false, folders: false });
    for (const uri of ['file:///one/a.nos.txt', 'file:///two/b.nos.txt']) {
      await client.open(uri, GLOSSARY);
      assert.deepEqual(await client.codes(uri), ['missing-section'], uri);
    }
    assert.deepEqual(scopes, [undefined]);
  });

  it('takes settings from initializationOptions and didChangeConfiguration from clients that cannot be asked', async () => {
    client = new ConfigClient();
    await client.start({ configuration: false, configFiles: false, initializationOptions: { nos: { rules: { 'orphan-glossary-term': 'off' } } } });
    const uri = `${WORKSPACE}/a.nos.txt`;
    await client.open(uri, GLOSSARY);
    assert.deepEqual(await client.codes(uri), ['missing-section']);
    await client.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { nos: { language: 'en', rules: { 'missing-section': 'off', 'lead-in': 'off', 'mixed-language': 'off' } } },
    });
    assert.deepEqual(await client.codes(uri), ['orphan-glossary-term']);
    assert.equal(await client.language(uri), 'en');
  });

  it('survives a client that refuses registrations and has no diagnostic refresh', async () => {
    client = new ConfigClient();
    const refuse = () => {
      throw new Error('not supported');
    };
    client.connection.onRequest('client/registerCapability', refuse);
    client.connection.onRequest('workspace/diagnostic/refresh', refuse);
    await client.start();
    const uri = `${WORKSPACE}/a.nos.txt`;
    await client.open(uri, GLOSSARY);
    await client.connection.sendNotification('nos/setDocumentLanguage', { uri, language: 'en' });
    await client.configChanged(CONFIG);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.equal(await client.language(uri), 'en');
    assert.ok(client.process.exitCode === null && !client.process.killed);
  });

  it('reports a severity outside the allowed set once, ignores it, and never sends a diagnostic without a severity', async () => {
    client = new ConfigClient();
    client.settings = { rules: { 'orphan-glossary-term': 'loud', 'no-such-rule': 'off' } };
    await client.start({ configFiles: false });
    for (const name of ['a', 'b']) {
      const uri = `${WORKSPACE}/${name}.nos.txt`;
      await client.open(uri, GLOSSARY);
      const items = await client.diagnosticItems(uri);
      assert.deepEqual(items.map((d) => [d.code, d.severity]), [['orphan-glossary-term', 3], ['missing-section', 2]]);
    }
    await eventually(() => client.shown.length === 2, 'two messages');
    assert.match(client.shown[0], /^NOS Author: nos\.rules: The severity of "orphan-glossary-term" must be one of /);
    assert.match(client.shown[1], /^NOS Author: nos\.rules: Unknown rule "no-such-rule"/);
  });
});
