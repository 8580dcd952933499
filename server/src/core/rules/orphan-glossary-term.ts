// S22: every glossary term is used in the document (in Welsh, in any mutated form).

import { removeLines } from '../fixes/lineEdits';
import { Severity } from '../types';
import type { Rule } from './rule';

export const orphanGlossaryTerm: Rule = {
  id: 'orphan-glossary-term',
  covers: ['S22'],
  defaultSeverity: Severity.Information,
  description: {
    en: 'Every glossary term is used somewhere else in the document; Welsh terms match in their mutated forms too.',
    cy: "Mae pob term yn yr eirfa yn cael ei ddefnyddio rywle arall yn y ddogfen; mae termau Cymraeg yn cyfateb yn eu ffurfiau treigledig hefyd.",
  },
  check(context) {
    const { doc } = context;
    if (doc.glossary.length === 0) return;
    const used = new Set(context.termUsage().map((use) => use.entry));
    doc.glossary.forEach((entry, index) => {
      if (used.has(index)) return;
      const forms = entry.forms.join(', ');
      context.report({
        range: entry.termRange,
        message: {
          en: `The glossary term “${entry.term}” (${forms}) is not used anywhere else in the document.`,
          cy: `Nid yw'r term “${entry.term}” (${forms}) o'r eirfa yn cael ei ddefnyddio yn unman arall yn y ddogfen.`,
        },
        unnecessary: true,
        fixes: [{
          title: { en: `Remove the glossary entry “${entry.term}”`, cy: `Tynnu'r cofnod “${entry.term}” o'r eirfa` },
          edits: [removeLines(doc, entry.line, entry.lastLine)],
        }],
      });
    });
  },
};
