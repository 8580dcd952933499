// Folding: each section (the glossary among them), each element sub-heading with its
// items, and the metadata block at the end.

import type { NosDocument, Section } from '../model/types';

/** Zero-based first and last line of a foldable region. */
export interface Fold {
  startLine: number;
  endLine: number;
}

/** The last line of an element: its last item's, or its own when it has none. */
export function elementLastLine(section: Section, index: number): number {
  const element = section.elements[index];
  return element.endItem > element.firstItem ? section.items[element.endItem - 1].lastLine : element.line;
}

export function foldingRanges(doc: NosDocument): Fold[] {
  const folds: Fold[] = [];
  // Lines of the text, not the lines read: in flattened text a section is part of one line.
  const fold = (first: number, last: number): void => {
    const { start, end } = doc.lines.linesRange(first, last);
    folds.push({ startLine: start.line, endLine: end.line });
  };
  for (const section of doc.sections) {
    fold(section.firstLine, section.lastLine);
    section.elements.forEach((element, i) => fold(element.line, elementLastLine(section, i)));
  }
  const block = doc.fields.filter((f) => !f.header && f.label);
  if (block.length) fold(block[0].line, block[block.length - 1].lastLine);
  return folds.filter((f) => f.endLine > f.startLine).sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
