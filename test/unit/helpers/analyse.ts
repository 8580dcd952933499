import { analyse, applyEdits, type AnalyseOptions, type Finding } from '../../../server/src/core';

/** Findings of one rule for a text given as lines. */
export function findingsOf(ruleId: string, lines: string[], options?: AnalyseOptions): Finding[] {
  return analyse(lines.join('\n'), options).findings.filter((f) => f.ruleId === ruleId);
}

/** The text after applying a finding's first fix. */
export function applyFirstFix(lines: string[], finding: Finding): string[] {
  return applyEdits(lines.join('\n'), finding.fixes[0].edits).split('\n');
}
