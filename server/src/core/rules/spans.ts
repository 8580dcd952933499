// The writer's text on each line of a section: what rules about words and characters
// look at. Headings, lead-ins, item labels, page footers and the wrapper of a
// sub-heading written "**X**" or "# X" are structure, not text.

import { remember, remembered } from '../memo';
import type { NosDocument, Section } from '../model/types';

/** A line and the offsets of its text: [line, from, to]. */
export type Span = [number, number, number];

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
function unwrapped(text: string, from: number, to: number): [number, number] {
  const lead = /^(#{1,6}\s+|[*_]+)/.exec(text.slice(from, to));
  if (!lead) return [from, to];
  const body = lead[0].trim();
  if (body[0] === '#') return [from + lead[0].length, to];
  const tail = text.slice(from, to).endsWith(body) ? body.length : -1;
  return tail < 0 || to - from <= 2 * body.length ? [from, to] : [from + body.length, to - body.length];
}

const SPANS = Symbol('spans');

/** Lines of a section with the span of writer's text on each; remembered with the section, which several rules read. */
export function sectionSpans(doc: NosDocument, section: Section): Span[] {
  return remembered<Span[]>(section, SPANS) ?? remember(section, SPANS, spansOf(doc, section));
}

function spansOf(doc: NosDocument, section: Section): Span[] {
  const { lines } = doc;
  const spans: Span[] = [];
  const noise = doc.noiseLines.length ? new Set(doc.noiseLines) : null;
  // Items, elements and lead-ins are in line order: walked with one cursor each.
  const { items, elements, leadIns } = section;
  let item = 0;
  let element = 0;
  let leadIn = 0;
  for (let line = section.firstLine; line <= section.lastLine; line++) {
    while (item < items.length && items[item].line < line) item++;
    while (element < elements.length && elements[element].line < line) element++;
    while (leadIn < leadIns.length && leadIns[leadIn].line < line) leadIn++;
    if (line === section.heading?.line || leadIns[leadIn]?.line === line || noise?.has(line)) continue;
    const text = lines.lineText(line);
    const [, first, end] = lineSpan(text, line);
    let start = items[item]?.line === line ? items[item].labelRange.end.character : first;
    if (start >= end) continue;
    if (section.id === 'glossary') start += /^[-–•*▪◦·][ \t\u00a0]+/.exec(text.slice(start))?.[0].length ?? 0;
    const [from, to] = elements[element]?.line === line ? unwrapped(text, start, end) : [start, end];
    spans.push([line, from, to]);
  }
  return spans;
}
