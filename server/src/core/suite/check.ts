// Runs the suite rules over a list of suite documents: pure, the same for the language
// server's workspace index and for `nos check <folder>`.

import { localise } from '../rules/rule';
import { SUITE_RULES, type AnySuiteRule } from '../rules';
import { resolveSetting } from '../ruleSettings';
import type { Severity } from '../types';
import type { SuiteDocument, SuiteFinding, SuiteReport } from './types';

/** The severity a file's settings give a rule's finding: null when the rule is off there. */
function severityIn(rule: AnySuiteRule, document: SuiteDocument | undefined, report: SuiteReport): Severity | null {
  const setting = resolveSetting(rule, document?.rules?.[rule.id]);
  if (setting.severity === null) return null;
  return setting.severity ?? report.severity ?? rule.defaultSeverity;
}

/** Whether the rule is on for at least one file (else it need not run). */
function onAnywhere(rule: AnySuiteRule, suite: readonly SuiteDocument[]): boolean {
  return suite.some((document) => resolveSetting(rule, document.rules?.[rule.id]).severity !== null);
}

/**
 * Every suite finding, each placed in one file and written in that file's language,
 * under that file's rule settings. Sorted by file, then position; the same for the same files in any order.
 * With `only`, the findings placed in that file alone: the same as those of the whole run.
 */
export function checkSuite(
  files: readonly SuiteDocument[],
  { rules = SUITE_RULES, only }: { rules?: readonly AnySuiteRule[]; only?: string } = {},
): SuiteFinding[] {
  // In one order whatever order the files come in, so that messages naming other files do too.
  const suite = [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const byUri = new Map(suite.map((document) => [document.uri, document]));
  const findings: SuiteFinding[] = [];
  for (const rule of rules) {
    if (!onAnywhere(rule, suite)) continue;
    rule.check(suite, (report) => {
      if (only !== undefined && report.uri !== only) return;
      const document = byUri.get(report.uri);
      const severity = severityIn(rule, document, report);
      if (severity === null) return;
      const lang = document?.messages ?? document?.language ?? 'en';
      findings.push({
        ruleId: rule.id,
        severity,
        uri: report.uri,
        range: report.range,
        message: localise(report.message, lang),
        fixes: [],
        related: (report.related ?? []).map((place) => ({ uri: place.uri, range: place.range, message: localise(place.message, lang) })),
      });
    }, only);
  }
  return findings.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) ||
    a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
