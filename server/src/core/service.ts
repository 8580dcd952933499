// The NOS service: created once per language server or CLI run, it owns every cache
// the analysis keeps between calls (headword forms, glossary term indexes, term uses,
// the analyses of open documents), so nothing is remembered at module level and two
// documents never evict each other's.

import { analyseText, oversize, type AnalyseOptions, type Analysis, type EngineCaches } from './analyse';
import { completionsAt, type Completions } from './features/completion';
import { hoverAt, type HoverResult } from './features/hover';
import { foldingRanges, type Fold } from './features/folding';
import { outline, type OutlineNode } from './features/outline';
import { prepareTermRename, renameTerm, type RenamePlace, type RenameRefusal } from './features/rename';
import { selectionRanges } from './features/selection';
import { allReferences, definitionUses, termDefinition, termReferences, type TermReferences } from './features/terms';
import { expandHeadword } from './model/glossary';
import { findTermUsage, TermIndex, termIndexKey, type TermOccurrence } from './model/termUsage';
import type { NosDocument } from './model/types';
import { Plans } from './rulePlan';
import { sameDiagnostics } from './sameFinding';
import { LineFormsCache } from './spelling/lineForms';
import type { SpellingLookup } from './spelling/lookup';
import type { Finding, Position, Range, TextEdit } from './types';

/** The analysis of an open document's text, as an editor asks for it again and again. */
export interface DocumentAnalysis {
  /** The text analysed: a later request for the same text gets this entry. */
  text: string;
  /** Names the settings the text was analysed under (the adapter bumps it when they change). */
  settings: number;
  /** Names the findings' diagnostics: it changes only when they do, so a client can keep what it has ("unchanged" reports). */
  resultId: string;
  /** Null when the document is over the size limit and was not analysed. */
  analysis: Analysis | null;
  findings: Finding[];
}

export interface NosService {
  /** Analyses a text; `options.previous` lets it re-use an earlier version's analysis. */
  analyse(text: string, options?: AnalyseOptions): Analysis;
  /**
   * The analysis of the current text of an open document. The same text under the
   * same settings gets the same entry; any other text is analysed afresh, re-using
   * what still holds of the last one.
   */
  document(uri: string, text: string, options: AnalyseOptions, settings: number): DocumentAnalysis;
  /** Drops what is held for a closed document. */
  forget(uri: string): void;
  hover(analysis: Analysis, position: Position): HoverResult | null;
  outline(analysis: Analysis): OutlineNode[];
  completions(analysis: Analysis, position: Position): Completions | null;
  /** The headword of the glossary term at a position (its headword or any use). */
  definition(analysis: Analysis, position: Position): Range | null;
  /** The headword and every use of the glossary term at a position. */
  references(analysis: Analysis, position: Position): TermReferences | null;
  prepareRename(analysis: Analysis, position: Position): RenamePlace | RenameRefusal;
  rename(analysis: Analysis, position: Position, newName: string): { edits: TextEdit[] } | RenameRefusal;
  folding(analysis: Analysis): Fold[];
  /** For each position, the ranges around it, innermost first. */
  selectionRanges(analysis: Analysis, positions: Position[]): Range[][];
}

/** Headwords whose forms are kept; a glossary holds tens. */
const MAX_HEADWORDS = 10_000;

/**
 * What is kept for a document from one analysis to the next: its glossary term index (its
 * glossary rarely changes between keystrokes, and the index remembers what it found in each
 * line), and the words of the lines the spelling rule read.
 */
interface IndexSlot {
  current: { key: string; index: TermIndex } | null;
  /** The forms of the lines the spelling rule read last. */
  lineForms: LineFormsCache;
}

export interface ServiceOptions {
  /** The dictionaries the spelling rule asks; without them it stays silent. */
  spelling?: SpellingLookup;
}

export function createNosService(options: ServiceOptions = {}): NosService {
  const headwords = new Map<string, string[]>();
  // One index slot per open document, so documents never evict each other's, and one
  // for texts analysed without a document (the CLI, one file after another).
  const slots = new Map<string, IndexSlot>();
  const newSlot = (): IndexSlot => ({ current: null, lineForms: new LineFormsCache() });
  const loose = newSlot();
  const slotOf = new WeakMap<NosDocument, IndexSlot>();
  const uses = new WeakMap<NosDocument, TermOccurrence[]>();
  const documents = new Map<string, DocumentAnalysis>();
  let nextResult = 0;

  function termIndex(doc: NosDocument, slot: IndexSlot): TermIndex {
    const key = termIndexKey(doc);
    if (slot.current?.key !== key) slot.current = { key, index: new TermIndex(doc.glossary, doc.language) };
    return slot.current.index;
  }

  function expand(term: string): string[] {
    let forms = headwords.get(term);
    if (!forms) {
      if (headwords.size >= MAX_HEADWORDS) headwords.clear();
      forms = expandHeadword(term);
      headwords.set(term, forms);
    }
    return forms;
  }

  const plans = new Plans();
  const plan = plans.get.bind(plans);

  function cachesFor(slot: IndexSlot): EngineCaches {
    return {
      expandHeadword: expand,
      plan,
      spelling: options.spelling,
      lineForms: slot.lineForms,
      termUsage(doc, untilAllUsed) {
        return doc.glossary.length === 0 ? [] : findTermUsage(doc, termIndex(doc, slot), untilAllUsed);
      },
    };
  }
  const looseCaches = cachesFor(loose);

  /** Every occurrence of every term, found once per document model. */
  function allUses(doc: NosDocument): TermOccurrence[] {
    let found = uses.get(doc);
    if (!found) {
      found = cachesFor(slotOf.get(doc) ?? loose).termUsage(doc, false);
      uses.set(doc, found);
    }
    return found;
  }

  const references = new WeakMap<NosDocument, TermOccurrence[]>();
  /** Every use of every term, those in the glossary's definitions too: what navigation and rename reach. */
  function allRefs(doc: NosDocument): TermOccurrence[] {
    let found = references.get(doc);
    if (!found) {
      const inDefinitions = doc.glossary.length === 0 ? [] : definitionUses(doc, termIndex(doc, slotOf.get(doc) ?? loose));
      found = allReferences(allUses(doc), inDefinitions);
      references.set(doc, found);
    }
    return found;
  }

  function analyseIn(slot: IndexSlot, text: string, options: AnalyseOptions): Analysis {
    const analysis = analyseText(text, options, slot === loose ? looseCaches : cachesFor(slot));
    slotOf.set(analysis.doc, slot);
    return analysis;
  }

  const service: NosService = {
    analyse: (text, options = {}) => analyseIn(loose, text, options),

    document(uri, text, options, settings) {
      const cached = documents.get(uri);
      if (cached && cached.text === text && cached.settings === settings) return cached;
      const tooLarge = oversize(text.length, options);
      const previous = cached?.analysis ?? undefined;
      let slot = slots.get(uri);
      if (!slot) slots.set(uri, (slot = newSlot()));
      const analysis = tooLarge ? null : analyseIn(slot, text, { ...options, previous });
      const findings = analysis ? analysis.findings : tooLarge!;
      // Findings that make the same diagnostics keep their id, whatever made the text be
      // analysed again: an edit, new settings, or dictionary answers (most change none).
      const unchanged = cached && sameDiagnostics(cached.findings, findings);
      const entry: DocumentAnalysis = {
        text,
        settings,
        resultId: unchanged ? cached.resultId : String(++nextResult),
        analysis,
        findings,
      };
      documents.set(uri, entry);
      return entry;
    },

    forget(uri) {
      documents.delete(uri);
      slots.delete(uri);
    },

    hover: (analysis, position) => hoverAt(analysis.doc, position, () => allUses(analysis.doc), analysis.messages),
    outline: (analysis) => outline(analysis.doc, analysis.messages),
    completions: (analysis, position) => completionsAt(analysis.doc, position, analysis.messages),
    definition: (analysis, position) => termDefinition(analysis.doc, position, () => allRefs(analysis.doc)),
    references: (analysis, position) => termReferences(analysis.doc, position, () => allRefs(analysis.doc)),
    prepareRename: (analysis, position) => prepareTermRename(analysis.doc, position, () => allRefs(analysis.doc), analysis.messages),
    rename: (analysis, position, newName) => renameTerm(analysis.doc, position, newName, () => allRefs(analysis.doc), analysis.messages),
    folding: (analysis) => foldingRanges(analysis.doc),
    selectionRanges: (analysis, positions) => positions.map((p) => selectionRanges(analysis.doc, p)),
  };
  return service;
}

/** A one-off analysis with caches of its own (tests, scripts); editors and the CLI hold a service. */
export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  return createNosService().analyse(text, options);
}
