// S1: the title is the first non-empty line (after a bare URN in PDF copies).

import { say, type Message } from '../messages/message';
import { insertionPoint } from '../fixes/placement';
import { Severity } from '../types';
import { notBegun } from './empty-document';
import { defineRule } from './rule';

const MESSAGES = {
  description: {
    en: 'The document starts with its title (after the URN in PDF copies).',
    cy: "Mae'r ddogfen yn dechrau gyda'i theitl (ar ôl yr URN mewn copïau PDF).",
  },
  titleElsewhere: {
    en: ({ title, line }) => `The document has no title at the top; “${title}” on line ${line} looks like it.`,
    cy: ({ title, line }) => `Nid oes teitl ar frig y ddogfen; mae'n ymddangos mai “${title}” ar linell ${line} yw'r teitl.`,
  } satisfies Message<{ title: string; line: number }>,
  noTitle: {
    en: 'The document has no title: its first line should name the function the standard describes.',
    cy: "Nid oes teitl i'r ddogfen: dylai ei llinell gyntaf enwi'r swyddogaeth y mae'r safon yn ei disgrifio.",
  },
  insertTitle: {
    en: ({ title }) => `Insert “${title}” as the title`,
    cy: ({ title }) => `Mewnosod “${title}” yn deitl`,
  } satisfies Message<{ title: string }>,
};

export const missingTitle = defineRule({
  id: 'missing-title',
  covers: ['S1'],
  defaultSeverity: Severity.Error,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    const { doc } = context;
    if (doc.title || notBegun(doc)) return;
    const trailing = doc.trailingTitle;
    const urnLine = doc.urn && doc.urn.label === '' ? doc.urn.line + 1 : 0;
    // Marked where the title goes, as a missing section is: the heading below is not wrong.
    context.report({
      range: insertionPoint(doc, urnLine),
      message: trailing ? say(MESSAGES.titleElsewhere, { title: trailing.text, line: trailing.range.start.line + 1 }) : MESSAGES.noTitle,
      fixes: trailing
        ? [{
            title: say(MESSAGES.insertTitle, { title: trailing.text }),
            edits: [{ range: doc.lines.span(urnLine, 0, 0), newText: trailing.text + doc.lines.eol }],
            isPreferred: true,
          }]
        : [],
    });
  },
});
