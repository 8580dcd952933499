// The figures behind the report page as JSON, for other tools: one object per standard,
// then the totals.

import type { Lang } from '../../core';
import type { Counts, Standard, Totals } from './figures';

const bySeverity = ([error, warning, information, hint]: Counts) => ({ error, warning, information, hint });

export function jsonStandard(standard: Standard): string {
  const { number, path, urn, title, language, criteria, knowledge, counts, details } = standard;
  return JSON.stringify({
    number, path, urn, title, language, criteria, knowledge,
    findings: bySeverity(counts),
    details: details.map(({ line, character, severity, rule, message }) => ({ line, character, severity, rule, message })),
  });
}

/** The members after "standards": the suite's language and the totals. */
export function jsonSummary(totals: Totals, lang: Lang): string {
  const rules = Object.fromEntries([...totals.byRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, counts]) => [id, bySeverity(counts)]));
  return [
    `"language":${JSON.stringify(lang)}`,
    `"summary":${JSON.stringify({ standards: totals.standards, unread: totals.unread, findings: bySeverity(totals.counts) })}`,
    `"rules":${JSON.stringify(rules)}`,
  ].join(',\n');
}
