// Findings as LSP diagnostics: the one place where core findings take protocol shape,
// shared by the language server and the CLI's JSON output (types only, no runtime).

import type { Diagnostic } from 'vscode-languageserver';
import { remember, remembered, ruleDocsPath, type Finding } from '../core';

export const SOURCE = 'nos';

/** The package root: bundles run from dist/, sources (under tests) from a folder of server/src/. */
const ROOT = __dirname.replace(/[\\/](?:dist|server[\\/]src(?:[\\/][^\\/]+)*)$/, '');

/** A rule's page as a file URI, for the Problems panel's link on the rule id. */
export function ruleDocsUri(finding: Finding): string {
  const path = `${ROOT}/${ruleDocsPath(finding.ruleId)}`.replace(/\\/g, '/');
  return 'file://' + (path.startsWith('/') ? '' : '/') + encodeURI(path).replace(/[?#]/g, encodeURIComponent);
}

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
      codeDescription: { href: ruleDocsUri(finding) },
      source: SOURCE,
      message: finding.message,
      ...(finding.unnecessary && { tags: [UNNECESSARY] }),
    })
  );
}
