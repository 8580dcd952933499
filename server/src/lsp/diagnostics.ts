// Findings as LSP diagnostics: the one place where core findings take protocol shape,
// shared by the language server and the CLI's JSON output (types only, no runtime).

import type { Diagnostic } from 'vscode-languageserver';
import { remember, remembered, type Finding } from '../core';

export const SOURCE = 'nos';

const UNNECESSARY = 1; // DiagnosticTag.Unnecessary

const DIAGNOSTIC = Symbol('diagnostic');

/**
 * The diagnostic of a finding; the same object for the same finding, so a finding
 * that outlives an edit is encoded once for all the reports it is in. Its quick fixes
 * are looked up in the current analysis (see codeActions).
 */
export function toDiagnostic(finding: Finding): Diagnostic {
  return (
    remembered<Diagnostic>(finding, DIAGNOSTIC) ??
    remember<Diagnostic>(finding, DIAGNOSTIC, {
      range: finding.range,
      severity: finding.severity,
      code: finding.ruleId,
      source: SOURCE,
      message: finding.message,
      ...(finding.unnecessary && { tags: [UNNECESSARY] }),
    })
  );
}
