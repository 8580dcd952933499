// S22: every glossary term is used in the document (in Welsh, in any mutated form).

import { removeLines } from '../fixes/lineEdits';
import { say, type Message } from '../messages/message';
import { termKeys } from '../model/glossary';
import { Severity } from '../types';
import { defineRule } from './rule';

const MESSAGES = {
  description: {
    en: 'Every glossary term is used somewhere else in the document; Welsh terms match in their mutated forms too.',
    cy: "Mae pob term yn yr eirfa yn cael ei ddefnyddio rywle arall yn y ddogfen; mae termau Cymraeg yn cyfateb yn eu ffurfiau treigledig hefyd.",
  },
  unused: {
    en: ({ term, forms }) => `The glossary term “${term}” (${forms}) is not used anywhere else in the document.`,
    cy: ({ term, forms }) => `Nid yw'r term “${term}” (${forms}) o'r eirfa yn cael ei ddefnyddio yn unman arall yn y ddogfen.`,
  } satisfies Message<{ term: string; forms: string }>,
  removeEntry: {
    en: ({ term }) => `Remove the glossary entry “${term}”`,
    cy: ({ term }) => `Tynnu'r cofnod “${term}” o'r eirfa`,
  } satisfies Message<{ term: string }>,
};

export const orphanGlossaryTerm = defineRule({
  id: 'orphan-glossary-term',
  covers: ['S22'],
  defaultSeverity: Severity.Information,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    const { doc } = context;
    if (doc.glossary.length === 0) return;
    const used = new Set(context.termUsage().map((use) => use.entry));
    // A term defined twice is glossary-entry's: its uses count for either entry.
    const usedKeys = new Set(doc.glossary.flatMap((entry, index) => (used.has(index) ? termKeys(entry.forms, doc.language) : [])));
    doc.glossary.forEach((entry, index) => {
      if (used.has(index) || entry.forms.some((form) => usedKeys.has(form))) return;
      context.report({
        range: entry.termRange,
        message: say(MESSAGES.unused, { term: entry.term, forms: entry.forms.join(', ') }),
        unnecessary: true,
        fixes: [{ title: say(MESSAGES.removeEntry, { term: entry.term }), edits: [removeLines(doc, entry.line, entry.lastLine)] }],
      });
    });
  },
});
