// Findings as LSP diagnostics: the one place where core findings take protocol shape,
// shared by the language server and the CLI's JSON output (types only, no runtime).

import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, Fix } from '../core';

export const SOURCE = 'nos';

/** What a diagnostic carries for its quick fixes (see codeActions). */
export interface DiagnosticData {
  /** Result the fixes were computed for (see DocumentAnalysis.resultId). */
  resultId: string | null;
  fixes: Fix[];
  group?: { key: string; title: string };
}

const UNNECESSARY = 1; // DiagnosticTag.Unnecessary

export function toDiagnostic(finding: Finding, resultId: string | null): Diagnostic {
  const data: DiagnosticData = { resultId, fixes: finding.fixes, ...(finding.group && { group: finding.group }) };
  return {
    range: finding.range,
    severity: finding.severity,
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message,
    ...(finding.unnecessary && { tags: [UNNECESSARY] }),
    data,
  };
}
