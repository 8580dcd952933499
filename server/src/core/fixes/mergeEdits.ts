// Edits of several fixes made into one valid set: editors reject overlapping edits.

import { comparePositions as compare, type TextEdit } from '../types';

/**
 * The edits in document order without overlaps: a deletion overlapping the deletion
 * before it (an empty heading removed alone and with its parent) joins it; any other
 * edit overlapping the one before it is left out, as applyEdits would.
 */
export function mergeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => compare(a.range.start, b.range.start) || compare(b.range.end, a.range.end));
  const merged: TextEdit[] = [];
  for (const edit of sorted) {
    const last = merged[merged.length - 1];
    // Edits that only touch (two insertions at one point, adjacent spans) do not overlap.
    if (!last || compare(edit.range.start, last.range.end) >= 0) merged.push(edit);
    else if (edit.newText === '' && last.newText === '' && compare(edit.range.end, last.range.end) > 0) {
      merged[merged.length - 1] = { range: { start: last.range.start, end: edit.range.end }, newText: '' };
    }
  }
  return merged;
}
