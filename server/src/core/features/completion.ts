// Completion at the start of a line: section headings (with their lead-in), lead-ins
// and metadata labels, in the document's language, missing parts first; what each
// holds in the language of the interface.

import { FIELDS, SECTIONS } from '../catalogue';
import type { NosDocument } from '../model/types';
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

function previousContentLine(doc: NosDocument, line: number): number {
  let l = line - 1;
  while (l >= 0 && doc.lines.lineText(l).trim() === '') l--;
  return l;
}

export function completionsAt(doc: NosDocument, at: Position, says: Lang = doc.language): Completions | null {
  const { lines } = doc;
  const position = lines.lineAt(at);
  // Inside the spaces between two parts of a flattened line, no line starts.
  const cursor = lines.clamp(at);
  const back = lines.position(position.line, position.character);
  if (back.line !== cursor.line || back.character !== cursor.character) return null;
  const text = lines.lineText(position.line);
  const match = LINE_START.exec(text.slice(0, position.character));
  // Labels fill a line: in the middle of one, completion would only get in the way.
  if (!match || text.slice(position.character).trim() !== '') return null;
  const lang = doc.language;
  const other = lang === 'cy' ? 'en' : 'cy';
  const eol = lines.eol;
  const present = new Set<string>([...doc.sections.map((s) => s.id), ...doc.fields.map((f) => f.id)]);
  const items: CompletionSpec[] = [];

  const previous = previousContentLine(doc, position.line);
  const headed = doc.sections.find((s) => s.heading?.line === previous);
  for (const spec of SECTIONS) {
    if (spec.artefact) continue;
    const rank = present.has(spec.id) ? 3 : spec.obligation === 'required' ? 1 : 2;
    const leadIn = spec.leadIns?.[lang][0];
    // A numbered list's heading leaves the writer at its first item: text under the lead-in is no item.
    const firstItem = spec.sequence ? '1. ' : '';
    items.push({
      label: spec.name[lang],
      kind: 'section',
      detail: spec.name[other],
      documentation: spec.holds[says],
      insertText: leadIn ? spec.name[lang] + eol + leadIn + eol + firstItem : spec.name[lang] + eol,
      sortText: `${rank}-${String(items.length).padStart(2, '0')}`,
    });
    if (leadIn && headed?.id === spec.id) {
      for (const text of spec.leadIns![lang]) {
        items.push({ label: text, kind: 'lead-in', detail: spec.name[lang], documentation: spec.leadIns![other][0], insertText: text + eol, sortText: '0' });
      }
    }
  }
  for (const spec of FIELDS) {
    items.push({
      label: spec.name[lang],
      kind: 'field',
      detail: spec.name[other],
      documentation: spec.holds[says],
      // The URN under the title is written "URN: …"; the metadata block's labels stand alone, their values below.
      insertText: spec.id === 'urn' ? 'URN: ' : spec.name[lang] + eol,
      sortText: `${present.has(spec.id) ? 5 : 4}-${spec.id}`,
    });
  }
  const start = match[1].length;
  return { items, range: lines.span(position.line, start, position.character) };
}
