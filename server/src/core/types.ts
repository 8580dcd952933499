// Plain data types shared by the analysis core and its adapters.
// Positions follow LSP: zero-based line, character in UTF-16 code units.

import type { RuleId } from './rules';

export type Lang = 'en' | 'cy';

/** A string in both document languages. */
export interface Bilingual {
  en: string;
  cy: string;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Numeric values match LSP DiagnosticSeverity so adapters can pass them through. */
export const Severity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe fixes change nothing but what they target and are applied by "fix all". */
  safe: boolean;
  isPreferred?: boolean;
  /** Where the writer goes on typing after the fix: an offset into the first edit's new text. */
  cursor?: number;
  /** The fix only selects its first edit's new text, for the writer to type over (editors with snippet edits). */
  select?: boolean;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  range: Range;
  message: string;
  /** Set on findings about text that could simply go (shown faded by editors). */
  unnecessary?: boolean;
  fixes: Fix[];
  /** Related findings (the misnumbered items of one list) that one action fixes together. */
  group?: { key: string; title: string };
}

/** Negative, zero or positive as `a` comes before, at or after `b`. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character &&
    a.end.line === b.end.line && a.end.character === b.end.character;
}
