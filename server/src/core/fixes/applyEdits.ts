import { LineIndex } from '../text/lineIndex';
import type { TextEdit } from '../types';

/**
 * Applies text edits from the bottom of the text up, so earlier offsets stay valid.
 * An edit that overlaps one already applied is skipped, as editors do for fix-all.
 */
export function applyEdits(text: string, edits: readonly TextEdit[], lines = new LineIndex(text)): string {
  const spans = edits
    .map((edit, order) => ({
      start: lines.offsetAt(edit.range.start),
      end: lines.offsetAt(edit.range.end),
      newText: edit.newText,
      order,
    }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.order - a.order);
  // Pieces from the end back, joined once: splicing the text per edit would copy it per edit.
  const pieces: string[] = [];
  let floor = Infinity;
  let rest = text.length;
  for (const span of spans) {
    // Edits that touch at one point (two insertions, or adjacent spans) do not overlap.
    if (span.end > floor) continue;
    pieces.push(text.slice(span.end, rest), span.newText);
    rest = span.start;
    floor = span.start;
  }
  pieces.push(text.slice(0, rest));
  return pieces.reverse().join('');
}
