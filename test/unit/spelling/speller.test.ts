// The server's and the CLI's lookup with real spelling processes: unknown words are "not
// known yet", go to the language's process in one batch, and come back with verdicts and
// suggestions; a process that cannot load or ends is reported once.

import * as assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bilingual, Lang } from '../../../server/src/core';
import { Speller } from '../../../server/src/spelling/speller';
import { startSpellingProcess } from '../../../server/src/spelling/spellingProcess';

describe('spelling process', function () {
  this.timeout(60_000);
  let speller: Speller;
  const answered: Lang[] = [];

  before(() => {
    speller = new Speller({ answered: (lang) => answered.push(lang) });
  });
  after(() => speller.dispose());

  it('starts no process until a word of a language is asked for', () => {
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
    assert.equal(speller.pending(), false);
    // Suggestions: asked for by the rule, for a wrong word only.
    assert.deepEqual(speller.suggestions('arferfol', 'cy'), []);
    assert.deepEqual(speller.suggestions('wasanaeth', 'cy'), []);
    assert.equal(speller.pending(), true);
    await speller.settled();
    assert.equal(speller.suggestions('arferfol', 'cy')[0], 'arferol');
    // The word cut in two by a hyphen ("ar-ferfol") comes after every other suggestion.
    const hyphened = speller.suggestions('arferfol', 'cy').map((s) => s.includes('-'));
    assert.deepEqual(hyphened, [...hyphened].sort(), speller.suggestions('arferfol', 'cy').join(', '));
    assert.ok(hyphened.includes(true) && hyphened.indexOf(true) >= 4, speller.suggestions('arferfol', 'cy').join(', '));
    assert.deepEqual(speller.suggestions('wasanaeth', 'cy'), []);
    assert.ok(answered.includes('cy'));
    assert.equal(speller.pending(), false);
  });

  it('asks for suggestions once no new word has been sent for a moment, and only for the wrong words still reported', async () => {
    const asked = answered.length;
    // A writer typing: each partial word is checked, and reported wrong.
    for (const partial of ['gweithdr', 'gweithdre', 'gweithdref']) {
      speller.check(partial, 'cy');
      await speller.settled();
      assert.equal(speller.check(partial, 'cy'), false, partial);
      assert.deepEqual(speller.suggestions(partial, 'cy'), [], partial);
    }
    assert.equal(answered.length, asked + 3, 'three verdicts, no suggestions yet');
    // The writer stops: the last partial word gets its suggestions, the earlier ones never.
    while (!speller.suggestions('gweithdref', 'cy').length) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(answered.length, asked + 4);
    assert.deepEqual(speller.suggestions('gweithdr', 'cy'), []);
  });

  it('asks once per word, and answers from memory after', async () => {
    speller.check('recieve', 'en');
    speller.check('recieve', 'en');
    await speller.settled();
    const count = answered.length;
    assert.equal(speller.check('recieve', 'en'), false);
    assert.deepEqual(speller.suggestions('recieve', 'en'), []);
    await speller.settled();
    assert.deepEqual(speller.suggestions('recieve', 'en').slice(0, 1), ['receive']);
    speller.suggestions('recieve', 'en');
    assert.equal(speller.pending(), false);
    assert.equal(answered.length, count + 1);
  });

  it('reads no words for a language until its dictionary has loaded, for an owner told when it has', async () => {
    const ready: Lang[] = [];
    const waiting = new Speller({ ready: (lang) => ready.push(lang) });
    assert.equal(waiting.ready('cy'), false);
    assert.equal(waiting.started('cy'), false, 'started after the analysis that asked');
    while (!ready.length) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(ready, ['cy']);
    assert.equal(waiting.ready('cy'), true);
    assert.equal(waiting.started('en'), false, 'only the language asked about');
    assert.equal(waiting.check('arferfol', 'cy'), undefined);
    await waiting.settled();
    assert.equal(waiting.check('arferfol', 'cy'), false);
    assert.deepEqual(ready, ['cy'], 'said once');
    await waiting.dispose();
    // An owner not told (the CLI) has its words read from the start.
    assert.equal(speller.ready('en'), true);
  });

  it('lets every word pass when the worker file is missing, and says so once', async () => {
    const failures: Array<[Lang, Bilingual]> = [];
    const missing = join(tmpdir(), 'no-such-worker.mjs');
    const broken = new Speller({ failed: (lang, reason) => failures.push([lang, reason]) }, (lang) => startSpellingProcess(lang, missing));
    assert.equal(broken.check('zorble', 'en'), undefined);
    await broken.settled();
    assert.equal(broken.check('zorble', 'en'), true);
    assert.equal(broken.check('blorp', 'en'), true);
    await broken.settled();
    assert.deepEqual(failures.map(([lang]) => lang), ['en']);
    // In both languages; what Node said is quoted as given.
    assert.match(failures[0][1].en, /^the spelling process exited with code 1: Error: Cannot find module .*no-such-worker\.mjs/);
    assert.match(failures[0][1].cy, /^daeth y broses sillafu i ben gyda chod gadael 1: Error: Cannot find module .*no-such-worker\.mjs/);
    await broken.dispose();
  });

  it('lets every word pass when a dictionary fails to load in its process, and says so once', async () => {
    const failures: Array<[Lang, Bilingual]> = [];
    const broken = new Speller({ failed: (lang, reason) => failures.push([lang, reason]) }, () => startSpellingProcess('xx' as Lang));
    assert.equal(broken.check('zorble', 'cy'), undefined);
    assert.equal(broken.check('blorp', 'cy'), undefined);
    await broken.settled();
    assert.equal(broken.check('zorble', 'cy'), true);
    assert.equal(broken.check('blorp', 'cy'), true);
    assert.equal(broken.pending(), false);
    assert.deepEqual(failures.map(([lang]) => lang), ['cy']);
    await broken.dispose();
  });

  it('lets every word pass when no process can be started, and says so once', async () => {
    const failures: Array<[Lang, Bilingual]> = [];
    const broken = new Speller({ failed: (lang, reason) => failures.push([lang, reason]) }, () => {
      throw new Error('spawn EAGAIN');
    });
    assert.equal(broken.check('zorble', 'en'), undefined);
    await broken.settled();
    assert.equal(broken.check('zorble', 'en'), true);
    assert.equal(broken.check('blorp', 'en'), true);
    assert.equal(broken.pending(), false);
    assert.deepEqual(failures, [['en', { en: 'spawn EAGAIN', cy: 'spawn EAGAIN' }]]);
    await broken.dispose();
  });

  it('lets every word pass once a process is killed, and says so once', async () => {
    const failures: Lang[] = [];
    const speller = new Speller({ failed: (lang) => failures.push(lang) }, (lang) => {
      const worker = startSpellingProcess(lang);
      worker.child.once('message', () => worker.child.kill('SIGKILL'));
      return worker;
    });
    assert.equal(speller.check('recieve', 'en'), undefined);
    // The verdict comes, then the process is killed before the suggestions asked for.
    await speller.settled();
    speller.suggestions('recieve', 'en');
    await speller.settled();
    assert.equal(speller.check('recieve', 'en'), true);
    assert.equal(speller.check('zorble', 'en'), true);
    assert.deepEqual(failures, ['en']);
    await speller.dispose();
  });
});
