// Part 4: spelling, apart from the analyser. Each language's worker in a fresh process
// (spelling-probe.mjs): time to its first answer and the memory it adds to the process;
// and in process, what the spelling rule adds to an analysis and to a keystroke once the
// words are known (the lookup a Map, as the server's is after the worker has answered).

import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { Bench } from 'tinybench';
import { repeat, ROOT } from '../lib/corpus.mjs';
import { budget, num, printTable } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';

const DIST = path.join(ROOT, 'dist');
const DRAFTS = { cy: 'samples/002_25cc69476f2f32d8.nos.txt', en: 'test/fixtures/cli/clean-en.nos.txt' };
const BUDGET = { firstAnswerMs: { en: 1000, cy: 1500 }, rssMB: { en: 60, cy: 80 }, keystrokeMs: 1 };

function probe(lang) {
  const out = execFileSync(process.execPath, ['--expose-gc', path.join(ROOT, 'bench/parts/spelling-probe.mjs'), lang, path.join(ROOT, DRAFTS[lang]), DIST], { encoding: 'utf8' });
  return JSON.parse(out);
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
  const workers = ['en', 'cy'].map(probe);
  const text = corpus.find((d) => d.id === '002').text;
  const costs = [];
  for (const times of [1, 100]) costs.push({ times, ...(await ruleCost(core, repeat(text, times), quick)) });
  const x100 = costs.find((c) => c.times === 100);
  const checks = [
    ...workers.flatMap((w) => [
      { part: 'spelling', ...budget(`worker ${w.lang}, start to first answer`, w.firstAnswerMs, BUDGET.firstAnswerMs[w.lang], 'ms') },
      { part: 'spelling', ...budget(`worker ${w.lang}, RSS added`, w.rssMB, BUDGET.rssMB[w.lang], 'MB') },
    ]),
    { part: 'spelling', ...budget('rule, added to a keystroke on 002 x100', x100.with.keystroke - x100.without.keystroke, BUDGET.keystrokeMs, 'ms') },
  ];
  return { workers, costs, checks };
}

export function printSpelling({ workers, costs }) {
  printTable('Spelling workers (fresh process each)', ['lang', 'words', 'unknown', 'first answer ms', 'suggestions ms', 'RSS +MB', 'main heap +MB'],
    workers.map((w) => [w.lang, w.words, w.unknown, num(w.firstAnswerMs, 0), num(w.suggestionsMs, 0), num(w.rssMB), num(w.heapMB)]), 'lrrrrrr');
  printTable('Spelling rule in the core, words known (median ms)', ['002', 'full, with', 'full, without', 'keystroke, with', 'keystroke, without'],
    costs.map((c) => [`x${c.times}`, num(c.with.full, 2), num(c.without.full, 2), num(c.with.keystroke, 3), num(c.without.keystroke, 3)]), 'lrrrr');
}
