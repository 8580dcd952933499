// The analysis engine: text → document model → rules → localised findings.

import { parse } from './model/parse';
import { findTermUsage, type TermOccurrence } from './model/termUsage';
import type { NosDocument, Section } from './model/types';
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

/** Findings of section-level checks, kept with the (immutable) section they are about. */
const sectionFindings = new WeakMap<Section, Map<string, Finding[]>>();

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

function runSections(rule: Rule, doc: NosDocument, setting: SeveritySetting | undefined, usage: () => TermOccurrence[], findings: Finding[]): void {
  const key = `${rule.id}|${doc.language}|${setting ?? ''}`;
  for (const section of doc.sections) {
    let bySetting = sectionFindings.get(section);
    let found = bySetting?.get(key);
    if (!found) {
      found = [];
      rule.checkSection!(context(rule, doc, setting, usage, found), section);
      if (!bySetting) sectionFindings.set(section, (bySetting = new Map()));
      bySetting.set(key, found);
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
    if (setting === 'off') continue;
    rule.check?.(context(rule, doc, setting, termUsage, findings));
    if (rule.checkSection) runSections(rule, doc, setting, termUsage, findings);
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
