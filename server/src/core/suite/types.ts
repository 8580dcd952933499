// The suite contract: what suite rules see (every NOS file of a workspace or folder) and
// what they report. Suite rules read the same document model as the document rules, so
// URN, title, sections, items and metadata mean the same everywhere.

import type { Analysis } from '../analyse';
import type { Localised, Rule } from '../rules/rule';
import type { RuleSettings } from '../ruleSettings';
import type { Finding, Lang, Range, Severity } from '../types';
import type { SuiteFacts } from './facts';

/** One file of the suite. */
export interface SuiteDocument {
  /** Names the file (a URI in the editor, a path in the CLI); findings are placed by it. */
  readonly uri: string;
  /** The file's language: messages about it are written in it. */
  readonly language: Lang;
  /**
   * The core's analysis of the file's text (an index may keep only the model, and may
   * parse it again only when a rule reads it: rules that need less read `facts`).
   */
  readonly analysis: Pick<Analysis, 'doc'>;
  /** URN, title and links, when an index kept them: read through `suiteFacts`, which finds them in `analysis` otherwise. */
  readonly facts?: SuiteFacts;
  /** The rule settings that apply to this file (editor settings, `.nosrc.json`); defaults when absent. */
  readonly rules?: RuleSettings;
  /** The language findings in this file are written in (`nos.messagesLanguage`); the file's own when absent. */
  readonly messages?: Lang;
  /** The file's other language version as the `pairs` of its `.nosrc.json` name it (for drafts without a URN). */
  readonly twin?: string;
}

/** A place in another file (or the same one) that a finding names. */
export interface SuiteRelatedReport {
  readonly uri: string;
  readonly range: Range;
  readonly message: Localised;
}

/** What a suite rule reports: a finding placed in one file. */
export interface SuiteReport {
  readonly uri: string;
  readonly range: Range;
  readonly message: Localised;
  /** Overrides the rule's default severity for this finding. */
  readonly severity?: Severity;
  /** Places in other files the finding is about, shown as related information. */
  readonly related?: readonly SuiteRelatedReport[];
}

export interface SuiteRelated {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

/** A suite rule's finding, localised into the language of the file it is placed in. */
export interface SuiteFinding extends Finding {
  readonly uri: string;
  readonly related: readonly SuiteRelated[];
}

/** A suite finding among a file's findings (which then name other files as related places). */
export function isSuiteFinding(finding: Finding): finding is SuiteFinding {
  return 'related' in finding;
}

/** What a rule of either kind declares, for settings, docs and `nos rules`. */
type RuleInfo<Id extends string, O> = Pick<Rule<Id, O>,
  'id' | 'covers' | 'defaultSeverity' | 'offByDefault' | 'fixable' | 'description' | 'messages' | 'options'>;

/**
 * A rule over the whole suite. Its id is in the same registry as the document rules
 * (server/src/core/rules/registry.ts), so settings, the config file, the docs and
 * `nos rules` cover it; it has no fixes.
 */
export interface SuiteRule<Id extends string = string, O = {}> extends RuleInfo<Id, O> {
  /** Tells suite rules from document rules. */
  readonly suite: true;
  readonly fixable: false;
  /**
   * Reports every finding of the suite; with `only`, at least that file's (the others
   * may be left out), so that one file's findings after a keystroke cost little.
   */
  check(suite: readonly SuiteDocument[], report: (report: SuiteReport) => void, only?: string): void;
}

/** Declares a suite rule, keeping its literal id for the `RuleId` union. */
export function defineSuiteRule<const Id extends string, O = {}>(rule: Omit<SuiteRule<Id, O>, 'suite'>): SuiteRule<Id, O> {
  return { ...rule, suite: true };
}
