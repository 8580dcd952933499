// Fixes that span several findings: one list, one rule, or every safe fix at once.

import type { Analysis } from '../analyse';
import { FIXES } from '../messages/features';
import { isSuiteRule, ruleById } from '../rules';
import { comparePositions as before, type Finding, type TextEdit } from '../types';
import { mergeEdits } from './mergeEdits';

export interface CombinedFix {
  title: string;
  edits: TextEdit[];
  /** How many findings the fix resolves. */
  count: number;
}

/**
 * Whether an edit overlaps one of `taken`, which do not overlap each other and are in
 * order of their starts, then ends (so their ends are in order too): of those that start
 * before the edit ends, the last reaches furthest. Edits that only touch (two insertions at
 * one point, adjacent spans) do not overlap.
 */
function overlaps(taken: readonly TextEdit[], edit: TextEdit): boolean {
  const { start, end } = edit.range;
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (before(taken[middle].range.start, end) < 0) low = middle + 1;
    else high = middle;
  }
  return low > 0 && before(start, taken[low - 1].range.end) < 0;
}

/** In order of their starts; of findings starting at one place, the widest first. */
const widestFirst = (a: Finding, b: Finding) => before(a.range.start, b.range.start) || before(b.range.end, a.range.end);

/**
 * The safe fixes of the findings, each taken whole unless it overlaps one taken before it
 * (editors refuse overlapping edits, and a fix taken in part could lose text): two rules
 * may fix the same characters. The widest of those starting at one place goes first, as its
 * fix takes the narrower one's characters with it (a trailing ";" removed with the odd space
 * before it); else the next fix-all would find more to do.
 */
function combine(title: string, findings: Finding[]): CombinedFix | null {
  const taken: TextEdit[] = [];
  let count = 0;
  for (const finding of [...findings].sort(widestFirst)) {
    let fixed = false;
    for (const fix of finding.fixes) {
      if (!fix.safe || fix.edits.some((edit) => overlaps(taken, edit))) continue;
      for (const edit of fix.edits) {
        let at = taken.length;
        while (at > 0 && (before(taken[at - 1].range.start, edit.range.start) || before(taken[at - 1].range.end, edit.range.end)) > 0) at--;
        taken.splice(at, 0, edit);
      }
      fixed = true;
    }
    if (fixed) count++;
  }
  return taken.length ? { title, edits: taken, count } : null;
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
