// Flattened text (a dataset export whose line breaks became spaces) is read part by part,
// but the checks that read the lines themselves (lead-ins, markup, item punctuation, …)
// wait until each part is on a line of its own: the writer is told so, with the reflow as
// the fix, rather than getting fewer findings without knowing why.

import { reflowEdits } from '../fixes/reflow';
import { Severity } from '../types';
import { defineRule } from './rule';

/** The part that should start a line is marked up to this many characters, ending at a word. */
const MARK = 60;

const MESSAGES = {
  description: {
    en: 'Flattened text, whose headings, lead-ins and items run on in one line, is pointed out: the checks that read lines wait until each part is on a line of its own.',
    cy: "Nodir testun gwastad, lle mae penawdau, cyflwyniadau ac eitemau'n rhedeg ymlaen ar un llinell: mae'r gwiriadau sy'n darllen llinellau yn aros nes bod pob rhan ar linell ar wahân.",
  },
  flattened: {
    en: 'This text is flattened: its headings, lead-ins and items run on in one line. Lead-ins, markup, item punctuation and some other checks wait until each part is on a line of its own.',
    cy: "Mae'r testun hwn yn wastad: mae ei benawdau, ei gyflwyniadau a'i eitemau'n rhedeg ymlaen ar un llinell. Mae'r cyflwyniadau, y marcio, atalnodi'r eitemau a rhai gwiriadau eraill yn aros nes bod pob rhan ar linell ar wahân.",
  },
  /** Also the title of the source action that reflows the text. */
  reflow: {
    en: 'Put each heading, lead-in and item of the flattened text on a line of its own',
    cy: "Rhoi pob pennawd, cyflwyniad ac eitem o'r testun gwastad ar linell ar wahân",
  },
};

export const REFLOW_TITLE = MESSAGES.reflow;

export const flattenedText = defineRule({
  id: 'flattened-text',
  covers: [],
  defaultSeverity: Severity.Information,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    const edits = reflowEdits(context.doc);
    if (edits.length === 0) return;
    // Marked on the first part that should start a line: the space before it is what goes.
    const { lines } = context.doc;
    const { line } = lines.lineAt(edits[0].range.end);
    const text = lines.lineText(line);
    const cut = text.length <= MARK ? text.length : text.lastIndexOf(' ', MARK) > 0 ? text.lastIndexOf(' ', MARK) : MARK;
    context.report({
      range: lines.span(line, 0, text.slice(0, cut).trimEnd().length),
      message: MESSAGES.flattened,
      fixes: [{ title: MESSAGES.reflow, edits, isPreferred: true }],
    });
  },
});
