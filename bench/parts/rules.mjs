// Cost of each rule on its own: the fastest analysis of the ×100 copy of a draft with
// every other rule off, less the fastest with every rule off (the parse), with a fresh
// service each run so no rule gains from findings remembered on the sections. The
// fastest run, because the parse's garbage-collection noise would swamp a median.

import { performance } from 'node:perf_hooks';
import { repeat } from '../lib/corpus.mjs';
import { num, printTable } from '../lib/report.mjs';

const SIZE = 100;

function timed(core, text, rules, runs) {
  const samples = [];
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    const service = core.createNosService();
    const start = performance.now();
    findings = service.analyse(text, { rules }).findings.length;
    samples.push((performance.now() - start) * 1000);
  }
  return { findings, min: Math.min(...samples) };
}

export function ruleCosts(core, draft, runs) {
  const text = repeat(draft.text, SIZE);
  const ids = core.RULES.map((rule) => rule.id);
  const none = timed(core, text, Object.fromEntries(ids.map((id) => [id, 'off'])), runs);
  return core.RULES.map((rule) => {
    // A rule that is off by default is measured turned on.
    const rules = Object.fromEntries(ids.map((id) => [id, id === rule.id ? 'information' : 'off']));
    const alone = timed(core, text, rules, runs);
    return { rule: rule.id, findings: alone.findings, cost: Math.max(0, alone.min - none.min) };
  });
}

export function printRuleCosts(draft, costs) {
  printTable(
    `Core, cost of each rule alone on draft ${draft} ×${SIZE} (fastest analysis with the others off, less the fastest with all off)`,
    ['rule', 'findings', 'µs'],
    costs.map((c) => [c.rule, String(c.findings), num(c.cost)]),
    'lrr',
  );
}
