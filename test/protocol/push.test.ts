// Clients that cannot pull diagnostics (Neovim before 0.10, eglot, vim-lsp) get them
// published: after opening, after each burst of edits (newest version only, never an
// older one after a newer), after a settings change, and cleared on close. Clients that
// pull get nothing published.

import * as assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { analyse, type Finding } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/001.nos.txt';

/** A client that declares no `textDocument.diagnostic`, recording every report it is sent. */
class PushClient extends TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  private waiting: (() => void)[] = [];

  constructor() {
    super();
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const wake of this.waiting.splice(0)) wake();
    });
  }

  async initializeWithout(configuration: boolean): Promise<void> {
    await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {
        workspace: { configuration },
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { didSave: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
  }

  /** The first report, from the n-th on, that satisfies `test`. */
  async report(test: (p: PublishDiagnosticsParams) => boolean, from = 0): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const found = this.published.slice(from).find(test);
      if (found) return found;
      await new Promise<void>((wake) => this.waiting.push(wake));
    }
  }

  /** Every message sent so far has been handled (the server answers in order). */
  async roundTrip(): Promise<void> {
    await this.symbols(URI);
  }
}

const shape = (d: Diagnostic) => [d.code, d.range, d.message];
const expected = (findings: Finding[]) => findings.map((f) => [f.ruleId, f.range, f.message]);

describe('language server publishing diagnostics to clients that cannot pull', function () {
  this.timeout(20_000);
  let client: PushClient;

  afterEach(() => client.stop());

  for (const configuration of [false, true]) {
    it(`publishes the findings of the opened version${configuration ? ', with workspace/configuration' : ''}`, async () => {
      client = new PushClient();
      await client.initializeWithout(configuration);
      await client.open(URI, sample('001'));
      const report = await client.report((p) => p.uri === URI);
      assert.equal(report.version, 1);
      assert.deepEqual(report.diagnostics.map(shape), expected(analyse(sample('001')).findings));
      assert.equal(report.diagnostics.filter((d) => d.code === 'criteria-numbering').length, 5);
    });
  }

  it('under a burst of edits, publishes the newest version last and never goes back in version', async () => {
    client = new PushClient();
    await client.initializeWithout(false);
    await client.open(URI, sample('001'));
    await client.report((p) => p.version === 1);
    const burst: Promise<void>[] = [];
    for (let i = 0; i < 300; i++) {
      const line = (i * 7919) % 200;
      burst.push(client.type(URI, { line, character: 0 }, i % 3 === 0 ? '\n' : i % 3 === 1 ? '1. ' : 'x'));
    }
    await Promise.all(burst);
    const last = client.version(URI);
    const final = await client.report((p) => p.version === last);
    await client.roundTrip();
    const versions = client.published.map((p) => p.version!);
    assert.ok(versions.every((v, i) => i === 0 || v > versions[i - 1]), `versions published: ${versions.join(', ')}`);
    assert.equal(versions.at(-1), last);
    // Edits read at once are analysed once; allow for them arriving in many reads.
    assert.ok(versions.length <= 100, `${versions.length} reports for 300 edits`);
    assert.deepEqual(final.diagnostics.map(shape), expected(analyse(client.text(URI)).findings));
  });

  it('publishes an update for a renumbering edit, and again after a settings change', async () => {
    client = new PushClient();
    await client.initializeWithout(true);
    await client.open(URI, sample('001'));
    const opened = await client.report((p) => p.version === 1);
    const first = opened.diagnostics.find((d) => d.code === 'criteria-numbering')!;
    const from = client.published.length;
    const actions = await client.codeActions(URI, first.range, [first]);
    await client.apply(URI, actions[0]);
    const renumbered = await client.report((p) => p.version === 2, from);
    assert.ok(renumbered.diagnostics.length < opened.diagnostics.length);
    assert.deepEqual(renumbered.diagnostics.map(shape), expected(analyse(client.text(URI)).findings));

    const before = client.published.length;
    await client.changeSettings({ rules: { 'criteria-numbering': 'off' } });
    const silenced = await client.report(() => true, before);
    assert.equal(silenced.version, 2);
    assert.equal(silenced.diagnostics.filter((d) => d.code === 'criteria-numbering').length, 0);
    assert.ok(silenced.diagnostics.length > 0);
  });

  it('clears the diagnostics of a closed document', async () => {
    client = new PushClient();
    await client.initializeWithout(false);
    await client.open(URI, sample('001'));
    await client.report((p) => p.version === 1);
    const from = client.published.length;
    await client.close(URI);
    const cleared = await client.report(() => true, from);
    assert.deepEqual(cleared, { uri: URI, diagnostics: [] });
  });

  it('publishes nothing to a client that pulls', async () => {
    client = new PushClient();
    await client.initialize();
    await client.open(URI, sample('001'));
    await client.type(URI, { line: 0, character: 0 }, 'x');
    assert.ok((await client.diagnosticItems(URI)).length > 0);
    await client.close(URI);
    await client.roundTrip();
    assert.deepEqual(client.published, []);
  });
});
