// Every user-facing string of the editor features (hover, outline) and of the
// document-wide fix, in English and Welsh. Labels from the catalogue (headings,
// metadata labels, what a section holds) live in catalogue.ts.

import type { Inflection } from '../model/termUsage';
import type { Bilingual } from '../types';
import type { Message } from './message';

export const HOVER = {
  criterion: {
    en: ({ n, total }) => `Performance criterion ${n} of ${total} (P${n})`,
    cy: ({ n, total }) => `Maen prawf perfformiad ${n} o ${total} (P${n})`,
  } satisfies Message<{ n: number; total: number }>,
  knowledgeItem: {
    en: ({ n, total }) => `Knowledge item ${n} of ${total} (K${n})`,
    cy: ({ n, total }) => `Eitem wybodaeth ${n} o ${total} (K${n})`,
  } satisfies Message<{ n: number; total: number }>,
  misnumbered: {
    en: ({ written, n }) => `Numbered ${written} here; it should be ${n}.`,
    cy: ({ written, n }) => `Wedi'i rifo'n ${written} yma; dylai fod yn ${n}.`,
  } satisfies Message<{ written: number; n: number }>,
  underElement: {
    en: ({ element }) => `Under “${element}”.`,
    cy: ({ element }) => `O dan “${element}”.`,
  } satisfies Message<{ element: string }>,
  requiredSection: { en: 'Required section.', cy: 'Adran ofynnol.' } satisfies Bilingual,
  optionalSection: { en: 'Optional section.', cy: 'Adran ddewisol.' } satisfies Bilingual,
  leadIn: { en: 'Lead-in', cy: 'Cyflwyniad' } satisfies Bilingual,
  termUsed: {
    en: ({ count }) => `Used ${count} times in the document.`,
    cy: ({ count }) => `Defnyddir ${count} o weithiau yn y ddogfen.`,
  } satisfies Message<{ count: number }>,
  glossary: { en: 'Glossary', cy: 'Geirfa' } satisfies Bilingual,
  /** "*gwsmeriaid*: soft mutation of *cwsmeriaid*" */
  inflection: {
    en: ({ written, inflection, form }) => `*${written}*: ${inflection} of *${form}*`,
    cy: ({ written, inflection, form }) => `*${written}*: ${inflection} o *${form}*`,
  } satisfies Message<{ written: string; inflection: string; form: string }>,
  inflections: {
    radical: { en: 'radical form', cy: 'ffurf gysefin' },
    soft: { en: 'soft mutation', cy: 'treiglad meddal' },
    nasal: { en: 'nasal mutation', cy: 'treiglad trwynol' },
    aspirate: { en: 'aspirate mutation', cy: 'treiglad llaes' },
    'h-prosthesis': { en: 'h- before a vowel', cy: 'h- o flaen llafariad' },
    plural: { en: 'plural', cy: 'lluosog' },
  } satisfies Record<Inflection, Bilingual>,
};

export const OUTLINE = {
  noTitle: { en: '(no title)', cy: '(dim teitl)' } satisfies Bilingual,
  metadata: { en: 'Metadata', cy: 'Metadata' } satisfies Bilingual,
};

export const FIXES = {
  fixAll: { en: 'Fix all safe NOS problems', cy: 'Trwsio pob problem NOS ddiogel' } satisfies Bilingual,
};
