// Where in the other version a place of one version is: the item with the same place in
// its list (P3 → P3, K5 → K5, the third range item → the third), the same element
// sub-heading, glossary entry or metadata field, else the same section's heading (or
// where the section would go), else the title.

import type { NosDocument, Section } from '../model/types';
import type { Position, Range } from '../types';
import { pairShape, PAIRED_FIELDS, toRange, type PairedField } from './pairsAlign';

const within = (line: number, first: number, last: number) => line >= first && line <= last;

/** The last section holding the line: a sub-section rather than its parent. */
function sectionAt(doc: NosDocument, line: number): Section | undefined {
  let found: Section | undefined;
  for (const section of doc.sections) if (within(line, section.firstLine, section.lastLine)) found = section;
  return found;
}

function inSection(section: Section, line: number, twin: Section): Range | null {
  const item = section.items.findIndex((entry) => within(line, entry.line, entry.lastLine));
  if (item >= 0 && twin.items.length) return twin.items[Math.min(item, twin.items.length - 1)].range;
  const element = section.elements.findIndex((entry) => entry.line === line);
  if (element >= 0 && twin.elements.length) return twin.elements[Math.min(element, twin.elements.length - 1)].range;
  return null;
}

/** The range in `twin` matching `position` in `doc`. */
export function matchingPlace(doc: NosDocument, position: Position, twin: NosDocument): Range {
  const { line } = position;
  const field = doc.fields.find((entry) => within(line, entry.line, entry.lastLine));
  if (field) {
    const same = twin.fields.find((entry) => entry.id === field.id);
    if (same) return same.range;
    if ((PAIRED_FIELDS as readonly string[]).includes(field.id)) return toRange(pairShape(twin).fields[field.id as PairedField]!.place);
  }
  const entry = doc.glossary.findIndex((term) => within(line, term.line, term.lastLine));
  if (entry >= 0 && twin.glossary.length) return twin.glossary[Math.min(entry, twin.glossary.length - 1)].range;
  const section = sectionAt(doc, line);
  if (section) {
    const same = twin.sections.find((candidate) => candidate.id === section.id);
    return (same && inSection(section, line, same)) ?? toRange(pairShape(twin).sections[section.id]!.place);
  }
  return twin.title?.range ?? twin.lines.span(0, 0, 0);
}
