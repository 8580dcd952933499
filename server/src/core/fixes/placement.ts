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
 * Range to report something missing at: the text of `line` or of the nearest
 * non-blank line after it (before it at the end of the document).
 */
export function anchorRange(doc: NosDocument, line: number): Range {
  const { lines } = doc;
  const isBlank = (l: number) => lines.lineText(l).trim() === '';
  let target = Math.min(line, lines.lineCount - 1);
  while (target < lines.lineCount - 1 && isBlank(target)) target++;
  while (target > 0 && isBlank(target)) target--;
  const text = lines.lineText(target);
  const end = text.trimEnd().length;
  // A document of blank lines has no text to point at: an empty range at its start.
  return lines.span(target, Math.min(text.search(/\S|$/), end), end);
}
