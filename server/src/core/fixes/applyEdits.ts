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
  let result = text;
  let floor = Infinity;
  for (const span of spans) {
    // Edits that touch at one point (two insertions, or adjacent spans) do not overlap.
    if (span.end > floor) continue;
    result = result.slice(0, span.start) + span.newText + result.slice(span.end);
    floor = span.start;
  }
  return result;
}
