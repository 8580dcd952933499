// The analysis engine: text → document model → rules → localised findings.

import { sectionSpec } from './catalogue';
import { removeLines } from './fixes/lineEdits';
import { remember, remembered } from './memo';
import { MAX_CHARACTERS } from './limits';
import { parse } from './model/parse';
import type { TermOccurrence } from './model/termUsage';
import type { MetadataField, NosDocument, Section } from './model/types';
import { RULES, type AnyRule } from './rules';
import { localise, type FieldContext, type Report, type SectionContext, type TextContext } from './rules/rule';
import { resolveSetting, type ResolvedSetting, type RuleSettings } from './ruleSettings';
import { sameRange, type Finding, type Lang, type TextEdit } from './types';

export interface AnalyseOptions {
  /** Document language; detected from the text when absent or 'auto'. */
  language?: Lang | 'auto';
  /** Severity and options per rule id. */
  rules?: RuleSettings;
  /** The analysis of an earlier version of the same document, to re-use what still holds. */
  previous?: Analysis;
  /** Texts longer than this are not analysed (see `oversize`); MAX_CHARACTERS by default. */
  maxCharacters?: number;
}

export interface Analysis {
  doc: NosDocument;
  findings: Finding[];
}

/** What the engine needs from the service that owns the caches. */
export interface EngineCaches {
  expandHeadword(term: string): string[];
  /** Glossary term uses outside the glossary; with `untilAllUsed`, only until each term is seen once. */
  termUsage(doc: NosDocument, untilAllUsed: boolean): TermOccurrence[];
}

function reporter(rule: AnyRule, setting: ResolvedSetting, lang: Lang, findings: Finding[]): (report: Report) => void {
  return (report) => {
    findings.push({
      ruleId: rule.id,
      severity: setting.severity ?? report.severity ?? rule.defaultSeverity,
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
  };
}

/** Lines first..last of the document, and no others. */
function linesOf(doc: NosDocument, first: number, last: number): (line: number) => string {
  return (line) => {
    if (line < first || line > last) throw new RangeError(`line ${line} is outside the part checked (${first}-${last})`);
    return doc.lines.lineText(line);
  };
}

/**
 * A section with its sub-headings: what a section check sees. Its findings are
 * remembered on the section and re-used while every part of the unit is the same.
 */
interface Unit {
  section: Section;
  subsections: Section[];
  removal: TextEdit;
  last: number;
}

function unitsOf(doc: NosDocument): Unit[] {
  const { sections } = doc;
  return sections.map((section, index) => {
    const subsections: Section[] = [];
    for (let i = index + 1; i < sections.length && sectionSpec(sections[i].id).parent === section.id; i++) subsections.push(sections[i]);
    const last = subsections.length ? subsections[subsections.length - 1].lastLine : section.lastLine;
    return { section, subsections, last, removal: removeLines(doc, section.firstLine, last) };
  });
}

/** Findings of a rule on one part, under the setting and language they were found with. */
const FINDINGS = Symbol('findings');
interface Remembered {
  key: string;
  found: Finding[];
  /** The unit's other inputs (sections only). */
  subsections?: readonly Section[];
  removal?: TextEdit;
}

function sameUnit(entry: Remembered, unit: Unit): boolean {
  const { subsections, removal } = entry;
  return subsections!.length === unit.subsections.length &&
    subsections!.every((s, i) => s === unit.subsections[i]) &&
    sameRange(removal!.range, unit.removal.range);
}

/** The findings remembered on `part` under `key` (and, for a unit, its same inputs), or a fresh check's. */
function partFindings(part: object, key: string, unit: Unit | null, check: (found: Finding[]) => void): Finding[] {
  const entries = remembered<Remembered[]>(part, FINDINGS) ?? remember<Remembered[]>(part, FINDINGS, []);
  const index = entries.findIndex((entry) => entry.key === key);
  if (index >= 0 && (!unit || sameUnit(entries[index], unit))) return entries[index].found;
  const found: Finding[] = [];
  check(found);
  const entry: Remembered = unit ? { key, found, subsections: unit.subsections, removal: unit.removal } : { key, found };
  if (index >= 0) entries[index] = entry;
  else entries.push(entry);
  return found;
}

export function analyseDocument(doc: NosDocument, options: AnalyseOptions, caches: EngineCaches): Finding[] {
  let usage: TermOccurrence[] | null = null;
  const termUsage = () => (usage ??= caches.termUsage(doc, true));
  const language = doc.language;
  let units: Unit[] | null = null;
  const findings: Finding[] = [];
  const push = (found: Finding[]) => {
    for (const finding of found) findings.push(finding);
  };
  for (const rule of RULES) {
    const setting = resolveSetting(rule, options.rules?.[rule.id]);
    if (setting.severity === null) continue;
    const key = `${rule.id}|${language}|${setting.key}`;
    const base = { language, options: setting.options };
    rule.check?.({ ...base, doc, termUsage, report: reporter(rule, setting, language, findings) });
    if (rule.checkSection) {
      for (const unit of (units ??= unitsOf(doc))) {
        push(partFindings(unit.section, key, unit, (found) => {
          const context: SectionContext<any> = {
            ...base,
            section: unit.section,
            subsections: unit.subsections,
            removal: unit.removal,
            lineText: linesOf(doc, unit.section.firstLine, unit.last),
            report: reporter(rule, setting, language, found),
          };
          rule.checkSection!(context);
        }));
      }
    }
    if (rule.checkField) {
      for (const field of doc.fields) {
        push(partFindings(field, key, null, (found) => {
          const context: FieldContext<any> = {
            ...base,
            field: field as MetadataField,
            lineText: linesOf(doc, field.line, field.lastLine),
            report: reporter(rule, setting, language, found),
          };
          rule.checkField!(context);
        }));
      }
    }
  }
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

export function analyseText(text: string, options: AnalyseOptions, caches: EngineCaches): Analysis {
  const language = options.language === 'auto' ? undefined : options.language;
  const doc = parse(text, { language, previous: options.previous?.doc, expandHeadword: caches.expandHeadword });
  return { doc, findings: analyseDocument(doc, options, caches) };
}

/**
 * Null when the text is within the size limit. Otherwise it is not to be analysed,
 * and these are the findings that say so (none when their rule is off).
 */
export function oversize(length: number, options: AnalyseOptions = {}): Finding[] | null {
  const limit = options.maxCharacters ?? MAX_CHARACTERS;
  if (length <= limit) return null;
  const findings: Finding[] = [];
  const language = options.language === 'cy' ? 'cy' : 'en';
  for (const rule of RULES) {
    if (!rule.checkText) continue;
    const setting = resolveSetting(rule, options.rules?.[rule.id]);
    if (setting.severity === null) continue;
    const context: TextContext = {
      language,
      options: {},
      length,
      limit,
      bilingual: options.language !== 'en' && options.language !== 'cy',
      report: reporter(rule, setting, language, findings),
    };
    rule.checkText(context);
  }
  return findings;
}
