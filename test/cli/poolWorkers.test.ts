// The parts of `nos check`'s worker pool, in process: the pool gives each draft what the
// main thread finds, and a worker that stops or throws costs only the draft it was on;
// results come in order with a bounded number under way; a worker's spelling lookup waits
// for the words each draft met, and only those.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { createNosService, type AnalyseOptions } from '../../server/src/core';
import { CheckPool } from '../../server/src/cli/pool';
import { inOrder, lookAhead } from '../../server/src/cli/poolOrder';
import { AskingSpeller, LocalSpelling, type WordsAnswer, type WordsQuestion } from '../../server/src/cli/poolSpelling';
import { checkDraft, type DraftResult, type DraftTask } from '../../server/src/cli/poolTask';
import { sample, sampleNames } from '../unit/helpers/fixtures';
import { draft } from '../unit/helpers/suite';

const FAILING = join(__dirname, 'helpers/failingWorker.ts');
const failingWorker = () => new Worker(FAILING, { execArgv: ['--require', require.resolve('tsx/cjs')] });
const local = new LocalSpelling('en');
const onMainThread = (task: DraftTask) => checkDraft(task, local.drafts);
/** What a format reads of a result: JSON leaves out the values the engine remembers on findings. */
const plain = (result: DraftResult) => JSON.parse(JSON.stringify(result)) as unknown;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the check pool', function () {
  this.timeout(60_000);
  let dir: string;
  let tasks: DraftTask[];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nos-pool-'));
    const names = sampleNames();
    for (const name of names) writeFileSync(join(dir, name), sample(name.slice(0, 3)));
    for (const name of ['stop.nos.txt', 'throw.nos.txt']) writeFileSync(join(dir, name), draft(1));
    tasks = names.map((name) => ({ path: join(dir, name), options: {}, lang: 'en', facts: true, safeFixes: true }));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  const task = (name: string): DraftTask => ({ path: join(dir, name), options: {}, lang: 'en', facts: false, safeFixes: false });

  async function withPool<T>(size: number, use: (pool: CheckPool) => Promise<T>): Promise<T> {
    const pool = new CheckPool(size, { lang: 'en', here: onMainThread, answer: (question) => local.answer(question), start: failingWorker });
    try {
      return await use(pool);
    } finally {
      await pool.close();
    }
  }

  async function onMain(all: DraftTask[]): Promise<unknown[]> {
    const results = [];
    for (const one of all) results.push(plain(await onMainThread(one)));
    return results;
  }

  it('gives each draft its findings, spelling included, and its suite facts, as the main thread finds them', async () => {
    const results = await withPool(2, (pool) => Promise.all(tasks.map((one) => pool.check(one))));
    assert.deepEqual(results.map(plain), await onMain(tasks));
    assert.ok(results.every((result) => 'facts' in result));
    assert.ok(results.some((result) => 'findings' in result && result.findings.some((f) => f.ruleId === 'spelling')));
  });

  it('reports the draft a worker stopped on, and checks again the one it held with it', async () => {
    // One worker holds two drafts at once: the first is under way when the second stops it.
    const all = [tasks[0], task('stop.nos.txt'), ...tasks.slice(1)];
    const results = await withPool(1, (pool) => Promise.all(all.map((one) => pool.check(one))));
    assert.deepEqual(results[1], { problem: 'could not be analysed (internal error: the worker thread stopped with exit code 7)' });
    assert.deepEqual([results[0], ...results.slice(2)].map(plain), await onMain(tasks));
  });

  it('reports the error a worker throws on the draft it was given', async () => {
    const all = [...tasks.slice(0, 2), task('throw.nos.txt'), ...tasks.slice(2)];
    const results = await withPool(2, (pool) => Promise.all(all.map((one) => pool.check(one))));
    assert.deepEqual(results[2], { problem: 'could not be analysed (internal error: out of its mind)' });
    assert.deepEqual([...results.slice(0, 2), ...results.slice(3)].map(plain), await onMain(tasks));
  });
});

describe('results in order', () => {
  async function* numbers(count: number): AsyncGenerator<number> {
    for (let n = 0; n < count; n++) yield n;
  }

  it('come in the order of their items, with at most `window` started and not yet taken', async () => {
    const started: number[] = [];
    const finish = new Map<number, () => void>();
    const run = (n: number) => {
      started.push(n);
      return new Promise<number>((resolve) => finish.set(n, () => resolve(n * 10)));
    };
    const results = inOrder(numbers(6), run, 3);
    const first = results.next();
    await tick();
    assert.deepEqual(started, [0, 1, 2]);
    // Later items done first change nothing: the first is awaited, and the window is full.
    finish.get(2)!();
    finish.get(1)!();
    await tick();
    assert.deepEqual(started, [0, 1, 2]);
    finish.get(0)!();
    assert.deepEqual(await first, { value: 0, done: false });
    // Taking the next result starts one more, and the two done already come at once.
    assert.deepEqual(await results.next(), { value: 10, done: false });
    assert.deepEqual(started, [0, 1, 2, 3]);
    assert.deepEqual(await results.next(), { value: 20, done: false });
    for (const n of [3, 4, 5]) {
      const next = results.next();
      await tick();
      finish.get(n)!();
      assert.deepEqual(await next, { value: n * 10, done: false });
    }
    assert.deepEqual(await results.next(), { value: undefined, done: true });
    assert.deepEqual(started, [0, 1, 2, 3, 4, 5]);
  });

  it('reads ahead to weigh items, and still gives every item once, in order', async () => {
    // 0 + 1 + 2 + 3 reach 5: the rest is not read yet.
    const { ahead, all } = await lookAhead(numbers(10), 5, (n) => n);
    assert.equal(ahead, 6);
    const seen = [];
    for await (const n of all) seen.push(n);
    assert.deepEqual(seen, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const short = await lookAhead(numbers(2), 5, () => 1);
    assert.equal(short.ahead, 2);
    const none = await lookAhead(numbers(2), 0, () => 1);
    assert.equal(none.ahead, 0);
  });
});

describe("a worker's spelling lookup", () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'nos-asking-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('asks for the words an analysis met, and each draft waits only for its own', async () => {
    const questions: WordsQuestion[] = [];
    const lookup = new AskingSpeller((question) => questions.push(question));
    const spelling = lookup.spelling(createNosService({ spelling: lookup }));
    const options: AnalyseOptions = { language: 'en' };
    const text = draft(1);
    const more = text.replace('give customers accurate', 'give customers qwertyuiop accurate');
    const first = spelling(join(dir, 'first.nos.txt'));
    const second = spelling(join(dir, 'second.nos.txt'));

    first.analyse(text, options);
    assert.ok(first.pending());
    const firstDone = first.settled().then(() => 'first');
    assert.equal(questions.length, 1);
    const [[lang, words]] = questions[0];
    assert.equal(lang, 'en');
    assert.ok(words.includes('accurate'));

    // The second draft meets the same words, asked already, and one more.
    second.analyse(more, options);
    const secondDone = second.settled().then(() => 'second');
    assert.deepEqual(questions[1], [['en', ['qwertyuiop']]]);

    const answer = (question: WordsQuestion, wrong: string): WordsAnswer =>
      question.map(([language, asked]) => [language, asked.map((word) => [word, word !== wrong])]);
    lookup.answered(answer(questions[0], 'accurate'));
    assert.equal(await Promise.race([firstDone, secondDone]), 'first');
    lookup.answered(answer(questions[1], 'qwertyuiop'));
    assert.equal(await secondDone, 'second');

    const spelt = second.analyse(more, options);
    assert.ok(!second.pending());
    assert.deepEqual([...new Set(spelt.findings.filter((f) => f.ruleId === 'spelling').map((f) => f.message))], [
      '“accurate” is not in the English dictionary.',
      '“qwertyuiop” is not in the English dictionary.',
    ]);
  });
});
