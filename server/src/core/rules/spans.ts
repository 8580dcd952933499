// The writer's text on each line of a section: what rules about words and characters
// look at. Headings, lead-ins, item labels, page footers and the wrapper of a
// sub-heading written "**X**" or "# X" are structure, not text. Worked out from the
// section alone, so that section checks can use it.

import { movable, remember, remembered } from '../memo';
import type { Item, NosDocument, Section } from '../model/types';
import { blankAsSeen } from '../text/normalise';
import type { Range } from '../types';

/** A line and the offsets of its text: [line, from, to]. */
export type Span = [number, number, number];

export function span(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

const isSpace = (code: number) => code === 32 || code === 9 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000 || code === 0xfeff;

/** A whole line's text without the spaces around it. */
export function lineSpan(text: string, line: number): Span {
  let from = 0;
  let to = text.length;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return [line, from, to];
}

/** The span of a line's text, without the wrapper of a sub-heading written "**X**", "# X" or "_X_". */
export function unwrapped(text: string, from: number, to: number): [number, number] {
  const lead = /^(#{1,6}\s+|[*_]+)/.exec(text.slice(from, to));
  if (!lead) return [from, to];
  const body = lead[0].trim();
  if (body[0] === '#') return [from + lead[0].length, to];
  const tail = text.slice(from, to).endsWith(body) ? body.length : -1;
  return tail < 0 || to - from <= 2 * body.length ? [from, to] : [from + body.length, to - body.length];
}

/** What each line of a section is, as far as the text rules care. */
export type LineRole = 'heading' | 'lead-in' | 'item' | 'continuation' | 'element' | 'text' | 'noise' | 'blank';

const ROLES = Symbol('line roles');
const ALL_ITEMS = Symbol('items and sub-items');
// Roles are by line of the section, from its first: a moved section has the same.
movable<LineRole[]>(ROLES, (roles) => roles);

/** The section's items and their sub-lists' items, in line order; remembered with the section. */
export function allItems(section: Section): readonly Item[] {
  const known = remembered<Item[]>(section, ALL_ITEMS);
  if (known) return known;
  const all: Item[] = [];
  const add = (items: readonly Item[]) => {
    for (const item of items) {
      all.push(item);
      add(item.subItems);
    }
  };
  add(section.items);
  return remember(section, ALL_ITEMS, all);
}

/** The last line of an item's own text: before its sub-list, which follows it. */
export function ownLastLine(item: Item): number {
  return item.subItems.length ? item.subItems[0].line - 1 : item.lastLine;
}

/**
 * Whether nothing a reader sees follows the item's label on its line (spaces and invisible
 * characters may). A bare number alone on its line is no item (model/classify.ts): such a
 * label must not become one, nor one whose invisible characters invisible-character's fix
 * turns into spaces.
 */
export function labelAlone(lineText: (line: number) => string, item: Item): boolean {
  const line = lineText(item.line);
  return blankAsSeen(line.slice(labelEnd(line, item)));
}

/** Where the item's label ends in its line's text. */
export function labelEnd(line: string, item: Item): number {
  // Only spaces stand before the label (positions in flattened text are not the line's).
  return line.indexOf(item.label) + item.label.length;
}

/**
 * The role of each line of the section (index 0 is its first line), remembered with it.
 * The parser records every line it keeps (items' continuation lines, paragraphs,
 * elements, lead-ins): a line that is none of these is a page footer it skipped.
 */
export function lineRoles(section: Section, lineText: (line: number) => string): LineRole[] {
  const known = remembered<LineRole[]>(section, ROLES);
  if (known) return known;
  const first = section.firstLine;
  const roles = new Array<LineRole>(section.lastLine - first + 1).fill('noise');
  for (let line = first; line <= section.lastLine; line++) if (lineText(line).trim() === '') roles[line - first] = 'blank';
  for (const line of section.paragraphLines) roles[line - first] = 'text';
  for (const element of section.elements) roles[element.line - first] = 'element';
  const items = allItems(section);
  for (const item of items) roles[item.line - first] = 'item';
  for (const item of items) for (const line of item.continuationLines) roles[line - first] = 'continuation';
  for (const leadIn of section.leadIns) roles[leadIn.line - first] = 'lead-in';
  if (section.heading) roles[section.heading.line - first] = 'heading';
  return remember(section, ROLES, roles);
}

const SPANS = Symbol('spans');
movable<Span[]>(SPANS, (spans, lines) => spans.map(([line, from, to]): Span => [line + lines, from, to]));

/** Lines of a section with the span of writer's text on each; remembered with the section, which several rules read. */
/** The writer's text outside sections: the title's and that of the loose lines before the first section. */
export function outsideSpans(doc: NosDocument): Span[] {
  const spans: Span[] = [];
  if (doc.title) spans.push([doc.title.line, doc.title.range.start.character, doc.title.range.end.character]);
  for (const line of doc.looseLines) spans.push(lineSpan(doc.lines.lineText(line), line));
  return spans;
}

export function sectionSpans(section: Section, lineText: (line: number) => string): Span[] {
  return remembered<Span[]>(section, SPANS) ?? remember(section, SPANS, spansOf(section, lineText));
}

function spansOf(section: Section, lineText: (line: number) => string): Span[] {
  const spans: Span[] = [];
  const roles = lineRoles(section, lineText);
  const items = allItems(section);
  let item = 0;
  for (let line = section.firstLine; line <= section.lastLine; line++) {
    const role = roles[line - section.firstLine];
    if (role === 'heading' || role === 'lead-in' || role === 'noise' || role === 'blank') continue;
    while (item < items.length && items[item].line < line) item++;
    const text = lineText(line);
    const [, first, end] = lineSpan(text, line);
    let start = role === 'item' ? items[item].labelRange.end.character : first;
    if (start >= end) continue;
    if (section.id === 'glossary') start += /^[-–•*▪◦·][ \t\u00a0]+/.exec(text.slice(start))?.[0].length ?? 0;
    const [from, to] = role === 'element' || section.id === 'glossary' ? unwrapped(text, start, end) : [start, end];
    spans.push([line, from, to]);
  }
  return spans;
}
