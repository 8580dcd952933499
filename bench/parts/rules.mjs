// Cost of each rule on its own: the time of analyseDocument with every other rule off,
// over a fresh parse of the ×100 copy of a draft each run (the parse is not timed), so
// no rule gains from findings remembered on the sections.

import { performance } from 'node:perf_hooks';
import { repeat } from '../lib/corpus.mjs';
import { num, printTable } from '../lib/report.mjs';
import { summary } from '../lib/stats.mjs';

const SIZE = 100;

export function ruleCosts(core, draft, runs) {
  const text = repeat(draft.text, SIZE);
  const ids = core.RULES.map((rule) => rule.id);
  return core.RULES.map((rule) => {
    // A rule that is off by default is measured turned on.
    const rules = Object.fromEntries(ids.map((id) => [id, id === rule.id ? 'information' : 'off']));
    const samples = [];
    let findings = 0;
    for (let run = 0; run < runs; run++) {
      const doc = core.parse(text);
      const start = performance.now();
      findings = core.analyseDocument(doc, { rules }).length;
      samples.push((performance.now() - start) * 1000);
    }
    return { rule: rule.id, findings, ...summary(samples) };
  });
}

export function printRuleCosts(draft, costs) {
  printTable(
    `Core, cost of each rule alone on draft ${draft} ×${SIZE} (analyseDocument with the others off, fresh parse each run)`,
    ['rule', 'findings', 'median µs', 'p95 µs'],
    costs.map((c) => [c.rule, String(c.findings), num(c.median), num(c.p95)]),
    'lrrr',
  );
}
