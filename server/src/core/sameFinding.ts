// Equality of findings in everything a client sees or a fix applies, so that a finding
// found again can be replaced by the earlier, identical object: its diagnostic and the
// JSON of that diagnostic are then made once, and "unchanged" is cheap to tell. And
// equality in what their diagnostics show, which decides whether a report is new.

import { sameRange, type Finding, type Fix, type TextEdit } from './types';

function sameEdits(a: TextEdit[], b: TextEdit[]): boolean {
  return a === b || (a.length === b.length && a.every((e, i) => e.newText === b[i].newText && sameRange(e.range, b[i].range)));
}

function sameFix(a: Fix, b: Fix): boolean {
  return a.title === b.title && a.safe === b.safe && a.isPreferred === b.isPreferred && a.cursor === b.cursor &&
    a.select === b.select && sameEdits(a.edits, b.edits);
}

/** Equal in what the finding's diagnostic shows: rule, severity, message, tag and range. */
function sameDiagnostic(a: Finding, b: Finding): boolean {
  return a === b || (
    a.ruleId === b.ruleId && a.severity === b.severity && a.message === b.message && a.unnecessary === b.unnecessary && sameRange(a.range, b.range)
  );
}

export function sameFinding(a: Finding, b: Finding): boolean {
  return a === b || (
    sameDiagnostic(a, b) && a.group?.key === b.group?.key && a.group?.title === b.group?.title &&
    a.fixes.length === b.fixes.length && a.fixes.every((fix, i) => sameFix(fix, b.fixes[i]))
  );
}

/**
 * Whether two lists of findings make the same diagnostics, in the same order. Their fixes
 * may differ: a client asks for them when it shows them, from the analysis of that moment
 * (a keystroke inside a misplaced section changes the text its move carries, not its diagnostic).
 */
export function sameDiagnostics(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, i) => sameDiagnostic(finding, b[i]));
}
