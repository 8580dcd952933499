// The analysis engine: text → document model → rules → localised findings.

import { SECTIONS, sectionSpec } from './catalogue';
import { removeLines } from './fixes/lineEdits';
import { movable, remember, remembered } from './memo';
import { MAX_CHARACTERS } from './limits';
import { parseText, type ParseState } from './model/parse';
import { reparse } from './model/reparse';
import type { TermOccurrence } from './model/termUsage';
import { shiftRange } from './model/shift';
import type { MetadataField, NosDocument, Section } from './model/types';
import { DOCUMENT_RULES, type DocumentRule, type RuleId } from './rules';
import { sameFinding } from './sameFinding';
import { SegmentedLineIndex } from './text/segmentedLines';
import { localise, type FieldContext, type ParentHeading, type Report, type SectionContext, type TextContext } from './rules/rule';
import type { Plan, PlannedRule } from './rulePlan';
import { resolveSetting, type ResolvedSetting, type RuleSettings } from './ruleSettings';
import type { LineFormsCache } from './spelling/lineForms';
import type { SpellingContext, SpellingLookup } from './spelling/lookup';
import { comparePositions, sameRange, type Finding, type Fix, type Lang, type Position, type Range, type TextEdit } from './types';

export interface AnalyseOptions {
  /** Document language; detected from the text when absent or 'auto'. */
  language?: Lang | 'auto';
  /** Severity and options per rule id. */
  rules?: RuleSettings;
  /** The analysis of an earlier version of the same document, to re-use what still holds. */
  previous?: Analysis;
  /** Texts longer than this are not analysed (see `oversize`); MAX_CHARACTERS by default. */
  maxCharacters?: number;
  /**
   * Language of the findings, fix titles and every other text shown about the document;
   * the document's language when absent. The document's language still decides which
   * rules and catalogue apply.
   */
  messages?: Lang;
  /** Words the spelling rule accepts whatever the dictionary says. */
  acceptedWords?: ReadonlySet<string>;
}

export interface Analysis {
  doc: NosDocument;
  findings: Finding[];
  /** The language its findings and every text shown about it are in. */
  messages: Lang;
  /** What the parser keeps to re-parse the next version from this one. */
  state: ParseState;
  /** The findings of each rule's document-wide check: the next version's analysis re-uses those found again. */
  documentFindings: ReadonlyMap<RuleId, readonly Finding[]>;
}

/** What the engine needs from the service that owns the caches. */
export interface EngineCaches {
  expandHeadword(term: string): string[];
  /** Glossary term uses outside the glossary; with `untilAllUsed`, only until each term is seen once. */
  termUsage(doc: NosDocument, untilAllUsed: boolean): TermOccurrence[];
  /** The plan of the rules under these settings (see rulePlan.ts). */
  plan(settings: RuleSettings | undefined, language: Lang, flattened: boolean): Plan;
  /** The dictionaries, when the service was given them. */
  spelling?: SpellingLookup;
  /** The forms of the lines the spelling rule read last in this document. */
  lineForms: LineFormsCache;
}

/** A finding, its members always in this order (one shape for the engine, and for tests comparing them). */
function finding(ruleId: RuleId, severity: Finding['severity'], range: Range, message: string, unnecessary: boolean | undefined, fixes: Fix[], group: Finding['group']): Finding {
  return { ruleId, severity, range, message, unnecessary, fixes, group };
}

function fix(title: string, edits: TextEdit[], safe: boolean, isPreferred: boolean | undefined, cursor: number | undefined, select: boolean | undefined): Fix {
  return { title, edits, safe, isPreferred, ...(cursor !== undefined && { cursor }), ...(select && { select: true }) };
}

/** The key of a group a part's own, made unique by the part's first line (see `local` in rule.ts). */
const localKey = (key: string, line: number) => `${key}@${line}`;

/** Findings of the part at line `place` (a section or field check's), or of the whole document. */
function reporter(rule: DocumentRule, setting: ResolvedSetting, lang: Lang, findings: Finding[], place?: number): (report: Report) => void {
  return (report) => {
    const group = report.group;
    findings.push(finding(
      rule.id,
      setting.severity ?? report.severity ?? rule.defaultSeverity,
      report.range,
      localise(report.message, lang),
      report.unnecessary,
      (report.fixes ?? []).map((spec) => fix(localise(spec.title, lang), spec.edits, spec.safe ?? false, spec.isPreferred, spec.cursor, spec.select)),
      group && { key: group.local && place !== undefined ? localKey(group.key, place) : group.key, title: localise(group.title, lang) },
    ));
  };
}

function movedEdit(edit: TextEdit, lines: number): TextEdit {
  return { range: shiftRange(edit.range, lines), newText: edit.newText };
}

/** A group's key, moved with its part when the part's line is in it (`localKey`). */
function movedGroup(group: Finding['group'], lines: number): Finding['group'] {
  const at = group ? group.key.lastIndexOf('@') : -1;
  return at < 0 ? group : { key: localKey(group!.key.slice(0, at), Number(group!.key.slice(at + 1)) + lines), title: group!.title };
}

/** A finding of a section or field check, moved with its part by `lines` lines (see model/shift.ts). */
function movedFinding(found: Finding, lines: number): Finding {
  const fixes = found.fixes.map((f) => fix(f.title, f.edits.map((edit) => movedEdit(edit, lines)), f.safe, f.isPreferred, f.cursor, f.select));
  return finding(found.ruleId, found.severity, shiftRange(found.range, lines), found.message, found.unnecessary, fixes, movedGroup(found.group, lines));
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
  /** For a sub-heading under its parent heading: the parent with all its sub-headings. */
  parent: ParentHeading | null;
}

/** Units made one after another, in the order of the sections: the family being walked and its last section's index. */
interface Walk extends Unit {
  family: ParentHeading | null;
  familyEnd: number;
}

const NONE: readonly Section[] = [];
/** Sections that have sub-headings of their own (Scope/range). */
const PARENTS: ReadonlySet<string> = new Set(SECTIONS.flatMap((spec) => (spec.parent ? [spec.parent] : [])));

/** The sub-headings of `parent` that follow it from `index` on. */
function subsectionsFrom(sections: readonly Section[], index: number, parent: string): Section[] {
  const subsections: Section[] = [];
  for (let i = index; i < sections.length && sectionSpec(sections[i].id).parent === parent; i++) subsections.push(sections[i]);
  return subsections;
}

/**
 * A parent heading with its sub-headings: the same object as in the analysis before while
 * they are the same sections, so that each sub-heading's remembered findings are checked
 * against it at no cost.
 */
const FAMILY = Symbol('family');
function familyOf(section: Section, subsections: readonly Section[]): ParentHeading {
  const known = remembered<ParentHeading>(section, FAMILY);
  if (known && sameSections(known.subsections, subsections)) return known;
  return remember<ParentHeading>(section, FAMILY, { section, subsections });
}

/**
 * The unit of section `index`, the sections taken in order: a parent heading's family is
 * made once, at the heading, for all its sub-headings, which follow it. Most sections need
 * no new array.
 */
function unitAt(sections: readonly Section[], index: number, walk: Walk): Unit {
  const section = sections[index];
  walk.section = section;
  walk.subsections = NONE;
  walk.last = section.lastLine;
  walk.parent = walk.family && index <= walk.familyEnd ? walk.family : null;
  if (!PARENTS.has(section.id)) return walk;
  const subsections = subsectionsFrom(sections, index + 1, section.id);
  walk.family = subsections.length ? familyOf(section, subsections) : null;
  walk.familyEnd = index + subsections.length;
  if (walk.family) {
    walk.subsections = walk.family.subsections;
    walk.last = subsections[subsections.length - 1].lastLine;
  }
  return walk;
}

/** A unit's removal: none when a metadata field stands among its lines ("URN" alone under a heading). */
function removalOf(doc: NosDocument, unit: Unit): TextEdit | null {
  const { section: { firstLine }, last } = unit;
  if (doc.fields.some((field) => field.line <= last && field.lastLine >= firstLine)) return null;
  return removeLines(doc, firstLine, last);
}

/** Findings in the order they were reported, with the rank of each. */
interface Found {
  findings: Finding[];
  ranks: number[];
}

function reporterInto(planned: PlannedRule, lang: Lang, found: Found, place?: number): (report: Report) => void {
  const report = reporter(planned.rule, planned.setting, lang, found.findings, place);
  return (r) => {
    report(r);
    found.ranks.push(planned.rank);
  };
}

/** How far ahead in the earlier findings a finding found again is looked for. */
const LOOK_AHEAD = 4;

/**
 * Findings of a document-wide check, each replaced by the identical finding of the
 * earlier version where there is one: most keystrokes leave them all as they were.
 */
function reusing(found: Finding[], earlier: readonly Finding[] | undefined): Finding[] {
  if (!earlier?.length) return found;
  let next = 0;
  return found.map((finding) => {
    for (let i = next; i < Math.min(earlier.length, next + LOOK_AHEAD); i++) {
      if (sameFinding(finding, earlier[i])) {
        next = i + 1;
        return earlier[i];
      }
    }
    return finding;
  });
}

/** The findings of every section check on one part, under the plan they were found with. */
const FINDINGS = Symbol('findings');
interface Remembered extends Found {
  key: string;
  /** A unit's sub-headings and parent, and its removal edit (null: none) if a check asked for it. */
  subsections?: readonly Section[];
  parent?: ParentHeading | null;
  removal?: TextEdit | null;
}

// A part moved by lines added or removed above it keeps its findings, moved with it,
// unless it has sub-headings or a parent: copies of their own, which the remembered unit does not name.
movable<Remembered>(FINDINGS, (entry, lines) => {
  if (entry.subsections?.length || entry.parent) return undefined;
  return {
    key: entry.key,
    findings: entry.findings.map((found) => movedFinding(found, lines)),
    ranks: entry.ranks,
    ...(entry.subsections && { subsections: entry.subsections, parent: entry.parent }),
    ...(entry.removal !== undefined && { removal: entry.removal && movedEdit(entry.removal, lines) }),
  };
});

/** Whether two lists hold the same sections. */
function sameSections(a: readonly Section[], b: readonly Section[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether what a unit's findings were made from (its sub-headings and parent, the removal edit) still holds. */
function stillHolds(entry: Remembered, unit: Unit, doc: NosDocument): boolean {
  if (!sameSections(entry.subsections!, unit.subsections) || entry.parent !== unit.parent) return false;
  if (entry.removal === undefined) return true;
  const now = removalOf(doc, unit);
  return entry.removal && now ? sameRange(entry.removal.range, now.range) : entry.removal === now;
}

/**
 * Findings by position, those at one position by rank, and otherwise in the order found.
 * Each part's findings are put in this order when they are found, so that the document's,
 * made of the parts' in the order of the text, is sorted in a pass over few runs.
 */
function sorted({ findings, ranks }: Found): Found {
  // The positions read once, into arrays the comparisons read without following references.
  const lines = new Float64Array(findings.length);
  const characters = new Float64Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    lines[i] = findings[i].range.start.line;
    characters[i] = findings[i].range.start.character;
  }
  const order = Array.from(findings.keys());
  order.sort((a, b) => lines[a] - lines[b] || characters[a] - characters[b] || ranks[a] - ranks[b] || a - b);
  return { findings: order.map((i) => findings[i]), ranks: order.map((i) => ranks[i]) };
}

function checkUnit(plan: Plan, doc: NosDocument, unit: Unit, key: string, messages: Lang): Remembered {
  const { section, subsections, last, parent } = unit;
  const entry: Remembered = { key, findings: [], ranks: [], subsections, parent };
  const language = doc.language;
  const lineText = linesOf(doc, section.firstLine, last);
  const span = spansOf(doc, section.firstLine, last);
  const removal = () => {
    if (entry.removal === undefined) entry.removal = removalOf(doc, unit);
    return entry.removal ?? undefined;
  };
  for (const planned of plan.section) {
    planned.rule.checkSection!({
      language,
      options: planned.setting.options,
      section,
      subsections,
      parent,
      removal,
      lineText,
      span,
      report: reporterInto(planned, messages, entry, section.firstLine),
    } as SectionContext<any>);
  }
  return Object.assign(entry, sorted(entry));
}

function checkField(plan: Plan, doc: NosDocument, field: MetadataField, key: string, messages: Lang): Remembered {
  const entry: Remembered = { key, findings: [], ranks: [] };
  const language = doc.language;
  const lineText = linesOf(doc, field.line, field.lastLine);
  const span = spansOf(doc, field.line, field.lastLine);
  for (const planned of plan.field) {
    planned.rule.checkField!({
      language,
      options: planned.setting.options,
      field,
      lineText,
      span,
      report: reporterInto(planned, messages, entry, field.line),
    } as FieldContext<any>);
  }
  return Object.assign(entry, sorted(entry));
}

function append(into: Found, found: Found): void {
  for (let i = 0; i < found.findings.length; i++) {
    into.findings.push(found.findings[i]);
    into.ranks.push(found.ranks[i]);
  }
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** The rules each rule defers to (spelling: to heading-typo and subheading-mismatch). */
const DEFERS_TO = new Map<RuleId, readonly string[]>();
for (const rule of DOCUMENT_RULES) if (rule.defersTo) DEFERS_TO.set(rule.id, rule.defersTo);
const OWNERS = new Set<string>([...DEFERS_TO.values()].flat());

const after = (a: Position, b: Position) => comparePositions(a, b) > 0;

/**
 * Drops the findings of rules that defer to others lying inside one of those others'
 * findings. One pass over the findings, which are in order of their starts, beside the
 * owners': of a rule's findings that start where a finding starts or before, one holds
 * it if the furthest of their ends reaches its end.
 */
function withoutDeferred(findings: Finding[]): Finding[] {
  const owners = findings.filter((finding) => OWNERS.has(finding.ruleId));
  if (!owners.length) return findings;
  const furthest = new Map<string, Position>();
  let next = 0;
  return findings.filter((finding) => {
    const over = DEFERS_TO.get(finding.ruleId);
    if (!over) return true;
    for (; next < owners.length && !after(owners[next].range.start, finding.range.start); next++) {
      const { ruleId, range } = owners[next];
      const end = furthest.get(ruleId);
      if (end === undefined || after(range.end, end)) furthest.set(ruleId, range.end);
    }
    return !over.some((owner) => {
      const end = furthest.get(owner);
      return end !== undefined && !after(finding.range.end, end);
    });
  });
}

export function analyseDocument(
  doc: NosDocument,
  options: AnalyseOptions,
  caches: EngineCaches,
): Pick<Analysis, 'findings' | 'documentFindings'> {
  let usage: TermOccurrence[] | null = null;
  const termUsage = () => (usage ??= caches.termUsage(doc, true));
  const language = doc.language;
  const messages = options.messages ?? language;
  const plan = caches.plan(options.rules, language, doc.lines instanceof SegmentedLineIndex);
  // Findings remembered on the parts are in the language they were written in.
  const key = `${plan.key}|${messages}`;
  const spelling: SpellingContext | undefined = caches.spelling && { lookup: caches.spelling, accepted: options.acceptedWords ?? NO_WORDS, lines: options.previous ? caches.lineForms : null };
  const all: Found = { findings: [], ranks: [] };
  const documentFindings = new Map<RuleId, readonly Finding[]>();
  for (const planned of plan.document) {
    const found: Found = { findings: [], ranks: [] };
    planned.rule.check!({ language, options: planned.setting.options, doc, termUsage, spelling, report: reporterInto(planned, messages, found) });
    found.findings = reusing(found.findings, options.previous?.documentFindings.get(planned.rule.id));
    documentFindings.set(planned.rule.id, found.findings);
    append(all, found);
  }
  // Parts an edit did not reach are the same objects as before, with their findings on them.
  const walk: Walk = { section: doc.sections[0], subsections: NONE, last: 0, parent: null, family: null, familyEnd: -1 };
  if (plan.section.length) {
    for (let index = 0; index < doc.sections.length; index++) {
      const unit = unitAt(doc.sections, index, walk);
      let entry = remembered<Remembered>(unit.section, FINDINGS);
      if (!entry || entry.key !== key || !stillHolds(entry, unit, doc)) {
        entry = remember(unit.section, FINDINGS, checkUnit(plan, doc, unit, key, messages));
      }
      append(all, entry);
    }
  }
  if (plan.field.length) {
    for (const field of doc.fields) {
      let entry = remembered<Remembered>(field, FINDINGS);
      if (!entry || entry.key !== key) entry = remember(field, FINDINGS, checkField(plan, doc, field as MetadataField, key, messages));
      append(all, entry);
    }
  }
  const { findings } = sorted(all);
  return { findings: plan.deferring ? withoutDeferred(findings) : findings, documentFindings };
}

export function analyseText(text: string, options: AnalyseOptions, caches: EngineCaches): Analysis {
  const language = options.language === 'auto' ? undefined : options.language;
  const parseOptions = { language, expandHeadword: caches.expandHeadword };
  const { doc, state } = options.previous ? reparse(options.previous, text, parseOptions) : parseText(text, parseOptions);
  return { doc, state, ...analyseDocument(doc, options, caches), messages: options.messages ?? doc.language };
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
  const messages = options.messages ?? language;
  for (const rule of DOCUMENT_RULES) {
    if (!rule.checkText) continue;
    const setting = resolveSetting(rule, options.rules?.[rule.id]);
    if (setting.severity === null) continue;
    const context: TextContext = {
      language,
      options: {},
      length,
      limit,
      bilingual: !options.messages && options.language !== 'en' && options.language !== 'cy',
      report: reporter(rule, setting, messages, findings),
    };
    rule.checkText(context);
  }
  return findings;
}
