// S1: the title is the first non-empty line (after a bare URN in PDF copies).

import type { NosDocument } from '../model/types';
import { Severity } from '../types';
import type { Rule } from './rule';

function firstContentLine(doc: NosDocument): number {
  for (let line = 0; line < doc.lines.lineCount; line++) {
    if (doc.lines.lineText(line).trim() !== '') return line;
  }
  return 0;
}

export const missingTitle: Rule = {
  id: 'missing-title',
  covers: ['S1'],
  defaultSeverity: Severity.Error,
  description: {
    en: 'The document starts with its title (after the URN in PDF copies).',
    cy: "Mae'r ddogfen yn dechrau gyda'i theitl (ar ôl yr URN mewn copïau PDF).",
  },
  check(context) {
    const { doc } = context;
    if (doc.title) return;
    const line = firstContentLine(doc);
    const trailing = doc.trailingTitle;
    const urnLine = doc.urn && doc.urn.label === '' ? doc.urn.line + 1 : 0;
    context.report({
      range: doc.lines.lineRange(line),
      message: trailing
        ? {
            en: `The document has no title at the top; “${trailing.text}” on line ${trailing.range.start.line + 1} looks like it.`,
            cy: `Nid oes teitl ar frig y ddogfen; mae'n ymddangos mai “${trailing.text}” ar linell ${trailing.range.start.line + 1} yw'r teitl.`,
          }
        : {
            en: 'The document has no title: its first line should name the function the standard describes.',
            cy: "Nid oes teitl i'r ddogfen: dylai ei llinell gyntaf enwi'r swyddogaeth y mae'r safon yn ei disgrifio.",
          },
      fixes: trailing
        ? [{
            title: { en: `Insert “${trailing.text}” as the title`, cy: `Mewnosod “${trailing.text}” yn deitl` },
            edits: [{ range: doc.lines.span(urnLine, 0, 0), newText: trailing.text + doc.lines.eol }],
            isPreferred: true,
          }]
        : [],
    });
  },
};
