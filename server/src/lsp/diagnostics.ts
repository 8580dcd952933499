// Findings as LSP diagnostics: the one place where core findings take protocol shape,
// shared by the language server and the CLI's JSON output (types only, no runtime).

import type { Diagnostic, Range, TextEdit } from 'vscode-languageserver';
import type { Finding } from '../core';

export const SOURCE = 'nos';

/** A quick fix as a diagnostic carries it: edits of the diagnostic's own range leave the range out. */
export interface FixData {
  title: string;
  edits: Array<{ range?: Range; newText: string }>;
  isPreferred?: true;
}

/**
 * What a diagnostic carries for its quick fixes (see codeActions). It depends on the
 * finding alone, so a finding that outlives an edit keeps the very same diagnostic.
 */
export interface DiagnosticData {
  fixes: FixData[];
  /** Key of the findings fixed together with this one (a list to renumber). */
  group?: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

const UNNECESSARY = 1; // DiagnosticTag.Unnecessary

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character &&
    a.end.line === b.end.line && a.end.character === b.end.character;
}

// Reports of large documents hold thousands of diagnostics: their data stays lean.
function fixData(finding: Finding): FixData[] {
  return finding.fixes.map((fix) => ({
    title: fix.title,
    edits: fix.edits.map((edit) => (sameRange(edit.range, finding.range) ? { newText: edit.newText } : edit)),
    ...(fix.isPreferred && { isPreferred: true as const }),
  }));
}

/** The quick fixes a diagnostic carries, with every edit's range. */
export function quickFixes(diagnostic: Diagnostic, data: DiagnosticData): QuickFix[] {
  return data.fixes.map((fix) => ({
    title: fix.title,
    edits: fix.edits.map((edit) => ({ range: edit.range ?? diagnostic.range, newText: edit.newText })),
    isPreferred: fix.isPreferred,
  }));
}

const diagnostics = new WeakMap<Finding, Diagnostic>();

/** The diagnostic of a finding; the same object for the same finding. */
export function toDiagnostic(finding: Finding): Diagnostic {
  let diagnostic = diagnostics.get(finding);
  if (!diagnostic) {
    const data: DiagnosticData = { fixes: fixData(finding), ...(finding.group && { group: finding.group.key }) };
    diagnostic = {
      range: finding.range,
      severity: finding.severity,
      code: finding.ruleId,
      source: SOURCE,
      message: finding.message,
      ...(finding.unnecessary && { tags: [UNNECESSARY] }),
      data,
    };
    diagnostics.set(finding, diagnostic);
  }
  return diagnostic;
}
