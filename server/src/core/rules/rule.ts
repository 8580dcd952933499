// The rule contract. A rule is one file exporting one object made with `defineRule`;
// the registry (registry.ts) lists it, and everything else (settings schema, README
// table, docs index) is generated from these objects.
//
// A rule sees the document through a context. Section and field checks get a context
// holding only the part they are about, so the engine can remember their findings with
// that part and re-use them while it is unchanged: what such a check cannot see, its
// findings cannot depend on. Anything that depends on the rest of the document goes in
// `check`.

import type { TermOccurrence } from '../model/termUsage';
import type { SpellingContext } from '../spelling/lookup';
import type { MetadataField, NosDocument, Section } from '../model/types';
import type { MessageTable } from '../messages/message';
import type { Bilingual, Lang, Range, Severity, SeveritySetting, TextEdit } from '../types';

/**
 * Text in both languages: both strings, or a function that writes the one asked for
 * (for findings reported by the thousand, where building the other would be waste).
 */
export type Localised = Bilingual | ((lang: Lang) => string);

export interface FixSpec {
  title: Localised;
  edits: TextEdit[];
  safe?: boolean;
  isPreferred?: boolean;
  /** Where the cursor goes after the fix: an offset into the first edit's new text. */
  cursor?: number;
  /** The fix only selects its first edit's new text (the text already there), for the writer to type over. */
  select?: boolean;
}

/** What a rule reports; the engine localises it and applies severity settings. */
export interface Report {
  range: Range;
  message: Localised;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  fixes?: FixSpec[];
  /**
   * Findings sharing a group key are fixed together by one action with this title. A
   * `local` group is the reporting section's or field's own: the engine makes its key
   * unique to the part (a section check cannot name its place in its findings, which
   * move with the section). Keys hold no "@", which the engine's suffix starts.
   */
  group?: { key: string; title: Localised; local?: boolean };
  unnecessary?: boolean;
}

/** A rule option as users set it (`"empty-section": { "optionalHeadings": false }`). */
export interface BooleanOption {
  type: 'boolean';
  default: boolean;
  description: Bilingual;
}

export type OptionSpecs<O> = { readonly [K in keyof O]: BooleanOption };

/** What every check may use. */
interface BaseContext<O> {
  readonly language: Lang;
  /** The rule's options, defaults filled in. */
  readonly options: Readonly<O>;
  report(report: Report): void;
}

export interface DocumentContext<O = {}> extends BaseContext<O> {
  readonly doc: NosDocument;
  /** Glossary term uses outside the glossary, computed once per analysis on demand. */
  termUsage(): TermOccurrence[];
  /** A dictionary to ask, when the service has one (the spelling rule's). */
  readonly spelling?: SpellingContext;
}

/** A parent heading (Scope/range) and its sub-headings. */
export interface ParentHeading {
  readonly section: Section;
  readonly subsections: readonly Section[];
}

export interface SectionContext<O = {}> extends BaseContext<O> {
  readonly section: Section;
  /** The section's sub-headings (Scope/range's), which belong to it. */
  readonly subsections: readonly Section[];
  /** For a sub-heading under its parent heading: the parent and all its sub-headings, this one among them (one object for them all). */
  readonly parent: ParentHeading | null;
  /** Text of a line of the section or its sub-headings; reading any other line throws. */
  lineText(line: number): string;
  /** The range of characters start..end of such a line (lines may be parts of the text's lines). */
  span(line: number, start: number, end: number): Range;
  /**
   * Removes the section and its sub-headings with the blank lines that go with them;
   * none when a metadata field stands among their lines, which would go with them.
   */
  removal(): TextEdit | undefined;
}

export interface FieldContext<O = {}> extends BaseContext<O> {
  readonly field: MetadataField;
  /** Text of a line of the field; reading any other line throws. */
  lineText(line: number): string;
  /** The range of characters start..end of a line of the field. */
  span(line: number, start: number, end: number): Range;
}

/** Checks made before parsing, on the size of the text alone. */
export interface TextContext extends BaseContext<{}> {
  readonly length: number;
  /** Texts longer than this are not analysed. */
  readonly limit: number;
  /** True when the language was not set, so messages should be in both. */
  readonly bilingual: boolean;
}

/** Whether a rule's findings carry fixes: safe ones (applied by "fix all"), others, or none. */
export type Fixable = 'safe' | 'manual' | false;

export interface Rule<Id extends string = string, O = {}> {
  /** Stable id, used as the diagnostic code and in settings. */
  readonly id: Id;
  /** The format's rule numbers this rule implements (S1-S29). */
  readonly covers: readonly string[];
  readonly defaultSeverity: Severity;
  /** Runs only when a setting turns it on (with `defaultSeverity` unless the setting names one). */
  readonly offByDefault?: boolean;
  /**
   * Reads the text by line and column, so it does not run on flattened text, whose lines
   * for the parser are parts of the text's lines (it stays silent there).
   */
  readonly physicalLinesOnly?: boolean;
  /** Rules whose findings this one's give way to: none of its findings inside one of theirs is kept. */
  readonly defersTo?: readonly string[];
  readonly fixable: Fixable;
  /** One line in each language, for the settings UI, the README and `nos rules`. */
  readonly description: Bilingual;
  /** The rule's message table: every string it shows, in both languages (docs/messages.md lists them all). */
  readonly messages: MessageTable;
  readonly options?: OptionSpecs<O>;
  /** Title of an action applying every safe fix of this rule in the document. */
  readonly fixAllTitle?: Bilingual;
  /** Checks the text before it is parsed; a finding here stops the analysis. */
  checkText?(context: TextContext): void;
  /** Checks the whole document. */
  check?(context: DocumentContext<O>): void;
  /** Checks one section (with its sub-headings) on its own; findings are remembered with it. */
  checkSection?(context: SectionContext<O>): void;
  /** Checks one metadata field on its own; findings are remembered with it. */
  checkField?(context: FieldContext<O>): void;
}

/** Declares a rule, keeping its literal id for the `RuleId` union. */
export function defineRule<const Id extends string, O = {}>(rule: Rule<Id, O>): Rule<Id, O> {
  return rule;
}

export type { SeveritySetting };

export function localise(text: Localised, lang: Lang): string {
  return typeof text === 'function' ? text(lang) : text[lang];
}
