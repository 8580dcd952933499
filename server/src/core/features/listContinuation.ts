// Enter in a numbered list: the new line starts with the next label ("7. …" → "8. ",
// "P7 …" → "P8 "), and Enter on an item with no text ends the list. Editors can only
// append fixed text on Enter, so the label comes from here, as on-type formatting.

import { sectionSpec } from '../catalogue';
import type { Item, NosDocument, Section } from '../model/types';
import type { Position, TextEdit } from '../types';

export interface ContinuationOptions {
  /** Renumber the items after the new one, so the list stays 1..n as it grows. */
  renumber?: boolean;
}

/** The label after `item`'s, in its style; null for labels that do not count ("1 " alone is no list). */
function nextLabel(item: Item): string | null {
  if (item.style === 'bullet') return item.label;
  if (item.number === null || item.style === 'bare') return null;
  const next = item.number + 1;
  if (item.style === 'prefix') return `${item.prefix}${next}`;
  return `${next}${item.style === 'paren' ? ')' : '.'}`;
}

function itemOn(doc: NosDocument, line: number): { section: Section; index: number; item: Item } | null {
  const section = doc.sections.find((s) => s.firstLine <= line && line <= s.lastLine);
  if (!section) return null;
  const index = section.items.findIndex((item) => item.line <= line && line <= item.lastLine);
  if (index < 0) return null;
  // A line of an item's sub-list continues the sub-list.
  const top = section.items[index];
  return { section, index, item: top.subItems.find((sub) => sub.line <= line && line <= sub.lastLine) ?? top };
}

/** What stands between a label and its text on its line: a space, a tab or a no-break space. */
function separatorOf(doc: NosDocument, item: Item): string {
  const text = doc.lines.lineText(item.line);
  const gap = /^[ \t\u00a0]+/.exec(text.slice(item.labelRange.end.character));
  return gap ? gap[0] : ' ';
}

/** New numbers for the items after `index` in its list, counting on from `first`. */
function renumberAfter(section: Section, index: number, first: number): TextEdit[] {
  const edits: TextEdit[] = [];
  const start = section.items[index];
  let expected = first;
  for (let i = index + 1; i < section.items.length; i++) {
    const item = section.items[i];
    // A list restarts under each range category; criteria run through the whole section.
    if (item.element !== start.element && !sectionSpec(section.id).sequence) break;
    if (item.numberRange === null || item.style !== start.style) break;
    if (item.number !== expected) edits.push({ range: item.numberRange, newText: String(expected) });
    expected++;
  }
  return edits;
}

/**
 * Edits after a line break typed at `position` (the start of the new line, after any
 * indentation the editor added): the next item's label, or the end of the list.
 */
export function continueList(doc: NosDocument, position: Position, options: ContinuationOptions = {}): TextEdit[] {
  const { lines } = doc;
  const { line, character } = position;
  if (line < 1 || line >= lines.lineCount || character < 0) return [];
  const text = lines.lineText(line);
  if (character > text.length || text.slice(0, character).trim() !== '' || lines.lineText(line - 1).trim() === '') return [];
  const found = itemOn(doc, line - 1);
  if (!found) return [];
  const { item } = found;
  const label = nextLabel(item);
  if (label === null) return [];
  const rest = text.slice(character);

  // Enter on an item with nothing after its label ends the list: the label goes.
  if (item.text.trim() === '' && item.line === line - 1) {
    if (rest.trim() !== '') return [];
    return [{ range: { start: { line: line - 1, character: 0 }, end: position }, newText: '' }];
  }
  // Text carried down by the break keeps its words, not the spaces before them.
  const spaces = rest.length - rest.trimStart().length;
  const edits: TextEdit[] = [{
    range: { start: position, end: { line, character: character + spaces } },
    newText: label + separatorOf(doc, item),
  }];
  if (options.renumber && item.number !== null) {
    for (const edit of renumberAfter(found.section, found.index, item.number + 2)) edits.push(edit);
  }
  return edits;
}
