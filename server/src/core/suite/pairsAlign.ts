// What differs in structure between the two language versions of one standard. The
// wording is in different languages, so only what can be counted or read as a value is
// compared: criteria and knowledge items (per element where both have the same elements),
// element sub-headings, which sections hold something, and the metadata that must match,
// read through the metadata parsers ("13 Feb 2024" is "13 Chwef 2024", "Current" is "Ar hyn
// o bryd"). A value a parser cannot read is left to the metadata rules: no guess here.
//
// A version is compared through its shape: the little of the model this reads, with the
// places to report at. It is plain data, found once per model, so an index can keep it
// for files it does not hold the model of.

import { SECTIONS, sectionSpec, type FieldId, type SectionId } from '../catalogue';
import { insertionPoint, metadataInsertLine, sectionInsertLine } from '../fixes/placement';
import { remember, remembered } from '../memo';
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
const isCounted = (id: SectionId): id is CountedSection => id === 'performance-criteria' || id === 'knowledge-understanding';

export type Both<T> = readonly [T, T];

/** What differs; each value is given per version, in the order the versions were given. */
export type Difference =
  /** Items of a whole section (`element` null) or of its element at that index. */
  | { kind: 'items'; section: CountedSection; element: number | null; counts: Both<number> }
  | { kind: 'elements'; section: SectionId; counts: Both<number> }
  | { kind: 'section'; section: SectionId; present: Both<boolean> }
  /** A value is null where the version gives none. */
  | { kind: 'field'; field: PairedField; values: Both<string | null> };

/** A difference with where it shows in each version. */
export interface PlacedDifference {
  difference: Difference;
  ranges: Both<Range>;
}

/** A range as four numbers (start line and character, end line and character): an index keeps a shape per file. */
export type Span = readonly [number, number, number, number];

const toSpan = ({ start, end }: Range): Span => [start.line, start.character, end.line, end.character];
export const toRange = ([line, character, endLine, endCharacter]: Span): Range =>
  ({ start: { line, character }, end: { line: endLine, character: endCharacter } });

interface SectionShape {
  /** Heading, else first lead-in, else first line; for a section not there, where it would go. */
  place: Span;
  /** The heading comes twice or more (a draft being merged): its counts are not compared. */
  repeated: boolean;
  /** It holds something (a parent: or one of its sub-sections does). */
  present: boolean;
  /** Items before the first element, and in all. */
  leading: number;
  items: number;
  elements: ReadonlyArray<{ range: Span; items: number }>;
}

interface FieldShape {
  /** Null when empty or template filler. */
  value: string | null;
  /** The value, else the label; for a field not there, the end of the metadata. */
  place: Span;
}

export interface PairShape {
  sections: Readonly<Partial<Record<SectionId, SectionShape>>>;
  fields: Readonly<Partial<Record<PairedField, FieldShape>>>;
}

/** Where a section shows: its heading, else its first lead-in, else its first line. */
function sectionPlace(doc: NosDocument, section: Section): Range {
  if (section.heading) return section.heading.range;
  if (section.leadIns.length) return section.leadIns[0].range;
  return doc.lines.span(section.firstLine, 0, doc.lines.lineText(section.firstLine).length);
}

function holdsSomething(section: Section): boolean {
  return section.items.length > 0 || section.elements.length > 0 || section.paragraphLines.length > 0;
}

/** The field's value or label; for a field not there, the end of the metadata (as missing-section places it). */
function fieldPlace(doc: NosDocument, field: MetadataField | undefined): Range {
  if (field) return field.valueRange ?? field.labelRange;
  const last = doc.fields[doc.fields.length - 1];
  return insertionPoint(doc, last && doc.fields.some((f) => f.id !== 'urn') ? last.lastLine + 1 : metadataInsertLine(doc));
}

function given(field: MetadataField | undefined): string | null {
  const value = field?.value.trim();
  return value && !isFiller(value) ? value : null;
}

const SHAPE = Symbol('pair shape');

/** What pair-alignment reads of a version, found once per model. */
export function pairShape(doc: NosDocument): PairShape {
  const known = remembered<PairShape>(doc, SHAPE);
  if (known) return known;
  const sections: Partial<Record<SectionId, SectionShape>> = {};
  for (const section of doc.sections) {
    const known = sections[section.id];
    if (known) {
      known.repeated = true;
      continue;
    }
    sections[section.id] = {
      repeated: false,
      place: toSpan(sectionPlace(doc, section)),
      present: holdsSomething(section),
      leading: section.elements.length ? section.elements[0].firstItem : section.items.length,
      items: section.items.length,
      elements: section.elements.map((element) => ({ range: toSpan(element.range), items: element.endItem - element.firstItem })),
    };
  }
  for (const spec of SECTIONS) {
    sections[spec.id] ??= { repeated: false, place: toSpan(insertionPoint(doc, sectionInsertLine(doc, spec.id))), present: false, leading: 0, items: 0, elements: [] };
  }
  for (const section of doc.sections) {
    const parent = sectionSpec(section.id).parent;
    if (parent && holdsSomething(section)) sections[parent]!.present = true;
  }
  const fields: Partial<Record<PairedField, FieldShape>> = {};
  for (const id of PAIRED_FIELDS) {
    const field = doc.fields.find((f) => f.id === id);
    fields[id] = { value: given(field), place: toSpan(fieldPlace(doc, field)) };
  }
  return remember(doc, SHAPE, { sections, fields });
}

function compareSection(id: SectionId, a: SectionShape, b: SectionShape, out: PlacedDifference[]): void {
  if (a.repeated || b.repeated) return;
  const ranges: Both<Range> = [toRange(a.place), toRange(b.place)];
  if (a.elements.length !== b.elements.length) out.push({ difference: { kind: 'elements', section: id, counts: [a.elements.length, b.elements.length] }, ranges });
  if (!isCounted(id)) return;
  const total = { kind: 'items', section: id, element: null, counts: [a.items, b.items] } as const;
  if (a.elements.length === 0 || a.elements.length !== b.elements.length) {
    if (a.items !== b.items) out.push({ difference: total, ranges });
    return;
  }
  if (a.leading !== b.leading) out.push({ difference: total, ranges });
  a.elements.forEach((element, index) => {
    const twin = b.elements[index];
    if (element.items !== twin.items) {
      out.push({ difference: { kind: 'items', section: id, element: index, counts: [element.items, twin.items] }, ranges: [toRange(element.range), toRange(twin.range)] });
    }
  });
}

const squeeze = (text: string) => text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
const NUMBER = /^\d+(?:\.\d+)?$/;

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
      return NUMBER.test(x) && NUMBER.test(y) ? Number(x) === Number(y) : x === y;
    }
  }
}

/** Whether two shapes give a value for `field` and the same one. */
export function agreeOn(field: PairedField, a: PairShape, b: PairShape): boolean {
  const [x, y] = [a.fields[field]?.value, b.fields[field]?.value];
  return x != null && y != null && sameValue(field, x, y) === true;
}

const ALIGNED = Symbol('aligned with');

/**
 * Every structural difference between two versions of a standard, in catalogue order.
 * Remembered on the first shape while its twin's is the same: the suite runs again after
 * every change to any file, and only the pairs that changed are compared again.
 */
export function alignShapes(a: PairShape, b: PairShape): readonly PlacedDifference[] {
  const known = remembered<{ twin: PairShape; differences: readonly PlacedDifference[] }>(a, ALIGNED);
  if (known?.twin === b) return known.differences;
  const out: PlacedDifference[] = [];
  for (const spec of SECTIONS) {
    if (spec.artefact) continue;
    const [x, y] = [a.sections[spec.id]!, b.sections[spec.id]!];
    if (x.present !== y.present) out.push({ difference: { kind: 'section', section: spec.id, present: [x.present, y.present] }, ranges: [toRange(x.place), toRange(y.place)] });
    else if (x.present) compareSection(spec.id, x, y, out);
  }
  for (const id of PAIRED_FIELDS) {
    const [x, y] = [a.fields[id]!, b.fields[id]!];
    if (x.value === null && y.value === null) continue;
    if (x.value !== null && y.value !== null && sameValue(id, x.value, y.value) !== false) continue;
    out.push({ difference: { kind: 'field', field: id, values: [x.value, y.value] }, ranges: [toRange(x.place), toRange(y.place)] });
  }
  remember(a, ALIGNED, { twin: b, differences: out });
  return out;
}
