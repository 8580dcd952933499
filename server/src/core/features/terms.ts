// Glossary terms inside one document: which term the cursor is on (its headword or
// any use, mutated and plural forms included), its definition, its references and
// the highlights of all of them.

import type { TermIndex, TermOccurrence } from '../model/termUsage';
import type { NosDocument } from '../model/types';
import { comparePositions, type Position, type Range } from '../types';
import { contains } from './hover';

export interface TermAt {
  /** Index of the glossary entry. */
  entry: number;
  /** The headword or the use under the cursor. */
  range: Range;
  /** The use under the cursor; null on the headword. */
  use: TermOccurrence | null;
}

/** The glossary term at a position: its headword in the glossary, or a use of it. */
export function termAt(doc: NosDocument, at: Position, termUses: () => TermOccurrence[]): TermAt | null {
  if (doc.glossary.length === 0) return null;
  const p = doc.lines.clamp(at);
  const entry = doc.glossary.findIndex((g) => contains(g.termRange, p));
  if (entry >= 0) return { entry, range: doc.glossary[entry].termRange, use: null };
  const use = termUses().find((u) => u.range.start.line === p.line && contains(u.range, p));
  return use ? { entry: use.entry, range: use.range, use } : null;
}

/** Where the term at a position is defined: its headword. */
export function termDefinition(doc: NosDocument, at: Position, termUses: () => TermOccurrence[]): Range | null {
  const term = termAt(doc, at, termUses);
  return term ? doc.glossary[term.entry].termRange : null;
}

export interface TermReferences {
  headword: Range;
  uses: Range[];
}

/** The headword and every use of the term at a position, in document order. */
export function termReferences(doc: NosDocument, at: Position, termUses: () => TermOccurrence[]): TermReferences | null {
  const term = termAt(doc, at, termUses);
  if (!term) return null;
  return {
    headword: doc.glossary[term.entry].termRange,
    uses: termUses().filter((u) => u.entry === term.entry).map((u) => u.range),
  };
}

/**
 * Uses of terms inside the glossary's definitions ("Gofynion cyfreithiol: … gwasanaeth
 * cwsmeriaid"): not uses that keep a term from being an orphan, but references that a
 * rename must change too. Headwords themselves are not uses.
 */
export function definitionUses(doc: NosDocument, index: TermIndex): TermOccurrence[] {
  const found: TermOccurrence[] = [];
  const noise = new Set(doc.noiseLines);
  for (const entry of doc.glossary) {
    for (let line = entry.line; line <= entry.lastLine; line++) {
      if (noise.has(line)) continue;
      const before = found.length;
      index.scanLine(doc.lines, line, found);
      // Drop what lies in the headword, on the entry's first line (a part of a line in flattened text).
      if (line !== entry.line) continue;
      const head = entry.termRange;
      let kept = before;
      for (let k = before; k < found.length; k++) {
        const { start, end } = found[k].range;
        if (comparePositions(end, head.start) <= 0 || comparePositions(start, head.end) >= 0) found[kept++] = found[k];
      }
      found.length = kept;
    }
  }
  return found;
}

/** Every reference to every term: uses in the body and in definitions, in document order. */
export function allReferences(bodyUses: TermOccurrence[], inDefinitions: TermOccurrence[]): TermOccurrence[] {
  if (inDefinitions.length === 0) return bodyUses;
  const byPosition = (a: TermOccurrence, b: TermOccurrence) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
  return [...bodyUses, ...inDefinitions].sort(byPosition);
}
