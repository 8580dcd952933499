// The source action that reflows flattened text, over stdio as an editor asks for it.

import * as assert from 'node:assert/strict';
import { analyse, applyEdits, reflowEdits } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { TestClient } from './client';

const URI = 'file:///drafts/flat-001.nos.txt';
const KIND = 'source.reflow.nos';
const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('language server: reflowing flattened text', function () {
  this.timeout(20_000);
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });

  afterEach(() => client.stop());

  it('offers the reflow as a source action of a flattened document, in its language, and applies it', async () => {
    const flat = sample('001').replace(/\s+/g, ' ');
    await client.open(URI, flat);
    const actions = await client.codeActions(URI, ORIGIN, [], [KIND]);
    assert.deepEqual(actions.map((a) => [a.kind, a.title]), [[KIND, "Rhoi pob pennawd, cyflwyniad ac eitem o'r testun gwastad ar linell ar wahân"]]);
    await client.apply(URI, actions[0]);
    assert.equal(client.text(URI), applyEdits(flat, reflowEdits(analyse(flat).doc)));
    assert.ok(client.text(URI).split('\n').length > 100);
    // Once reflowed, or asked only for quick fixes, there is nothing to offer.
    assert.deepEqual(await client.codeActions(URI, ORIGIN, [], [KIND]), []);
  });

  it('offers nothing for a draft in the usual layout or a request for quick fixes', async () => {
    await client.open(URI, sample('001'));
    assert.deepEqual(await client.codeActions(URI, ORIGIN, [], [KIND]), []);
    await client.open('file:///drafts/flat.nos.txt', sample('003').replace(/\s+/g, ' '));
    assert.deepEqual(await client.codeActions('file:///drafts/flat.nos.txt', ORIGIN, [], ['quickfix']), []);
  });
});
