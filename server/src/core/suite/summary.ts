// What a workspace index keeps of a file it does not have open: the suite facts, the
// symbols Ctrl+T lists (the standard by URN and title, its element sub-headings, its
// glossary terms) and every URN-shaped word, for links. A few kilobytes, where the whole
// model of a draft is about sixty (bench/parts/workspace.mjs measures both).

import { remember, remembered } from '../memo';
import type { NosDocument } from '../model/types';
import type { Lang, Range } from '../types';
import { factsOf, urnMentions, type SuiteFacts, type UrnText } from './facts';

export type SuiteSymbolKind = 'standard' | 'element' | 'term';

export interface SuiteSymbol {
  readonly kind: SuiteSymbolKind;
  readonly name: string;
  readonly range: Range;
}

export interface FileSummary {
  readonly language: Lang;
  readonly facts: SuiteFacts;
  readonly symbols: readonly SuiteSymbol[];
  /** URN-shaped words anywhere in the text. */
  readonly mentions: readonly UrnText[];
}

/** The standard's name in lists: "URN Title", either alone when the other is missing. */
export function standardName(facts: SuiteFacts): string | null {
  const name = [facts.urn?.text, facts.title?.text].filter(Boolean).join(' ');
  return name || null;
}

export function suiteSymbols(doc: NosDocument): SuiteSymbol[] {
  const facts = factsOf(doc);
  const symbols: SuiteSymbol[] = [];
  const name = standardName(facts);
  const at = facts.title?.range ?? facts.urn?.range;
  if (name && at) symbols.push({ kind: 'standard', name, range: at });
  for (const section of doc.sections) {
    for (const element of section.elements) symbols.push({ kind: 'element', name: element.label, range: element.range });
  }
  for (const entry of doc.glossary) symbols.push({ kind: 'term', name: entry.term, range: entry.termRange });
  return symbols;
}

const SUMMARY = Symbol('summary');

/** The summary of a document model, found once per model (symbols and links ask again and again). */
export function summarise(doc: NosDocument): FileSummary {
  return remembered<FileSummary>(doc, SUMMARY) ?? remember<FileSummary>(doc, SUMMARY, {
    language: doc.language,
    facts: factsOf(doc),
    symbols: suiteSymbols(doc),
    mentions: urnMentions(doc, 0, doc.lines.lineCount - 1),
  });
}
