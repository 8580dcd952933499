// Every user-facing string of the editor features (hover, outline) and of the
// document-wide fix, in English and Welsh. Labels from the catalogue (headings,
// metadata labels, what a section holds) live in catalogue.ts.

import type { Inflection } from '../model/termUsage';
import type { Bilingual } from '../types';
import type { Message } from './message';

export const HOVER = {
  dateReadAs: {
    en: ({ date }) => `Read as ${date}.`,
    cy: ({ date }) => `Darllenir fel ${date}.`,
  } satisfies Message<{ date: string }>,
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
  opening: { en: 'Starts', cy: 'Yn dechrau' } satisfies Bilingual,
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
  fixAll: { en: 'Fix all safe NOS problems', cy: 'Trwsio pob problem SGC ddiogel' } satisfies Bilingual,
};

export const RENAME = {
  notOnTerm: {
    en: 'Only glossary terms can be renamed: put the cursor on a term in the glossary or on one of its uses.',
    cy: "Dim ond termau'r eirfa y gellir eu hailenwi: rhowch y cyrchwr ar derm yn yr eirfa neu ar un o'r mannau lle mae'n cael ei ddefnyddio.",
  } satisfies Bilingual,
  badName: {
    en: ({ name }) => `“${name}” cannot be a glossary term: give a term of one or more words, on one line, without a colon, a dash between spaces or markup.`,
    cy: ({ name }) => `Ni all “${name}” fod yn derm yn yr eirfa: rhowch derm o un gair neu fwy, ar un llinell, heb golon, heb linell doriad rhwng bylchau a heb farciau fformatio.`,
  } satisfies Message<{ name: string }>,
  taken: {
    en: ({ name, term }) => `“${name}” is already in the glossary, as “${term}”: rename that entry or choose another name.`,
    cy: ({ name, term }) => `Mae “${name}” yn yr eirfa yn barod, fel “${term}”: ailenwch y cofnod hwnnw neu dewiswch enw arall.`,
  } satisfies Message<{ name: string; term: string }>,
  needsPlural: {
    en: 'The term is used in the plural too: give its plural as well, in brackets after the term, as in “Cwsmer(iaid)”.',
    cy: "Mae'r term yn cael ei ddefnyddio yn y lluosog: rhowch y ffurf luosog hefyd, mewn cromfachau ar ôl y term, fel “Cwsmer(iaid)”.",
  } satisfies Bilingual,
};
