// The document model as `outline --format json` prints it: a stable, documented shape
// rather than the parser's internal fields.

import { sectionSpec, unwrapped, type Element, type GlossaryEntry, type Item, type MetadataField, type NosDocument, type Range, type Section } from '../core';

interface ItemJson {
  label: string;
  number: number | null;
  text: string;
  range: Range;
}

interface ElementJson {
  label: string;
  range: Range;
  /** 1-based positions in the section's items; null when the element has none. */
  firstItem: number | null;
  lastItem: number | null;
}

interface SectionJson {
  id: string;
  label: string;
  range: Range;
  items: ItemJson[];
  elements: ElementJson[];
}

export interface OutlineJson {
  title: string | null;
  urn: string | null;
  language: string;
  sections: SectionJson[];
  glossary: { term: string; forms: string[]; definition: string; range: Range }[];
  metadata: Record<string, { label: string; value: string; range: Range }>;
}

function item({ label, number, text, range }: Item): ItemJson {
  return { label, number, text, range };
}

function element({ label, range, firstItem, endItem }: Element): ElementJson {
  const empty = endItem <= firstItem;
  // The sub-heading's words, as for sections: not the "**X**" or "# X" it may be written in.
  const [from, to] = unwrapped(label, 0, label.length);
  return { label: label.slice(from, to), range, firstItem: empty ? null : firstItem + 1, lastItem: empty ? null : endItem };
}

function section(doc: NosDocument, s: Section): SectionJson {
  return {
    id: s.id,
    label: s.heading?.text ?? sectionSpec(s.id).name[doc.language],
    range: s.range,
    items: s.items.map(item),
    elements: s.elements.map(element),
  };
}

function glossaryEntry({ term, forms, definition, range }: GlossaryEntry): OutlineJson['glossary'][number] {
  return { term, forms: [...forms], definition, range };
}

/** Each field's first occurrence, header fields included. */
function metadata(fields: readonly MetadataField[]): OutlineJson['metadata'] {
  const byId: OutlineJson['metadata'] = {};
  for (const { id, label, value, range } of fields) byId[id] ??= { label, value, range };
  return byId;
}

export function outlineJson(doc: NosDocument): OutlineJson {
  return {
    title: doc.title?.text ?? null,
    urn: doc.urn?.value ?? null,
    language: doc.language,
    sections: doc.sections.map((s) => section(doc, s)),
    glossary: doc.glossary.map(glossaryEntry),
    metadata: metadata(doc.fields),
  };
}
