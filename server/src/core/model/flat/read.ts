// The lines the parser reads: the text's own lines, or, for flattened text, the parts
// of them that would each be a line (split.ts). Text is flattened when one of its lines
// carries two parts that always start a line: a heading and its lead-in, two metadata
// labels. The test looks only at long lines, and on a keystroke only at changed ones.

import { LineIndex, type LineChange, type TextChange } from '../../text/lineIndex';
import { SegmentedLineIndex } from '../../text/segmentedLines';
import { cutElements } from './elements';
import type { LabelMatch } from './labels';
import { acceptedLabel, splitFlattened, words } from './split';

/** Shorter lines cannot hold a heading, a lead-in and text. */
const MIN_LENGTH = 40;
/** Parts that start a line wherever they are: multi-word headings and labels, lead-ins. */
function strong(label: LabelMatch): boolean {
  return label.kind === 'leadin' || label.colon || label.multiWord;
}

/** Whether a line of the text carries two parts that each start a line. */
export function looksFlattened(text: string): boolean {
  if (text.length < MIN_LENGTH) return false;
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

function isFlattened(lines: LineIndex, from: number, to: number): boolean {
  for (let line = from; line < to; line++) {
    if (lines.lineEnd(line) - lines.lineStart(line) >= MIN_LENGTH && looksFlattened(lines.lineText(line))) return true;
  }
  return false;
}

/** The lines of a text as the parser reads them. */
export function readLines(text: string): LineIndex {
  const physical = new LineIndex(text);
  if (!isFlattened(physical, 0, physical.lineCount)) return physical;
  const parts = cutElements(text, splitFlattened(text, physical));
  return new SegmentedLineIndex(text, physical, parts.starts, parts.ends, readLines);
}

/**
 * The lines of an edited text, re-using the earlier ones where the edit allows:
 * flattened text is read afresh, and so is text that an edit made flattened.
 */
export function editLines(previous: LineIndex, text: string, edit: TextChange): { lines: LineIndex; change: LineChange } {
  const edited = previous.edited(text, edit);
  if (edited.lines instanceof SegmentedLineIndex || !isFlattened(edited.lines, edited.change.first, edited.change.newEnd)) return edited;
  const lines = readLines(text);
  return { lines, change: { first: 0, oldEnd: previous.lineCount, newEnd: lines.lineCount } };
}
