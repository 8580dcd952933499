// Part 4: spelling, apart from the analyser. Each language's spelling process started fresh
// as the server starts it: the time to load its dictionary, to check a draft's words and to
// suggest for those it does not know, and its memory, a process of its own; and in process,
// what the spelling rule adds to an analysis and to a keystroke once the words are known (the
// lookup a Map, as the server's is after the process has answered).

import { fork } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Bench } from 'tinybench';
import { repeat, ROOT } from '../lib/corpus.mjs';
import { budget, num, printTable } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';
import { childrenOf, memoryOf } from '../lib/system.mjs';

const DIST = path.join(ROOT, 'dist');
const WORKER = path.join(DIST, 'spellWorker.mjs');
/** The Node options the server and `nos` start a spelling process with. */
const NODE_OPTIONS = JSON.parse(readFileSync(path.join(ROOT, 'server', 'src', 'spelling', 'nodeOptions.json'), 'utf8'));
const DRAFTS = { cy: 'samples/002_25cc69476f2f32d8.nos.txt', en: 'test/fixtures/cli/clean-en.nos.txt' };
/** A spelling process's own budgets, per language: its load time and its peak RSS (in the probe here and in our server's sessions). */
export const SPELLING_BUDGETS = { loadMs: { en: 1000, cy: 1500 }, peakMB: { en: 70, cy: 75 } };
const KEYSTROKE_MS = 1;

/** The server's spelling processes by language (`spellWorker.mjs <lang>`), each with its memory. */
export function spellingProcessesOf(pid) {
  const byLang = {};
  for (const { args, peakMB, rssMB } of childrenOf(pid)) {
    const at = args.findIndex((arg) => arg.endsWith('spellWorker.mjs'));
    if (at >= 0) byLang[args[at + 1]] = { peakMB, rssMB };
  }
  return byLang;
}

/**
 * A fresh spelling process for `lang`, sent one word (its answer: the dictionary is loaded),
 * then every distinct word of a draft, then the wrong ones for their suggestions, as the server asks.
 */
async function probe(lang) {
  const words = [...new Set(readFileSync(path.join(ROOT, DRAFTS[lang]), 'utf8').match(/[\p{L}]+/gu))];
  const start = performance.now();
  const child = fork(WORKER, [lang, DIST], { execArgv: NODE_OPTIONS, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const answers = [];
  const done = new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`the ${lang} spelling process exited with code ${code}`)));
    child.on('message', (answer) => {
      if ('failed' in answer) return reject(new Error(answer.failed));
      answers.push({ answer, ms: performance.now() - start });
      const [, checked, suggested] = answers;
      if (suggested) return resolve();
      if (checked) {
        const wrong = checked.answer.checked.filter(([, correct]) => !correct).map(([word]) => word);
        if (wrong.length) child.send({ suggest: wrong });
        else resolve();
      }
    });
  });
  child.send({ check: words.slice(0, 1) });
  child.send({ check: words });
  try {
    await done;
  } finally {
    child.removeAllListeners('exit');
  }
  const memory = memoryOf(child.pid);
  const exited = once(child, 'exit');
  child.kill();
  await exited;
  const [loaded, checked, suggested] = answers;
  return {
    lang,
    words: words.length,
    unknown: checked.answer.checked.filter(([, correct]) => !correct).length,
    loadMs: loaded.ms,
    checkMs: checked.ms - loaded.ms,
    suggestionsMs: suggested ? suggested.ms - checked.ms : 0,
    peakMB: memory?.peakMB ?? NaN,
    rssMB: memory?.rssMB ?? NaN,
  };
}

/** Median of runs of `analyse` (full analysis, or re-analysis after a one-space edit) with and without the rule's words known. */
async function ruleCost(core, text, quick) {
  // A draft's words are nearly all known: a Map of them, as the server's lookup holds.
  const known = new Map();
  const lookup = {
    check: (word) => {
      if (!known.has(word)) known.set(word, true);
      return known.get(word);
    },
    suggestions: () => [],
  };
  const middle = text.indexOf('\n', text.length >> 1);
  const edited = `${text.slice(0, middle)} ${text.slice(middle)}`;
  const figures = {};
  for (const [name, service] of [['with', core.createNosService({ spelling: lookup })], ['without', core.createNosService()]]) {
    const rules = { spelling: name === 'with' ? 'information' : 'off' };
    let previous = service.analyse(text, { rules });
    let turn = 0;
    const bench = new Bench({ time: quick ? 100 : 500, iterations: quick ? 10 : 30, warmupTime: 50, warmupIterations: 5, retainSamples: true, timestampProvider: 'hrtimeNow' });
    bench.add('full', () => service.analyse(text, { rules }));
    bench.add('keystroke', () => {
      previous = service.analyse(turn++ % 2 ? text : edited, { rules, previous });
    });
    await bench.run();
    for (const task of bench.tasks) if (task.result?.error) throw task.result.error;
    figures[name] = Object.fromEntries(bench.tasks.map((task) => [task.name, summary(task.result.latency.samples).median]));
  }
  return figures;
}

export async function runSpelling({ core, corpus, quick }) {
  const processes = [];
  for (const lang of ['en', 'cy']) processes.push(await probe(lang));
  const text = corpus.find((d) => d.id === '002').text;
  const costs = [];
  for (const times of [1, 100]) costs.push({ times, ...(await ruleCost(core, repeat(text, times), quick)) });
  const x100 = costs.find((c) => c.times === 100);
  const checks = [
    ...processes.flatMap((p) => [
      { part: 'spelling', ...budget(`process ${p.lang}, start to dictionary loaded`, p.loadMs, SPELLING_BUDGETS.loadMs[p.lang], 'ms') },
      { part: 'spelling', ...budget(`process ${p.lang}, peak RSS`, p.peakMB, SPELLING_BUDGETS.peakMB[p.lang], 'MB') },
    ]),
    { part: 'spelling', ...budget('rule, added to a keystroke on 002 x100', x100.with.keystroke - x100.without.keystroke, KEYSTROKE_MS, 'ms') },
  ];
  return { processes, costs, checks };
}

export function printSpelling({ processes, costs }) {
  printTable('Spelling processes (a fresh one each, as the server starts it; ms and MB)', ['lang', 'words', 'unknown', 'load', 'check words', 'suggestions', 'peak RSS', 'RSS after'],
    processes.map((p) => [p.lang, p.words, p.unknown, num(p.loadMs, 0), num(p.checkMs, 0), num(p.suggestionsMs, 0), num(p.peakMB), num(p.rssMB)]), 'lrrrrrrr');
  printTable('Spelling rule in the core, words known (median ms)', ['002', 'full, with', 'full, without', 'keystroke, with', 'keystroke, without'],
    costs.map((c) => [`x${c.times}`, num(c.with.full, 2), num(c.without.full, 2), num(c.with.keystroke, 3), num(c.without.keystroke, 3)]), 'lrrrr');
}
