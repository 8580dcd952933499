// What differs in structure between the two language versions of one standard. The
// wording is in different languages, so only what can be counted or read as a value is
// compared: criteria and knowledge items (per element where both have the same elements),
// element sub-headings, which sections hold something, and the metadata that must match,
// read through the metadata parsers ("13 Feb 2024" is "13 Chwef 2024", "Current" is "Ar hyn
// o bryd"). A value a parser cannot read is left to the metadata rules: no guess here.

import { SECTIONS, sectionSpec, type FieldId, type SectionId } from '../catalogue';
import { insertionPoint, metadataInsertLine, sectionInsertLine } from '../fixes/placement';
import { allowedValue } from '../metadata/allowed';
import { parseDate, type ParsedDate } from '../metadata/dates';
import { isFiller } from '../metadata/filler';
import { INVISIBLE } from '../metadata/urn';
import type { MetadataField, NosDocument, Section } from '../model/types';
import type { Range } from '../types';

/** The metadata fields both versions must give alike. */
export const PAIRED_FIELDS = ['urn', 'version-number', 'date-approved', 'indicative-review-date', 'soc-code', 'validity', 'status'] as const satisfies readonly FieldId[];
export type PairedField = (typeof PAIRED_FIELDS)[number];

/** Sections whose items are counted. */
export type CountedSection = 'performance-criteria' | 'knowledge-understanding';

/** What differs; each value is given per version, in the order the documents were given. */
export type Difference =
  /** Items of a whole section (`element` null) or of its element at that index. */
  | { kind: 'items'; section: CountedSection; element: number | null; counts: Both<number> }
  | { kind: 'elements'; section: SectionId; counts: Both<number> }
  | { kind: 'section'; section: SectionId; present: Both<boolean> }
  /** A value is null where the version gives none. */
  | { kind: 'field'; field: PairedField; values: Both<string | null> };

export type Both<T> = readonly [T, T];

/** A difference with where it shows in each version. */
export interface PlacedDifference {
  difference: Difference;
  ranges: Both<Range>;
}

/** The first section with the id, and whether it holds anything (its sub-headings count for Scope/range). */
function sectionsOf(doc: NosDocument): Map<SectionId, Section> {
  const found = new Map<SectionId, Section>();
  for (const section of doc.sections) if (!found.has(section.id)) found.set(section.id, section);
  return found;
}

function holdsSomething(section: Section): boolean {
  return section.items.length > 0 || section.elements.length > 0 || section.paragraphLines.length > 0;
}

/** Ids of the sections that hold something; a parent counts when any sub-section does. */
function presentSections(doc: NosDocument): Set<SectionId> {
  const present = new Set<SectionId>();
  for (const section of doc.sections) {
    if (!holdsSomething(section)) continue;
    present.add(section.id);
    const parent = sectionSpec(section.id).parent;
    if (parent) present.add(parent);
  }
  return present;
}

/** Where a section shows: its heading, else its first lead-in, else its first line. */
function sectionPlace(doc: NosDocument, section: Section): Range {
  if (section.heading) return section.heading.range;
  if (section.leadIns.length) return section.leadIns[0].range;
  return doc.lines.span(section.firstLine, 0, doc.lines.lineText(section.firstLine).length);
}

function compareSections(docs: Both<NosDocument>, out: PlacedDifference[]): void {
  const sections = [sectionsOf(docs[0]), sectionsOf(docs[1])] as const;
  const present = [presentSections(docs[0]), presentSections(docs[1])] as const;
  for (const spec of SECTIONS) {
    if (spec.artefact) continue;
    const has = [present[0].has(spec.id), present[1].has(spec.id)] as const;
    if (has[0] !== has[1]) {
      const ranges = [0, 1].map((side) => {
        const section = sections[side].get(spec.id);
        // An empty heading stands where the section would go.
        return section ? sectionPlace(docs[side], section) : insertionPoint(docs[side], sectionInsertLine(docs[side], spec.id));
      });
      out.push({ difference: { kind: 'section', section: spec.id, present: has }, ranges: [ranges[0], ranges[1]] });
      continue;
    }
    const a = sections[0].get(spec.id);
    const b = sections[1].get(spec.id);
    if (has[0] && a && b) compareSection(docs, [a, b], out);
  }
}

function compareSection(docs: Both<NosDocument>, sections: Both<Section>, out: PlacedDifference[]): void {
  const [a, b] = sections;
  const ranges: Both<Range> = [sectionPlace(docs[0], a), sectionPlace(docs[1], b)];
  if (a.elements.length !== b.elements.length) {
    out.push({ difference: { kind: 'elements', section: a.id, counts: [a.elements.length, b.elements.length] }, ranges });
  }
  if (a.id !== 'performance-criteria' && a.id !== 'knowledge-understanding') return;
  const section = a.id;
  const total = { kind: 'items', section, element: null, counts: [a.items.length, b.items.length] } as const;
  if (a.elements.length === 0 || a.elements.length !== b.elements.length) {
    if (a.items.length !== b.items.length) out.push({ difference: total, ranges });
    return;
  }
  // Items before the first element, then each element's.
  if (a.elements[0].firstItem !== b.elements[0].firstItem) out.push({ difference: total, ranges });
  a.elements.forEach((element, index) => {
    const twin = b.elements[index];
    const counts = [element.endItem - element.firstItem, twin.endItem - twin.firstItem] as const;
    if (counts[0] !== counts[1]) out.push({ difference: { kind: 'items', section, element: index, counts }, ranges: [element.range, twin.range] });
  });
}

/** The value as compared: null when empty or template filler. */
function given(field: MetadataField | undefined): string | null {
  const value = field?.value.trim();
  return value && !isFiller(value) ? value : null;
}

const squeeze = (text: string) => text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

function sameDate(a: ParsedDate, b: ParsedDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

function socCodes(value: string): string | null {
  const codes = value.match(/\d+/g);
  return codes ? [...new Set(codes)].sort().join(';') : null;
}

/** Whether two given values say the same, or null when one cannot be read (then nothing is said). */
function sameValue(field: PairedField, a: string, b: string): boolean | null {
  switch (field) {
    case 'urn':
      return squeeze(a).replace(/ /g, '') === squeeze(b).replace(/ /g, '');
    case 'date-approved':
    case 'indicative-review-date': {
      const [x, y] = [parseDate(a), parseDate(b)];
      return x && y ? sameDate(x, y) : null;
    }
    case 'validity':
    case 'status': {
      const [x, y] = [allowedValue(field, a), allowedValue(field, b)];
      return x && y ? x.meaning === y.meaning : null;
    }
    case 'soc-code': {
      const [x, y] = [socCodes(a), socCodes(b)];
      return x && y ? x === y : null;
    }
    case 'version-number': {
      const [x, y] = [squeeze(a), squeeze(b)];
      return /^\d+(?:\.\d+)?$/.test(x) && /^\d+(?:\.\d+)?$/.test(y) ? Number(x) === Number(y) : x === y;
    }
  }
}

/** The field's value or label; for a field not there, the end of the metadata (as missing-section places it). */
function fieldPlace(doc: NosDocument, field: MetadataField | undefined): Range {
  if (field) return field.valueRange ?? field.labelRange;
  const last = doc.fields[doc.fields.length - 1];
  return insertionPoint(doc, last && doc.fields.some((f) => f.id !== 'urn') ? last.lastLine + 1 : metadataInsertLine(doc));
}

function compareFields(docs: Both<NosDocument>, out: PlacedDifference[]): void {
  for (const id of PAIRED_FIELDS) {
    const fields = [docs[0].fields.find((f) => f.id === id), docs[1].fields.find((f) => f.id === id)] as const;
    const values = [given(fields[0]), given(fields[1])] as const;
    if (values[0] === null && values[1] === null) continue;
    if (values[0] !== null && values[1] !== null && sameValue(id, values[0], values[1]) !== false) continue;
    out.push({ difference: { kind: 'field', field: id, values }, ranges: [fieldPlace(docs[0], fields[0]), fieldPlace(docs[1], fields[1])] });
  }
}

/** Every structural difference between two versions of a standard, in catalogue order. */
export function alignPair(docs: Both<NosDocument>): PlacedDifference[] {
  const out: PlacedDifference[] = [];
  compareSections(docs, out);
  compareFields(docs, out);
  return out;
}
