// Cost of each rule on its own: the fastest analysis of the ×100 copy of a draft with
// every other rule off, less the fastest with every rule off (the parse), with a fresh
// service each run so no rule gains from findings remembered on the sections. The
// fastest run, because the parse's garbage-collection noise would swamp a median.

import { performance } from 'node:perf_hooks';
import { repeat } from '../lib/corpus.mjs';
import { budget, num, printTable } from '../lib/report.mjs';

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

/** A rule costing more than this share of the analysis with every rule on is a finding of the bench. */
export const MAX_RULE_SHARE = 0.1;

export function ruleCosts(core, draft, runs) {
  const text = repeat(draft.text, SIZE);
  const ids = core.RULES.map((rule) => rule.id);
  const none = timed(core, text, Object.fromEntries(ids.map((id) => [id, 'off'])), runs);
  // Every rule on: those off by default too.
  const every = timed(core, text, Object.fromEntries(ids.map((id) => [id, 'information'])), runs);
  // Suite rules run over a folder, not in the analysis of one document (see parts/workspace.mjs).
  const costs = core.DOCUMENT_RULES.map((rule) => {
    const rules = Object.fromEntries(ids.map((id) => [id, id === rule.id ? 'information' : 'off']));
    const alone = timed(core, text, rules, runs);
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
