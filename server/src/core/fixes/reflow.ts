// Flattened text rewritten in the usual layout: each part the parser read as a line
// (heading, lead-in, item, label, footer) goes on a line of its own. Only the spaces
// between two parts of one line change, into a line break, so the text reads as it
// was read: the result parses to the same model.

import type { NosDocument } from '../model/types';
import { SegmentedLineIndex } from '../text/segmentedLines';
import type { TextEdit } from '../types';

/** The edits that reflow the document; none when its text is not flattened. */
export function reflowEdits(doc: NosDocument): TextEdit[] {
  const { lines } = doc;
  if (!(lines instanceof SegmentedLineIndex)) return [];
  const edits: TextEdit[] = [];
  for (let line = 1; line < lines.lineCount; line++) {
    const end = lines.lineEnd(line - 1);
    const start = lines.lineStart(line);
    // Parts of two lines of the text are already apart.
    if (lines.physical.positionAt(end).line !== lines.physical.positionAt(start).line) continue;
    edits.push({ range: { start: lines.positionAt(end), end: lines.positionAt(start) }, newText: lines.eol });
  }
  return edits;
}
