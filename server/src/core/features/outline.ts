// The document outline: title > sections > element sub-headings > items, then the
// metadata fields. Items of the P and K lists are named by their position (P12, K3).
// A document of more items than any standard has (a hundred standards pasted into one
// file) is outlined without them: each is a symbol the editor reads and draws again
// after every edit, and past a thousand an outline is no longer a map of the text.

import { fieldSpec, sectionSpec } from '../catalogue';
import type { Item, NosDocument, Section } from '../model/types';
import { remember, remembered } from '../memo';
import { elementLastLine } from './folding';
import { OUTLINE } from '../messages/features';
import type { Lang, Range } from '../types';

export type OutlineKind = 'document' | 'section' | 'element' | 'item' | 'term' | 'metadata' | 'field';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: OutlineKind;
  range: Range;
  selectionRange: Range;
  children: OutlineNode[];
}

const NAME_LENGTH = 60;
/** Items listed in an outline at most: a standard has tens. */
export const MAX_OUTLINE_ITEMS = 1_000;

function shorten(text: string): string {
  // Clean only what can show (items run to hundreds of characters), and only markup:
  // names are built for every item on every outline request.
  const head = text.slice(0, NAME_LENGTH * 2);
  const clean = (head.includes('*') || head.includes('_') ? head.replace(/[*_]+/g, '') : head).trim();
  return clean.length > NAME_LENGTH ? clean.slice(0, NAME_LENGTH - 1).trimEnd() + '…' : clean;
}

function itemNode(section: Section, item: Item, position: number): OutlineNode {
  const letter = sectionSpec(section.id).sequence;
  const name = letter ? `${letter}${position + 1} ${shorten(item.text)}` : `${item.label} ${shorten(item.text)}`;
  return {
    name,
    detail: letter && item.label !== `${position + 1}.` ? item.label : '',
    kind: 'item',
    range: item.range,
    selectionRange: item.labelRange,
    children: [],
  };
}

// Sections an edit did not reach are the same objects as before: keep their nodes.
// A glossary heading's node lists the document's terms, which may change without it.
const NODE = Symbol('outline node');
type RememberedNode = { lang: string; glossary: NosDocument['glossary']; withItems: boolean; node: OutlineNode };

function cachedSectionNode(doc: NosDocument, section: Section, withItems: boolean): OutlineNode {
  const cached = remembered<RememberedNode>(section, NODE);
  if (cached?.lang === doc.language && cached.withItems === withItems && (section.id !== 'glossary' || cached.glossary === doc.glossary)) return cached.node;
  const node = sectionNode(doc, section, withItems);
  return remember<RememberedNode>(section, NODE, { lang: doc.language, glossary: doc.glossary, withItems, node }).node;
}

function sectionNode(doc: NosDocument, section: Section, withItems: boolean): OutlineNode {
  const spec = sectionSpec(section.id);
  const items = withItems ? section.items.map((item, i) => itemNode(section, item, i)) : [];
  const loose = items.filter((_, i) => section.items[i].element === null);
  const elements = section.elements.map((element, index): OutlineNode => {
    // An element's items are the contiguous run firstItem..endItem.
    const children = items.slice(element.firstItem, element.endItem);
    const count = element.endItem - element.firstItem;
    const lastLine = elementLastLine(section, index);
    return {
      name: shorten(element.label) || '…',
      detail: count ? `${count}` : '',
      kind: 'element',
      range: doc.lines.linesRange(element.line, lastLine),
      selectionRange: element.range,
      children,
    };
  });
  const terms = section.id === 'glossary'
    ? doc.glossary.map((entry): OutlineNode => ({
        name: entry.term,
        detail: shorten(entry.definition),
        kind: 'term',
        range: entry.range,
        selectionRange: entry.termRange,
        children: [],
      }))
    : [];
  const other = doc.language === 'cy' ? 'en' : 'cy';
  return {
    name: section.heading?.text ?? spec.name[doc.language],
    detail: spec.sequence ? `${spec.name[other]} · ${section.items.length}` : spec.name[other],
    kind: 'section',
    range: section.range,
    selectionRange: section.heading?.range ?? section.leadIns[0]?.range ?? section.range,
    children: [...loose, ...elements, ...terms].sort((a, b) => a.range.start.line - b.range.start.line),
  };
}

function metadataNode(doc: NosDocument, lang: Lang): OutlineNode | null {
  const fields = doc.fields.filter((f) => !f.header && f.label);
  if (fields.length === 0) return null;
  const children = fields.map((field): OutlineNode => ({
    name: field.label,
    detail: shorten(field.value) || fieldSpec(field.id).name[doc.language === 'cy' ? 'en' : 'cy'],
    kind: 'field',
    range: field.range,
    selectionRange: field.labelRange,
    children: [],
  }));
  const first = fields[0].line;
  const last = fields[fields.length - 1].lastLine;
  return {
    name: OUTLINE.metadata[lang],
    detail: `${fields.length}`,
    kind: 'metadata',
    range: doc.lines.linesRange(first, last),
    selectionRange: fields[0].labelRange,
    children,
  };
}

/** `lang` names the parts the document does not (its metadata block, a missing title). */
export function outline(doc: NosDocument, lang: Lang = doc.language): OutlineNode[] {
  const { lines } = doc;
  const whole = lines.linesRange(0, lines.lineCount - 1);
  const header = doc.fields
    .filter((f) => f.header && f.label)
    .map((field): OutlineNode => ({
      name: field.label,
      detail: shorten(field.value),
      kind: 'field',
      range: field.range,
      selectionRange: field.labelRange,
      children: [],
    }));
  const metadata = metadataNode(doc, lang);
  let items = 0;
  for (const section of doc.sections) items += section.items.length;
  const withItems = items <= MAX_OUTLINE_ITEMS;
  const children = [...header, ...doc.sections.map((s) => cachedSectionNode(doc, s, withItems)), ...(metadata ? [metadata] : [])];
  const title = doc.title;
  return [{
    name: title ? title.text : OUTLINE.noTitle[lang],
    detail: doc.urn?.value ?? '',
    kind: 'document',
    range: whole,
    selectionRange: title?.range ?? lines.span(0, 0, 0),
    children,
  }];
}
