// Findings as LSP diagnostics: the one place where core findings take protocol shape,
// shared by the language server and the CLI's JSON and SARIF output (types only, no runtime).

import type { Diagnostic } from 'vscode-languageserver';
import { remember, remembered, ruleDocsPath, type Finding, type RuleId, type SuiteFinding } from '../core';

export const SOURCE = 'nos';

const UNNECESSARY = 1; // DiagnosticTag.Unnecessary

/**
 * Turns findings into diagnostics that link to their rule's page. `packageRoot` is the
 * absolute URI of the installed package, ending in '/'.
 */
export class DiagnosticEncoder {
  /** Per encoder, so that encoders for different roots never share a remembered diagnostic. */
  private readonly key = Symbol('diagnostic');
  private readonly hrefs = new Map<string, { href: string }>();

  constructor(private readonly packageRoot: string) {}

  /** The rule's page (docs/ ships in the package). */
  ruleDocsUri(ruleId: RuleId): string {
    return this.packageRoot + ruleDocsPath(ruleId);
  }

  /**
   * The diagnostic of a finding; the same object for the same finding, so a finding
   * that outlives an edit is encoded once for all the reports it is in. Its quick fixes
   * are looked up in the current analysis (see codeActions).
   */
  encode(finding: Finding): Diagnostic {
    return (
      remembered<Diagnostic>(finding, this.key) ??
      remember<Diagnostic>(finding, this.key, {
        range: finding.range,
        severity: finding.severity,
        code: finding.ruleId,
        codeDescription: this.codeDescription(finding.ruleId),
        source: SOURCE,
        message: finding.message,
        ...(finding.unnecessary && { tags: [UNNECESSARY] }),
      })
    );
  }

  /** A suite finding's diagnostic: the places in other files it names are its related information. */
  encodeSuite(finding: SuiteFinding): Diagnostic {
    return (
      remembered<Diagnostic>(finding, this.key) ??
      remember<Diagnostic>(finding, this.key, {
        ...this.encode({ ...finding }),
        ...(finding.related.length && {
          relatedInformation: finding.related.map((place) => ({ location: { uri: place.uri, range: place.range }, message: place.message })),
        }),
      })
    );
  }

  private codeDescription(ruleId: RuleId): { href: string } {
    let description = this.hrefs.get(ruleId);
    if (!description) this.hrefs.set(ruleId, (description = { href: this.ruleDocsUri(ruleId) }));
    return description;
  }
}
