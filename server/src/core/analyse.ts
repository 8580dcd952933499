// The analysis engine: text → document model → rules → localised findings.

import { SECTIONS, sectionSpec } from './catalogue';
import { removeLines } from './fixes/lineEdits';
import { remember, remembered } from './memo';
import { MAX_CHARACTERS } from './limits';
import { parseText, type ParseState } from './model/parse';
import { reparse } from './model/reparse';
import type { TermOccurrence } from './model/termUsage';
import type { MetadataField, NosDocument, Section } from './model/types';
import { DOCUMENT_RULES, type DocumentRule } from './rules';
import { SegmentedLineIndex } from './text/segmentedLines';
import { localise, type FieldContext, type Report, type SectionContext, type TextContext } from './rules/rule';
import { resolveSetting, type ResolvedSetting, type RuleSettings } from './ruleSettings';
import { sameRange, type Finding, type Lang, type Range, type TextEdit } from './types';

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
  /** What the parser keeps to re-parse the next version from this one. */
  state: ParseState;
}

/** What the engine needs from the service that owns the caches. */
export interface EngineCaches {
  expandHeadword(term: string): string[];
  /** Glossary term uses outside the glossary; with `untilAllUsed`, only until each term is seen once. */
  termUsage(doc: NosDocument, untilAllUsed: boolean): TermOccurrence[];
}

function reporter(rule: DocumentRule, setting: ResolvedSetting, lang: Lang, findings: Finding[]): (report: Report) => void {
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
        ...(fix.cursor !== undefined && { cursor: fix.cursor }),
        ...(fix.select && { select: true }),
      })),
      group: report.group && { key: report.group.key, title: localise(report.group.title, lang) },
    });
  };
}

function checkLine(line: number, first: number, last: number): void {
  if (line < first || line > last) throw new RangeError(`line ${line} is outside the part checked (${first}-${last})`);
}

/** Lines first..last of the document, and no others. */
function linesOf(doc: NosDocument, first: number, last: number): (line: number) => string {
  return (line) => {
    checkLine(line, first, last);
    return doc.lines.lineText(line);
  };
}

/** Ranges in lines first..last: the parser's lines may be parts of the text's (flattened text). */
function spansOf(doc: NosDocument, first: number, last: number): (line: number, start: number, end: number) => Range {
  return (line, start, end) => {
    checkLine(line, first, last);
    return doc.lines.span(line, start, end);
  };
}

/**
 * A section with its sub-headings: what a section check sees. Its findings are
 * remembered on the section and re-used while every part of the unit is the same.
 */
interface Unit {
  section: Section;
  subsections: readonly Section[];
  last: number;
}

const NONE: readonly Section[] = [];
/** Sections that have sub-headings of their own (Scope/range). */
const PARENTS: ReadonlySet<string> = new Set(SECTIONS.flatMap((spec) => (spec.parent ? [spec.parent] : [])));

/** The unit of section `index`; most sections have no sub-headings and need no new array. */
function unitAt(sections: readonly Section[], index: number, into: Unit): Unit {
  const section = sections[index];
  into.section = section;
  into.subsections = NONE;
  into.last = section.lastLine;
  if (!PARENTS.has(section.id)) return into;
  const subsections: Section[] = [];
  for (let i = index + 1; i < sections.length && sectionSpec(sections[i].id).parent === section.id; i++) subsections.push(sections[i]);
  if (subsections.length) {
    into.subsections = subsections;
    into.last = subsections[subsections.length - 1].lastLine;
  }
  return into;
}

function removalOf(doc: NosDocument, unit: Unit): TextEdit {
  return removeLines(doc, unit.section.firstLine, unit.last);
}

/** Findings of a rule on one part, under the setting and language they were found with. */
const FINDINGS = Symbol('findings');
interface Remembered {
  key: string;
  found: Finding[];
  /** A unit's sub-headings, and its removal edit if the check asked for it. */
  subsections?: readonly Section[];
  removal?: TextEdit;
}

function recalled(part: object, key: string): Remembered | undefined {
  const entries = remembered<Remembered[]>(part, FINDINGS);
  if (!entries) return undefined;
  for (const entry of entries) if (entry.key === key) return entry;
  return undefined;
}

function store(part: object, entry: Remembered): void {
  const entries = remembered<Remembered[]>(part, FINDINGS) ?? remember<Remembered[]>(part, FINDINGS, []);
  const index = entries.findIndex((e) => e.key === entry.key);
  if (index >= 0) entries[index] = entry;
  else entries.push(entry);
}

/** Whether what a unit's findings were made from (its sub-headings, the removal edit) still holds. */
function stillHolds(entry: Remembered, unit: Unit, doc: NosDocument): boolean {
  const subsections = entry.subsections!;
  if (subsections !== unit.subsections) {
    if (subsections.length !== unit.subsections.length) return false;
    for (let i = 0; i < subsections.length; i++) if (subsections[i] !== unit.subsections[i]) return false;
  }
  return !entry.removal || sameRange(entry.removal.range, removalOf(doc, unit).range);
}

function checkSections(rule: DocumentRule, doc: NosDocument, key: string, setting: ResolvedSetting, findings: Finding[]): void {
  const language = doc.language;
  const unit: Unit = { section: doc.sections[0], subsections: NONE, last: 0 };
  for (let index = 0; index < doc.sections.length; index++) {
    unitAt(doc.sections, index, unit);
    const entry = recalled(unit.section, key);
    let found = entry && stillHolds(entry, unit, doc) ? entry.found : null;
    if (!found) {
      found = [];
      // The context keeps its own copy: `unit` is re-used for the next section.
      const { section, subsections, last } = unit;
      let removal: TextEdit | undefined;
      const context: SectionContext<any> = {
        language,
        options: setting.options,
        section,
        subsections,
        removal: () => (removal ??= removeLines(doc, section.firstLine, last)),
        lineText: linesOf(doc, section.firstLine, last),
        span: spansOf(doc, section.firstLine, last),
        report: reporter(rule, setting, language, found),
      };
      rule.checkSection!(context);
      store(section, { key, found, subsections, removal });
    }
    for (const finding of found) findings.push(finding);
  }
}

function checkFields(rule: DocumentRule, doc: NosDocument, key: string, setting: ResolvedSetting, findings: Finding[]): void {
  const language = doc.language;
  for (const field of doc.fields) {
    let found = recalled(field, key)?.found;
    if (!found) {
      found = [];
      const context: FieldContext<any> = {
        language,
        options: setting.options,
        field: field as MetadataField,
        lineText: linesOf(doc, field.line, field.lastLine),
        span: spansOf(doc, field.line, field.lastLine),
        report: reporter(rule, setting, language, found),
      };
      rule.checkField!(context);
      store(field, { key, found });
    }
    for (const finding of found) findings.push(finding);
  }
}

export function analyseDocument(doc: NosDocument, options: AnalyseOptions, caches: EngineCaches): Finding[] {
  let usage: TermOccurrence[] | null = null;
  const termUsage = () => (usage ??= caches.termUsage(doc, true));
  const language = doc.language;
  const findings: Finding[] = [];
  const flattened = doc.lines instanceof SegmentedLineIndex;
  for (const rule of DOCUMENT_RULES) {
    const setting = resolveSetting(rule, options.rules?.[rule.id]);
    if (setting.severity === null || (flattened && rule.physicalLinesOnly)) continue;
    const key = `${rule.id}|${language}|${setting.key}`;
    rule.check?.({ language, options: setting.options, doc, termUsage, report: reporter(rule, setting, language, findings) });
    if (rule.checkSection) checkSections(rule, doc, key, setting, findings);
    if (rule.checkField) checkFields(rule, doc, key, setting, findings);
  }
  return findings.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

export function analyseText(text: string, options: AnalyseOptions, caches: EngineCaches): Analysis {
  const language = options.language === 'auto' ? undefined : options.language;
  const parseOptions = { language, expandHeadword: caches.expandHeadword };
  const { doc, state } = options.previous ? reparse(options.previous, text, parseOptions) : parseText(text, parseOptions);
  return { doc, state, findings: analyseDocument(doc, options, caches) };
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
  for (const rule of DOCUMENT_RULES) {
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
