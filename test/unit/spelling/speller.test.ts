// The server's and the CLI's lookup with real workers: unknown words are "not known yet",
// go to the language's worker in one batch, and come back with verdicts and suggestions.

import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../../../server/src/core';
import { Speller } from '../../../server/src/spelling/speller';

describe('spelling worker', function () {
  this.timeout(60_000);
  let speller: Speller;
  const answered: Lang[] = [];

  before(() => {
    speller = new Speller({ answered: (lang) => answered.push(lang) });
  });
  after(() => speller.dispose());

  it('starts no worker until a word of a language is asked for', () => {
    assert.equal(speller.started('en'), false);
    assert.equal(speller.started('cy'), false);
    assert.equal(speller.pending(), false);
  });

  it('answers "not known yet", then the dictionary’s verdict, Welsh mutations included, and suggestions', async () => {
    assert.equal(speller.check('arferfol', 'cy'), undefined);
    assert.equal(speller.check('wasanaeth', 'cy'), undefined);
    assert.equal(speller.started('cy'), false, 'the words wait for the end of the analysis');
    assert.equal(speller.pending(), true);
    await speller.settled();
    assert.equal(speller.started('cy'), true);
    assert.equal(speller.started('en'), false);
    assert.equal(speller.check('arferfol', 'cy'), false);
    assert.equal(speller.check('wasanaeth', 'cy'), true);
    assert.equal(speller.suggestions('arferfol', 'cy')[0], 'arferol');
    assert.ok(answered.includes('cy'));
    assert.equal(speller.pending(), false);
  });

  it('asks once per word, and answers from memory after', async () => {
    speller.check('recieve', 'en');
    speller.check('recieve', 'en');
    await speller.settled();
    const count = answered.length;
    assert.equal(speller.check('recieve', 'en'), false);
    assert.deepEqual(speller.suggestions('recieve', 'en').slice(0, 1), ['receive']);
    assert.equal(speller.pending(), false);
    assert.equal(answered.length, count);
  });

  it('lets every word pass when a dictionary cannot load, and says so once', async () => {
    const failures: string[] = [];
    const missing = join(tmpdir(), 'no-such-worker.mjs');
    const broken = new Speller({ failed: (lang) => failures.push(lang) }, () => new Worker(missing));
    assert.equal(broken.check('zorble', 'en'), undefined);
    await broken.settled();
    assert.equal(broken.check('zorble', 'en'), true);
    assert.equal(broken.check('blorp', 'en'), true);
    assert.deepEqual(failures, ['en']);
    await broken.dispose();
  });
});
