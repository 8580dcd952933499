// Part 1: the analysis core in process. For each draft and size, tinybench times
// parse + every rule + outline beside a bare baseline over the same text, and, for
// information, re-analysis after a one-character edit given the previous analysis
// (what the server does on a keystroke); and the cost of each rule alone (rules.mjs).

import { Bench } from 'tinybench';
import { kilobytes, repeat, REPRESENTATIVE, SIZES } from '../lib/corpus.mjs';
import { budget, num, printTable, verdict } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';
import { printRuleCosts, ruleChecks, ruleCosts } from './rules.mjs';

const MAX_RATIO = 10;
/** The baseline's one pattern: a numbered or bulleted item label at the start of a line. */
const LABEL = /^\s*(?:[PK]?\d{1,3}[.)]?|[-•*])\s+\S/;

// Results go somewhere observable so the engine cannot drop the work.
let sink = 0;

function baseline(text) {
  let labels = 0;
  for (const line of text.split(/\r?\n/)) if (LABEL.test(line)) labels++;
  sink += labels;
}

/** Full analysis + outline with the run's one service, as the server and the CLI hold one. */
function analyser(service, text) {
  const analysis = service.analyse(text);
  sink += service.outline(analysis).length + analysis.findings.length;
}

/** Alternates between the text and a copy with one space added mid-document, each analysed given the other's analysis. */
function editor(service, text) {
  const middle = text.indexOf('\n', text.length >> 1);
  const texts = [text, `${text.slice(0, middle)} ${text.slice(middle)}`];
  let previous = service.analyse(text);
  let turn = 1;
  return () => {
    previous = service.analyse(texts[turn], { previous });
    turn = 1 - turn;
    sink += previous.findings.length;
  };
}

const microseconds = (task) => summary(task.result.latency.samples.map((ms) => ms * 1000));

export async function runCore({ core, corpus, quick }) {
  const bench = new Bench({
    time: quick ? 100 : 500,
    iterations: quick ? 10 : 30,
    warmupTime: quick ? 20 : 100,
    warmupIterations: 5,
    retainSamples: true,
    timestampProvider: 'hrtimeNow',
  });
  const cases = [];
  const service = core.createNosService();
  for (const draft of corpus) {
    for (const size of SIZES) {
      const text = repeat(draft.text, size);
      const name = `${draft.id} ×${size}`;
      bench
        .add(`${name} analyse`, () => analyser(service, text))
        .add(`${name} baseline`, () => baseline(text))
        .add(`${name} edit`, editor(service, text));
      cases.push({ draft: draft.id, size, name, kb: kilobytes(text), findings: service.analyse(text).findings.length });
    }
  }
  await bench.run();
  if (sink === 0) throw new Error('benchmarks did no work');

  const rows = cases.map((c) => {
    const analyse = microseconds(bench.getTask(`${c.name} analyse`));
    const base = microseconds(bench.getTask(`${c.name} baseline`));
    const edit = microseconds(bench.getTask(`${c.name} edit`));
    const ratio = analyse.median / base.median;
    return {
      draft: c.draft,
      size: c.size,
      kb: c.kb,
      findings: c.findings,
      analyse: { ...analyse, mbPerSecond: c.kb / 1000 / (analyse.median / 1e6) },
      baseline: { ...base, mbPerSecond: c.kb / 1000 / (base.median / 1e6) },
      edit,
      ratio,
      pass: ratio <= MAX_RATIO,
    };
  });
  const worst = (size) => rows.filter((r) => r.size === size).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const checks = SIZES.map((size) => {
    const row = worst(size);
    return { part: 'core', ...budget(`analyser/baseline ×${size} (worst: ${row.draft})`, row.ratio, MAX_RATIO, 'x') };
  });
  const rules = ruleCosts(core, corpus.find((draft) => draft.id === REPRESENTATIVE), quick ? 5 : 15);
  return { representative: REPRESENTATIVE, rows, checks: [...checks, ...ruleChecks(rules)], rules };
}

export function printCore({ rows, representative, rules }) {
  const cells = (r) => [
    r.draft, `×${r.size}`, num(r.kb), String(r.findings),
    num(r.analyse.median), num(r.analyse.p95), num(r.analyse.mbPerSecond),
    num(r.baseline.median), num(r.baseline.p95), num(r.ratio), `≤ ${MAX_RATIO}`, verdict(r.pass), num(r.edit.median), num(r.edit.p95),
  ];
  const header = ['draft', 'size', 'KB', 'findings', 'median µs', 'p95 µs', 'MB/s', 'base med µs', 'base p95 µs', 'ratio', 'budget', 'verdict', 'edit med µs', 'edit p95 µs'];
  const align = 'llrrrrrrrrllrr';
  printTable(
    'Core: parse + rules + outline vs line-scan baseline (tinybench); edit: re-analysis after a one-character edit, given the previous analysis',
    header,
    rows.map(cells),
    align,
  );
  printTable(`Core, representative draft ${representative}`, header, rows.filter((r) => r.draft === representative).map(cells), align);
  printRuleCosts(rules);
}
