// Where a missing part belongs: before the first part that follows it in canonical
// order, before the metadata block, or at the end of the text.

import { sectionOrder, type SectionId } from '../catalogue';
import type { NosDocument } from '../model/types';
import type { Range } from '../types';

/** Line before which a missing section is inserted; lineCount means "append". */
export function sectionInsertLine(doc: NosDocument, id: SectionId): number {
  const order = sectionOrder(id);
  const later = doc.sections.find((s) => sectionOrder(s.id) > order);
  if (later) return later.firstLine;
  if (id === 'overview' && doc.looseLines.length) return doc.looseLines[0];
  return metadataInsertLine(doc);
}

/** Line where the metadata block starts, or where one would go. */
export function metadataInsertLine(doc: NosDocument): number {
  if (doc.trailingTitle) return doc.trailingTitle.line;
  if (doc.metadataBlockLine !== null) return doc.metadataBlockLine;
  return doc.lines.lineCount;
}

/**
 * Empty range where something missing goes in before `line`: the end of the last
 * non-blank line above it (the start of the text when there is none), so that the
 * finding underlines no correct text.
 */
export function insertionPoint(doc: NosDocument, line: number): Range {
  const { lines } = doc;
  let target = Math.min(line, lines.lineCount) - 1;
  while (target >= 0 && lines.lineText(target).trim() === '') target--;
  if (target < 0) return lines.span(0, 0, 0);
  const end = lines.lineText(target).trimEnd().length;
  return lines.span(target, end, end);
}
