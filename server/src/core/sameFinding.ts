// Equality of findings in everything a client sees or a fix applies, so that a finding
// found again can be replaced by the earlier, identical object: its diagnostic and the
// JSON of that diagnostic are then made once, and "unchanged" is cheap to tell.

import { sameRange, type Finding, type Fix, type TextEdit } from './types';

function sameEdits(a: TextEdit[], b: TextEdit[]): boolean {
  return a === b || (a.length === b.length && a.every((e, i) => e.newText === b[i].newText && sameRange(e.range, b[i].range)));
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.title === b.title && a.safe === b.safe && a.isPreferred === b.isPreferred && a.cursor === b.cursor &&
    a.select === b.select && sameEdits(a.edits, b.edits);
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return a === b || (
    a.ruleId === b.ruleId && a.severity === b.severity && a.message === b.message && a.unnecessary === b.unnecessary &&
    a.group?.key === b.group?.key && a.group?.title === b.group?.title && sameRange(a.range, b.range) &&
    a.fixes.length === b.fixes.length && a.fixes.every((fix, i) => sameFix(fix, b.fixes[i]))
  );
}

export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, i) => sameFinding(finding, b[i]));
}
