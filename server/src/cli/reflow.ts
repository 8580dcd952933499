// `nos fix --reflow`: flattened text (dataset exports) rewritten one heading, lead-in,
// item or label per line. Only whitespace between the parts changes.

import { reflowEdits, type Analysis } from '../core';
import type { FileChange } from './fix';
import { bilingual } from '../core/messages/message';
import { CLI } from './messages';

export function reflowChange(analysis: Analysis): FileChange {
  const edits = reflowEdits(analysis.doc);
  return { edits, summary: bilingual(CLI.lineBreaks, { count: edits.length }) };
}
