// Flattened text (flat/split.ts) is recognised after the text has been read line by
// line: a draft whose performance criteria and knowledge headings stand on lines of
// their own is not flattened, which settles almost every draft for free. Otherwise
// the text is flattened when one of its lines carries two parts that always start a
// line: a heading and its lead-in, two metadata labels.

import type { LineChange, LineIndex } from '../../text/lineIndex';
import { SegmentedLineIndex } from '../../text/segmentedLines';
import type { NosDocument } from '../types';
import { cutElements } from './elements';
import { labelHints, type LabelMatch } from './labels';
import { acceptedLabel, splitFlattened, words } from './split';

/** Parts that start a line wherever they are: multi-word headings and labels, lead-ins. */
function strong(label: LabelMatch): boolean {
  return label.kind === 'leadin' || label.colon || label.multiWord;
}

/** Whether a line of the text carries two parts that each start a line. */
export function looksFlattened(text: string): boolean {
  // No length limit: the reading must not change when a fix shortens a line, as the
  // translation of "Cysylltiadau allanol Performance criteria" into English does.
  if (labelHints(text) < 2) return false;
  const list = words(text, 0, text.length);
  const context = { section: null, metadata: false, sequence: true };
  let found = 0;
  for (let i = 0; i < list.length; i++) {
    const label = acceptedLabel(text, list, i, context, null);
    if (!label || !strong(label)) continue;
    if (++found === 2) return true;
    while (i + 1 < list.length && list[i + 1].start < label.end) i++;
  }
  return false;
}

/** Whether the text may be flattened: it was read line by line and lacks a list heading on a line of its own. */
function mayBeFlattened(doc: NosDocument): boolean {
  const headed = (id: string) => doc.sections.some((s) => s.id === id && s.heading !== null);
  return !(doc.lines instanceof SegmentedLineIndex) && !(headed('performance-criteria') && headed('knowledge-understanding'));
}

/**
 * The lines to read a parsed document from again, one part per line, if its text is
 * flattened. After an edit of a text that was looked at and found not flattened, only
 * the changed lines need looking at.
 */
export function flattenedLines(doc: NosDocument, edited?: { previous: NosDocument; change: LineChange }): LineIndex | null {
  if (!mayBeFlattened(doc)) return null;
  const { lines } = doc;
  const known = edited && mayBeFlattened(edited.previous);
  const from = known ? edited.change.first : 0;
  const to = known ? edited.change.newEnd : lines.lineCount;
  for (let line = from; line < to; line++) {
    if (!looksFlattened(lines.lineText(line))) continue;
    const parts = cutElements(lines.text, splitFlattened(lines.text, lines));
    return new SegmentedLineIndex(lines.text, lines, parts.starts, parts.ends);
  }
  return null;
}
