// Edits that add or remove whole lines, keeping the document's line breaks and
// blank-line style, so a fix changes nothing but what it means to.

import type { NosDocument } from '../model/types';
import type { Position, TextEdit } from '../types';

/**
 * Whether a line of the parser starts inside a line of the text (a part of flattened text):
 * lines inserted there start with a line break of their own.
 */
export const midLine = (point: Position): boolean => point.character !== 0;

/** Removes lines first..last and the blank lines that follow them. */
export function removeLines(doc: NosDocument, first: number, last: number): TextEdit {
  const { lines } = doc;
  let end = last;
  while (end + 1 < lines.lineCount && lines.lineText(end + 1).trim() === '') end++;
  // At the end of the text, take the blank lines before instead, so no break dangles.
  let start = first;
  if (end + 1 >= lines.lineCount) {
    while (start > 0 && lines.lineText(start - 1).trim() === '') start--;
  }
  return { range: lines.wholeLinesRange(start, end), newText: '' };
}

/**
 * Inserts a block of lines before `line`, or at the end of the text when `line` is
 * past the last line. In documents whose headings stand in their own paragraphs the
 * block's lines are separated, and surrounded, by blank lines.
 */
export function insertBlock(doc: NosDocument, line: number, block: string[]): TextEdit {
  const { lines } = doc;
  const eol = lines.eol;
  const spaced = doc.spacedHeadings;
  const body = (spaced ? block.flatMap((l, i) => (i === 0 ? [l] : ['', l])) : block).join(eol);
  const last = lines.lineCount - 1;
  const at = line > last && lines.lineText(last) === '' && last > 0 ? last : line;
  if (at > last) {
    const end = lines.position(last, lines.lineEnd(last) - lines.lineStart(last));
    return { range: { start: end, end }, newText: eol + (spaced ? eol : '') + body };
  }
  const blankBefore = at === 0 || lines.lineText(at - 1).trim() === '';
  const blankAfter = lines.lineText(at).trim() === '';
  const point = lines.position(at, 0);
  const opening = midLine(point) ? eol + (spaced ? eol : '') : spaced && !blankBefore ? eol : '';
  return { range: { start: point, end: point }, newText: opening + body + eol + (spaced && !blankAfter ? eol : '') };
}
