// The analysis engine: text → document model → rules → localised findings.

import { remember, remembered } from './memo';
import { parse } from './model/parse';
import { findTermUsage, type TermOccurrence } from './model/termUsage';
import type { NosDocument } from './model/types';
import { RULES } from './rules';
import { localise, type Report, type Rule, type RuleContext } from './rules/rule';
import type { Finding, Lang, Severity, SeveritySetting } from './types';

export interface AnalyseOptions {
  /** Document language; detected from the text when absent or 'auto'. */
  language?: Lang | 'auto';
  /** Per-rule severity overrides by rule id. */
  rules?: Record<string, SeveritySetting | undefined>;
  /** The analysis of an earlier version of the same document, to re-use what still holds. */
  previous?: Analysis;
}

export interface Analysis {
  doc: NosDocument;
  findings: Finding[];
}

const SEVERITIES: Record<Exclude<SeveritySetting, 'off'>, Severity> = {
  error: 1,
  warning: 2,
  information: 3,
  hint: 4,
};

/**
 * Findings of section- and field-level checks, kept on the (immutable) part they are
 * about, under the rule, language and severity they were found with.
 */
const FINDINGS = Symbol('findings');
type Remembered = Array<{ key: string; found: Finding[] }>;

function context(rule: Rule, doc: NosDocument, setting: SeveritySetting | undefined, usage: () => TermOccurrence[], findings: Finding[]): RuleContext {
  const lang = doc.language;
  return {
    doc,
    termUsage: usage,
    report(report: Report) {
      findings.push({
        ruleId: rule.id,
        severity: setting ? SEVERITIES[setting as Exclude<SeveritySetting, 'off'>] : report.severity ?? rule.defaultSeverity,
        range: report.range,
        message: localise(report.message, lang),
        unnecessary: report.unnecessary,
        fixes: (report.fixes ?? []).map((fix) => ({
          title: localise(fix.title, lang),
          edits: fix.edits,
          safe: fix.safe ?? false,
          isPreferred: fix.isPreferred,
        })),
        group: report.group && { key: report.group.key, title: localise(report.group.title, lang) },
      });
    },
  };
}

/** Runs a check on each part (section or field), re-using what it found in parts seen before. */
function runParts<T extends object>(
  parts: readonly T[],
  check: (context: RuleContext, part: T) => void,
  make: (found: Finding[]) => RuleContext,
  key: string,
  findings: Finding[],
): void {
  for (const part of parts) {
    const entries = remembered<Remembered>(part, FINDINGS) ?? remember<Remembered>(part, FINDINGS, []);
    let found = entries.find((entry) => entry.key === key)?.found;
    if (!found) {
      found = [];
      check(make(found), part);
      entries.push({ key, found });
    }
    for (const finding of found) findings.push(finding);
  }
}

export function analyseDocument(doc: NosDocument, options: AnalyseOptions = {}): Finding[] {
  let usage: TermOccurrence[] | null = null;
  const termUsage = () => (usage ??= findTermUsage(doc, true));
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off' || (setting === undefined && rule.offByDefault)) continue;
    const make = (found: Finding[]) => context(rule, doc, setting, termUsage, found);
    const key = `${rule.id}|${doc.language}|${setting ?? ''}`;
    rule.check?.(make(findings));
    if (rule.checkSection) runParts(doc.sections, rule.checkSection, make, key, findings);
    if (rule.checkField) runParts(doc.fields, rule.checkField, make, key, findings);
  }
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const language = options.language === 'auto' ? undefined : options.language;
  const doc = parse(text, { language, previous: options.previous?.doc });
  return { doc, findings: analyseDocument(doc, options) };
}
