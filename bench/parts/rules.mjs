// Cost of each rule on its own: the fastest analysis of the ×100 copy of a draft with
// every other rule off, less the fastest with every rule off (the parse), with a fresh
// service each run so no rule gains from findings remembered on the sections. The
// fastest run, because the parse's garbage-collection noise would swamp a median. The
// two are timed in turns, rule by rule: the parse alone measured once, before or after
// the others, is faster or slower than beside them by as much as most rules cost (the
// state the rest of the bench leaves the heap and the compiled code in).

import { performance } from 'node:perf_hooks';
import { repeat } from '../lib/corpus.mjs';
import { budget, num, printTable } from '../lib/report.mjs';

const SIZE = 100;

/** One analysis with a fresh service: its time in µs and its findings. */
function once(core, text, rules) {
  const service = core.createNosService();
  const start = performance.now();
  const findings = service.analyse(text, { rules }).findings.length;
  return { us: (performance.now() - start) * 1000, findings };
}

/** The fastest of `runs` analyses under each set of rules, the sets taking turns. */
function fastest(core, text, sets, runs) {
  const results = sets.map(() => ({ findings: 0, min: Infinity }));
  for (let run = 0; run < runs; run++) {
    sets.forEach((rules, i) => {
      const { us, findings } = once(core, text, rules);
      results[i].findings = findings;
      results[i].min = Math.min(results[i].min, us);
    });
  }
  return results;
}

/** A rule costing more than this share of the analysis with every rule on is a finding of the bench. */
export const MAX_RULE_SHARE = 0.1;

export function ruleCosts(core, draft, runs) {
  const text = repeat(draft.text, SIZE);
  const ids = core.RULES.map((rule) => rule.id);
  const off = Object.fromEntries(ids.map((id) => [id, 'off']));
  // Every rule on: those off by default too.
  const [every] = fastest(core, text, [Object.fromEntries(ids.map((id) => [id, 'information']))], runs);
  // Suite rules run over a folder, not in the analysis of one document (see parts/workspace.mjs).
  const costs = core.DOCUMENT_RULES.map((rule) => {
    const [alone, none] = fastest(core, text, [{ ...off, [rule.id]: 'information' }, off], runs);
    const cost = Math.max(0, alone.min - none.min);
    return { rule: rule.id, findings: alone.findings, cost, share: cost / every.min };
  });
  return { draft: draft.id, analysisUs: every.min, costs };
}

export function ruleChecks({ costs }) {
  const worst = costs.reduce((a, b) => (b.share > a.share ? b : a));
  return [{ part: 'core', ...budget(`costliest rule's share of the analysis ×${SIZE} (${worst.rule})`, 100 * worst.share, 100 * MAX_RULE_SHARE, '%') }];
}

export function printRuleCosts({ draft, analysisUs, costs }) {
  printTable(
    `Core, cost of each rule alone on draft ${draft} ×${SIZE} (fastest analysis with the others off, less the fastest with all off), ` +
      `and its share of the analysis with every rule on (${num(analysisUs)} µs); over ${100 * MAX_RULE_SHARE}% is a finding`,
    ['rule', 'findings', 'µs', 'share %', ''],
    [...costs].sort((a, b) => b.cost - a.cost).map((c) => [c.rule, String(c.findings), num(c.cost), num(100 * c.share, 1), c.share > MAX_RULE_SHARE ? 'FINDING' : '']),
    'lrrrl',
  );
}
