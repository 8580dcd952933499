// A new, empty or nearly empty document: one calm hint on how to start, instead of
// every missing part reported as an error before the writer has begun.

import type { NosDocument } from '../model/types';
import { Severity } from '../types';
import { defineRule } from './rule';

const MESSAGES = {
  description: {
    en: 'A document that has not begun yet (no heading) gets one hint on how to start, instead of an error for every missing part.',
    cy: "Mae dogfen sydd heb ddechrau eto (heb bennawd) yn cael un awgrym ar sut i ddechrau, yn lle gwall am bob rhan sydd ar goll.",
  },
  howToStart: {
    en: 'This standard has no headings yet. Start from the nos-en or nos-cy snippet (type its name, then Tab), or run “NOS: New standard”.',
    cy: "Nid oes penawdau yn y safon hon eto. Dechreuwch o'r pwt nos-cy neu nos-en (teipiwch ei enw, yna Tab), neu rhedwch “NOS: Safon newydd”.",
  },
};

/** Non-blank lines a document may have (a title, a URN, a line of notes) and still count as not begun. */
const MAX_LINES = 3;
/** Characters such lines may hold: a pasted page on one line is no new document. */
const MAX_CHARACTERS = 1000;

/**
 * True while the document has no section (heading or lead-in) and no metadata field
 * but the URN, in a few short lines at most. The rules about missing parts wait till then.
 */
export function notBegun(doc: NosDocument): boolean {
  if (doc.sections.length > 0 || doc.fields.some((field) => field.id !== 'urn')) return false;
  if (doc.lines.text.length > MAX_CHARACTERS && doc.lines.text.trim().length > MAX_CHARACTERS) return false;
  let count = 0;
  for (let line = 0; line < doc.lines.lineCount; line++) {
    if (doc.lines.lineText(line).trim() !== '' && ++count > MAX_LINES) return false;
  }
  return true;
}

export const emptyDocument = defineRule({
  id: 'empty-document',
  covers: ['S1', 'S2'],
  defaultSeverity: Severity.Information,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  check({ doc, report }) {
    if (!notBegun(doc)) return;
    report({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: MESSAGES.howToStart });
  },
});
