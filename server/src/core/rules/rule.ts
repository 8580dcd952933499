import type { TermOccurrence } from '../model/termUsage';
import type { MetadataField, NosDocument, Section } from '../model/types';
import type { Bilingual, Lang, Range, Severity, TextEdit } from '../types';

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
}

/** What a rule reports; the engine localises it and applies severity settings. */
export interface Report {
  range: Range;
  message: Localised;
  /** Overrides the rule's default severity for this finding. */
  severity?: Severity;
  fixes?: FixSpec[];
  /** Findings sharing a group key are fixed together by one action with this title. */
  group?: { key: string; title: Localised };
  unnecessary?: boolean;
}

export interface RuleContext {
  readonly doc: NosDocument;
  /** Glossary term uses outside the glossary, computed once per analysis on demand. */
  termUsage(): TermOccurrence[];
  report(report: Report): void;
}

export interface Rule {
  /** Stable id, used as the diagnostic code and in settings. */
  id: string;
  /** The format's rule numbers this rule implements (S1-S29). */
  covers: string[];
  defaultSeverity: Severity;
  /** Runs only when a setting turns it on. */
  offByDefault?: boolean;
  description: Bilingual;
  /** Title of an action applying every safe fix of this rule in the document. */
  fixAllTitle?: Bilingual;
  /** Checks the whole document. */
  check?(context: RuleContext): void;
  /**
   * Checks one section on its own. Its findings are remembered with the section, so
   * sections an edit did not touch are not checked again.
   */
  checkSection?(context: RuleContext, section: Section): void;
  /** Checks one metadata field on its own; remembered like checkSection's findings. */
  checkField?(context: RuleContext, field: MetadataField): void;
}

export function localise(text: Localised, lang: Lang): string {
  return typeof text === 'function' ? text(lang) : text[lang];
}
