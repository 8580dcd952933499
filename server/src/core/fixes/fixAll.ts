// Fixes that span several findings: one list, one rule, or every safe fix at once.

import type { Analysis } from '../analyse';
import { FIXES } from '../messages/features';
import { isSuiteRule, ruleById } from '../rules';
import type { Finding, TextEdit } from '../types';
import { mergeEdits } from './mergeEdits';

export interface CombinedFix {
  title: string;
  edits: TextEdit[];
  /** How many findings the fix resolves. */
  count: number;
}

function combine(title: string, findings: Finding[]): CombinedFix | null {
  const fixed = findings.filter((f) => f.fixes.some((fix) => fix.safe));
  const edits = fixed.flatMap((f) => f.fixes.filter((fix) => fix.safe).flatMap((fix) => fix.edits));
  return edits.length ? { title, edits, count: fixed.length } : null;
}

/**
 * The first fix of every finding in one group, applied together: all misnumbered
 * items of one list, or every empty optional heading.
 */
export function groupFix(analysis: Analysis, key: string): CombinedFix | null {
  const members = analysis.findings.filter((f) => f.group?.key === key && f.fixes.length > 0);
  if (members.length < 2) return null;
  return { title: members[0].group!.title, edits: mergeEdits(members.flatMap((f) => f.fixes[0].edits)), count: members.length };
}

/** Every safe fix of one rule, offered when its findings span more than one group. */
export function ruleFix(analysis: Analysis, ruleId: string): CombinedFix | null {
  const rule = ruleById(ruleId);
  if (!rule || isSuiteRule(rule) || !rule.fixAllTitle) return null;
  const members = analysis.findings.filter((f) => f.ruleId === ruleId);
  const groups = new Set(members.map((f) => f.group?.key));
  return groups.size > 1 ? combine(rule.fixAllTitle[analysis.messages], members) : null;
}

/** Every safe fix in the document: what "fix all" and `nos fix` apply. */
export function fixAll(analysis: Analysis): CombinedFix | null {
  return combine(FIXES.fixAll[analysis.messages], analysis.findings);
}
