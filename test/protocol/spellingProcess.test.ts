// The bundled server's spelling processes: one per language, started when a document in it
// is checked, gone when the server is, however it ends (here killed with SIGKILL, which it
// cannot catch: the process sees its IPC channel close). A process that cannot start is
// reported once, and the server goes on without spelling.

import * as assert from 'node:assert/strict';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogMessageParams } from 'vscode-languageserver-protocol';
import { analyse } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { SERVER, TestClient } from './client';

const URI = 'file:///drafts/003.nos.txt';
const POLL_MS = 50;
/** A bound on waiting for a process to end, not a measure of speed: far above what it takes. */
const GONE_WITHIN_MS = 15_000;

/** The process's state letter, or null once it is gone ("Z": ended, not yet reaped by its new parent). */
function stateOf(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[0];
  } catch {
    return null;
  }
}

const alive = (pid: number) => ![null, 'Z', 'X'].includes(stateOf(pid));

/** The processes whose parent is `pid`, and what each runs. */
function childrenOf(pid: number): Array<{ pid: number; command: string }> {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
    try {
      const parent = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      return parent === pid ? [{ pid: Number(name), command: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ') }] : [];
    } catch {
      return [];
    }
  });
}

const pause = () => new Promise((resolve) => setTimeout(resolve, POLL_MS));

/**
 * Pulls until the spelling findings are in and one has its suggestions, the last answer
 * (the server asks for a pull whenever an answer comes): the spelling process is then idle.
 */
async function suggested(client: TestClient): Promise<void> {
  for (;;) {
    const seen = client.refreshes;
    const items = await client.diagnosticItems(URI);
    const misspelt = items.find((d) => d.code === 'spelling' && String(d.message).includes('chwarteisi'));
    if (misspelt && (await client.codeActions(URI, misspelt.range, [misspelt])).some((a) => a.title === 'Newid i “chwrteisi”')) return;
    while (client.refreshes === seen) await pause();
  }
}

describe('language server: spelling processes', function () {
  this.timeout(60_000);
  let client: TestClient | undefined;
  let copy: string | undefined;

  afterEach(async () => {
    if (client?.process.exitCode === null && client.process.signalCode === null) await client.stop();
    else client?.connection.dispose();
    client = undefined;
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = undefined;
  });

  it('runs the Welsh dictionary in a child process, which ends when the server is killed', async function () {
    if (process.platform !== 'linux') this.skip(); // processes read from /proc
    client = new TestClient();
    const server = client.process.pid!;
    await client.initialize();
    // Nor once the server has warmed itself up while idle, on drafts in both languages.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.deepEqual(childrenOf(server), [], 'no dictionary before a document needs one');
    await client.open(URI, sample('003'));
    await suggested(client);
    const children = childrenOf(server);
    assert.equal(children.length, 1, JSON.stringify(children));
    assert.match(children[0].command, /--single-threaded .*spellWorker\.mjs cy /);
    const [{ pid: speller }] = children;

    const killed = once(client.process, 'exit');
    client.process.kill('SIGKILL');
    await killed;
    for (let waited = 0; alive(speller); waited += POLL_MS) {
      assert.ok(waited < GONE_WITHIN_MS, `the spelling process ${speller} outlived the server`);
      await pause();
    }
  });

  it('reports once that a dictionary cannot be loaded, and checks the rest without spelling', async () => {
    // The server alone, without the spelling worker and dictionaries shipped beside it.
    copy = mkdtempSync(join(tmpdir(), 'nos-server-'));
    copyFileSync(SERVER, join(copy, 'server.js'));
    client = new TestClient(join(copy, 'server.js'));
    const logged: string[] = [];
    client.connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      logged.push(params.message);
    });
    const shown: string[] = [];
    client.connection.onNotification('window/showMessage', (params: LogMessageParams) => {
      shown.push(params.message);
    });
    await client.initialize();
    const failures = () => logged.filter((m) => m.includes('dictionary could not be loaded'));
    await client.open(URI, sample('003'));
    const expected = analyse(sample('003')).findings.map((f) => f.ruleId);
    assert.deepEqual((await client.diagnosticItems(URI)).map((d) => d.code), expected);
    while (failures().length === 0) await pause();
    // More Welsh text to check: no second start, no second report.
    await client.open('file:///drafts/003-again.nos.txt', sample('003'));
    assert.deepEqual((await client.diagnosticItems('file:///drafts/003-again.nos.txt')).map((d) => d.code), expected);
    assert.deepEqual((await client.diagnosticItems(URI)).map((d) => d.code), expected);
    assert.equal(failures().length, 1, logged.join('\n'));
    // In both languages, no document's settings choosing one; what Node said is quoted as given.
    assert.match(failures()[0], /^the Welsh dictionary could not be loaded, so spelling is not checked: the spelling process exited with code 1: Error: Cannot find module .*spellWorker\.mjs/);
    assert.match(failures()[0], / \/ ni ellid llwytho'r geiriadur Cymraeg, felly nid yw'r sillafu'n cael ei wirio: daeth y broses sillafu i ben gyda chod gadael 1: Error: Cannot find module .*spellWorker\.mjs/);
    // Shown to the writer once too.
    assert.equal(shown.filter((m) => m.includes('geiriadur Cymraeg')).length, 1, shown.join('\n'));
  });
});
