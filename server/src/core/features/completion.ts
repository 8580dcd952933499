// Completion at the start of a line: the parts of a NOS that are missing and belong where
// the cursor is, in the document's language; what each holds in the language of the
// interface. A heading is offered in the gap between two parts where the catalogue puts
// it, never inside a section's text (it would split the section) and never when the
// document has it already (it would be a second one); a metadata label where the metadata
// block is or would go, those that fit between their neighbours first, then the other
// missing ones, in the catalogue's order; the lead-ins right after a heading that has none.
// Between a metadata label and its value nothing is offered: the value goes there.

import { FIELDS, SECTIONS, sectionOrder, sectionSpec, type FieldId } from '../catalogue';
import type { MetadataField, NosDocument, Section } from '../model/types';
import type { Lang, Position, Range } from '../types';

export interface CompletionSpec {
  label: string;
  kind: 'section' | 'lead-in' | 'field';
  detail: string;
  documentation: string;
  insertText: string;
  sortText: string;
}

export interface Completions {
  items: CompletionSpec[];
  /** The text typed so far, which a completion replaces. */
  range: Range;
}

/**
 * Only words typed at the start of a line, after optional markup, ask for labels. The
 * words start with no space, so that the two groups never both accept one: a long run
 * of spaces before something else fails at once instead of backtracking.
 */
const LINE_START = /^([\s#*_>]*)((?:[\p{L}\p{M}'’/()][\p{L}\p{M}'’ /()]*)?)$/u;

/** Groups of the sort order: what is offered first comes first. */
const RANK = {
  leadIn: 0,
  /** The URN, whose place is under the title, before the sections. */
  urn: 1,
  section: 2,
  /** A metadata field missing between the fields before and after the cursor. */
  fieldInPlace: 3,
  field: 4,
} as const;

const sortText = (rank: number, index: number) => `${rank}-${String(index).padStart(2, '0')}`;

const fieldOrder = new Map<FieldId, number>(FIELDS.map((f, i) => [f.id, i]));

/** Where the cursor's line stands among the parts of the document, that line left out. */
interface Place {
  /** The nearest line above with text, page footers skipped; -1 when none. */
  previous: number;
  /** The nearest line below with text, page footers skipped; the line count when none. */
  next: number;
  /** Something of the part above follows the cursor: its text goes on below. */
  inside: boolean;
  /** The highest catalogue order of the sections above, -1 when none. */
  sectionsAbove: number;
  /** The lowest catalogue order of the sections below, SECTIONS.length when none. */
  sectionsBelow: number;
  /** The first section below, if any. */
  nextSection: Section | undefined;
  /** The metadata block (or the title line a PDF copy starts it with) begins above. */
  blockAbove: boolean;
  /** The highest and lowest catalogue order of the metadata block's fields above and below. */
  fieldsAbove: number;
  fieldsBelow: number;
}

/** Lines where a part starts: a cursor just before one is between two parts. */
function partStarts(doc: NosDocument): Set<number> {
  const starts = new Set<number>();
  for (const s of doc.sections) {
    starts.add(s.firstLine);
    if (s.trailingTitle) starts.add(s.trailingTitle.line);
  }
  for (const f of doc.fields) starts.add(f.line);
  if (doc.title) starts.add(doc.title.line);
  if (doc.trailingTitle) starts.add(doc.trailingTitle.line);
  // Text before the first section belongs to no part: the overview goes before it.
  if (doc.looseLines.length) starts.add(doc.looseLines[0]);
  return starts;
}

function placeOf(doc: NosDocument, line: number): Place {
  const { lines } = doc;
  const noise = new Set(doc.noiseLines);
  const hasText = (l: number) => !noise.has(l) && lines.lineText(l).trim() !== '';
  let previous = line - 1;
  while (previous >= 0 && !hasText(previous)) previous--;
  let next = line + 1;
  while (next < lines.lineCount && !hasText(next)) next++;
  const inside = next < lines.lineCount && !partStarts(doc).has(next);

  let sectionsAbove = -1;
  let sectionsBelow = SECTIONS.length;
  let nextSection: Section | undefined;
  for (const s of doc.sections) {
    // The old template's grouping heading has no place of its own among the sections.
    if (s.firstLine === line || sectionSpec(s.id).artefact) continue;
    const order = sectionOrder(s.id);
    if (s.firstLine < line) sectionsAbove = Math.max(sectionsAbove, order);
    else {
      sectionsBelow = Math.min(sectionsBelow, order);
      if (!nextSection || s.firstLine < nextSection.firstLine) nextSection = s;
    }
  }
  const blockStart = doc.trailingTitle?.line ?? doc.metadataBlockLine;
  let blockAbove = blockStart !== null && blockStart < line;
  let fieldsAbove = -1;
  let fieldsBelow = FIELDS.length;
  for (const f of doc.fields) {
    if (f.line === line || f.header) continue;
    const order = fieldOrder.get(f.id)!;
    if (f.line < line) {
      blockAbove = true;
      fieldsAbove = Math.max(fieldsAbove, order);
    } else fieldsBelow = Math.min(fieldsBelow, order);
  }
  return { previous, next, inside, sectionsAbove, sectionsBelow, nextSection, blockAbove, fieldsAbove, fieldsBelow };
}

/** A metadata label on a line of its own whose value is still to be written below it. */
function awaitsValue(fields: readonly MetadataField[], previous: number): boolean {
  return fields.some((f) => f.line === previous && !f.inline && f.valueRange === null);
}

export function completionsAt(doc: NosDocument, at: Position, says: Lang = doc.language): Completions | null {
  const { lines } = doc;
  const position = lines.lineAt(at);
  // Inside the spaces between two parts of a flattened line, no line starts.
  const cursor = lines.clamp(at);
  const back = lines.position(position.line, position.character);
  if (back.line !== cursor.line || back.character !== cursor.character) return null;
  const line = position.line;
  const text = lines.lineText(line);
  const match = LINE_START.exec(text.slice(0, position.character));
  // Labels fill a line: in the middle of one, completion would only get in the way.
  if (!match || text.slice(position.character).trim() !== '') return null;
  const lang = doc.language;
  const other = lang === 'cy' ? 'en' : 'cy';
  const eol = lines.eol;
  const place = placeOf(doc, line);
  if (awaitsValue(doc.fields, place.previous)) return null;
  const items: CompletionSpec[] = [];

  // What the cursor's line holds is what the completion replaces: it is not "present".
  const headed = new Set(doc.sections.filter((s) => s.heading && s.heading.line !== line).map((s) => s.id));
  const present = new Set(doc.fields.filter((f) => f.line !== line).map((f) => f.id));

  // Right under a heading that has no lead-in yet: its lead-ins.
  const under = doc.sections.find((s) => s.heading?.line === place.previous && s.leadIns.length === 0);
  const underSpec = under && SECTIONS.find((s) => s.id === under.id);
  underSpec?.leadIns?.[lang].forEach((leadIn, i) => {
    items.push({
      label: leadIn,
      kind: 'lead-in',
      detail: underSpec.name[lang],
      documentation: underSpec.leadIns![other][0],
      insertText: leadIn + eol,
      sortText: sortText(RANK.leadIn, i),
    });
  });

  if (!place.inside) {
    const headerPlace = place.sectionsAbove < 0 && !place.blockAbove;
    if (headerPlace && !present.has('urn')) {
      const urn = FIELDS[0];
      items.push({
        label: urn.name[lang],
        kind: 'field',
        detail: urn.name[other],
        documentation: urn.holds[says],
        // Written under the title as "URN: …", its value on the same line.
        insertText: 'URN: ',
        sortText: sortText(RANK.urn, 0),
      });
    }

    SECTIONS.forEach((spec, index) => {
      if (spec.artefact || headed.has(spec.id) || place.blockAbove) return;
      // Recognised from its lead-in alone: only its heading is missing, just above the lead-in.
      const headless = doc.sections.some((s) => s.id === spec.id && s.heading === null && s.firstLine !== line);
      const fits = headless
        ? place.nextSection?.id === spec.id && place.nextSection.heading === null && place.nextSection.firstLine === place.next
        : place.sectionsAbove < index && index < place.sectionsBelow;
      if (!fits) return;
      const leadIn = headless ? undefined : spec.leadIns?.[lang][0];
      // A numbered list's heading leaves the writer at its first item: text under the lead-in is no item.
      const firstItem = spec.sequence ? '1. ' : '';
      items.push({
        label: spec.name[lang],
        kind: 'section',
        detail: spec.name[other],
        documentation: spec.holds[says],
        insertText: leadIn ? spec.name[lang] + eol + leadIn + eol + firstItem : spec.name[lang] + eol,
        sortText: sortText(RANK.section, index),
      });
    });

    // The metadata block comes after the sections: its labels once no section follows.
    if (!place.nextSection) {
      FIELDS.forEach((spec, index) => {
        if (spec.id === 'urn' || present.has(spec.id)) return;
        const inPlace = place.fieldsAbove < index && index < place.fieldsBelow;
        items.push({
          label: spec.name[lang],
          kind: 'field',
          detail: spec.name[other],
          documentation: spec.holds[says],
          // The metadata block's labels stand alone, their values below.
          insertText: spec.name[lang] + eol,
          sortText: sortText(inPlace ? RANK.fieldInPlace : RANK.field, index),
        });
      });
    }
  }
  if (items.length === 0) return null;
  const start = match[1].length;
  return { items, range: lines.span(line, start, position.character) };
}
