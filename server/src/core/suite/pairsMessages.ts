// Every string pair-alignment shows, in English and Welsh, and the message of a difference
// as one version reads it: its own value first ("here"), then the other version's, named by
// language and place ("the Welsh version (cy/ffeil.nos.txt:21)").

import { fieldSpec, sectionSpec } from '../catalogue';
import type { Message } from '../messages/message';
import type { Lang } from '../types';
import type { Both, CountedSection, Difference } from './pairsAlign';

/** The other version: its language and "file:line". */
interface There {
  version: string;
  at: string;
}
type Counts = There & { here: number; there: number };

const NOUNS: Readonly<Record<Lang, Record<CountedSection, (n: number) => string>>> = {
  en: {
    'performance-criteria': (n) => (n === 1 ? 'performance criterion' : 'performance criteria'),
    'knowledge-understanding': (n) => (n === 1 ? 'knowledge item' : 'knowledge items'),
  },
  // A Welsh noun stays singular after a numeral.
  cy: {
    'performance-criteria': () => 'maen prawf perfformiad',
    'knowledge-understanding': () => 'eitem wybodaeth',
  },
};

export const PAIR_MESSAGES = {
  description: {
    en: 'The English and Welsh versions of a standard match in structure: criteria and knowledge items, element sub-headings, sections, and the metadata both must give alike.',
    cy: "Mae fersiynau Saesneg a Chymraeg safon yn cyfateb o ran strwythur: meini prawf ac eitemau gwybodaeth, is-benawdau elfennau, adrannau, a'r metadata y mae'n rhaid i'r ddwy ei roi yr un fath.",
  },
  versions: {
    en: { en: 'the English version', cy: 'the Welsh version' },
    cy: { en: 'y fersiwn Saesneg', cy: 'y fersiwn Gymraeg' },
  },
  items: {
    en: ({ here, there, version, at, noun }) => `${here} ${noun} here; ${there} in ${version} (${at}).`,
    cy: ({ here, there, version, at, noun }) => `${here} ${noun} yma; ${there} yn ${version} (${at}).`,
  } satisfies Message<Counts & { noun: string }>,
  elementItems: {
    en: ({ here, there, version, at, noun }) => `${here} ${noun} under this element; ${there} under the matching element in ${version} (${at}).`,
    cy: ({ here, there, version, at, noun }) => `${here} ${noun} o dan yr elfen hon; ${there} o dan yr elfen gyfatebol yn ${version} (${at}).`,
  } satisfies Message<Counts & { noun: string }>,
  elements: {
    en: ({ here, there, version, at, section }) =>
      `“${section}” has ${here} element sub-heading${here === 1 ? '' : 's'} here; ${there} in ${version} (${at}).`,
    cy: ({ here, there, version, at, section }) => `Mae ${here} is-bennawd elfen o dan “${section}” yma; ${there} yn ${version} (${at}).`,
  } satisfies Message<Counts & { section: string }>,
  sectionHere: {
    en: ({ section, version, at }) => `“${section}” is in this version but not in ${version} (${at}).`,
    cy: ({ section, version, at }) => `Mae “${section}” yn y fersiwn hon ond nid yn ${version} (${at}).`,
  } satisfies Message<There & { section: string }>,
  sectionThere: {
    en: ({ section, version, at }) => `“${section}” is missing here: ${version} has it (${at}).`,
    cy: ({ section, version, at }) => `Mae “${section}” ar goll yma: mae'r adran yn ${version} (${at}).`,
  } satisfies Message<There & { section: string }>,
  fieldDiffers: {
    en: ({ field, here, there, version, at }) => `${field}: “${here}” here, “${there}” in ${version} (${at}).`,
    cy: ({ field, here, there, version, at }) => `${field}: “${here}” yma, “${there}” yn ${version} (${at}).`,
  } satisfies Message<There & { field: string; here: string; there: string }>,
  fieldNoneHere: {
    en: ({ field, there, version, at }) => `${field}: none here, “${there}” in ${version} (${at}).`,
    cy: ({ field, there, version, at }) => `${field}: dim yma, “${there}” yn ${version} (${at}).`,
  } satisfies Message<There & { field: string; there: string }>,
  fieldNoneThere: {
    en: ({ field, here, version, at }) => `${field}: “${here}” here, none in ${version} (${at}).`,
    cy: ({ field, here, version, at }) => `${field}: “${here}” yma, dim yn ${version} (${at}).`,
  } satisfies Message<There & { field: string; here: string }>,
  related: {
    en: ({ version }) => `The matching place in ${version}`,
    cy: ({ version }) => `Y man cyfatebol yn ${version}`,
  } satisfies Message<{ version: string }>,
};

/** The other version as the reader of `lang` names it. */
function there(lang: Lang, otherLanguage: Lang, at: string): There {
  return { version: PAIR_MESSAGES.versions[lang][otherLanguage], at };
}

/**
 * The message of a difference in the version on `side`, in `lang`.
 * @param at the other version's place, "file:line".
 */
export function differenceMessage(difference: Difference, side: 0 | 1, otherLanguage: Lang, at: string): (lang: Lang) => string {
  const other = (1 - side) as 0 | 1;
  const pick = <T>(both: Both<T>) => ({ here: both[side], there: both[other] });
  return (lang) => {
    const where = there(lang, otherLanguage, at);
    switch (difference.kind) {
      case 'items': {
        const counts = { ...where, ...pick(difference.counts) };
        const message = difference.element === null ? PAIR_MESSAGES.items : PAIR_MESSAGES.elementItems;
        return message[lang]({ ...counts, noun: NOUNS[lang][difference.section](counts.here) });
      }
      case 'elements':
        return PAIR_MESSAGES.elements[lang]({ ...where, ...pick(difference.counts), section: sectionSpec(difference.section).name[lang] });
      case 'section': {
        const message = difference.present[side] ? PAIR_MESSAGES.sectionHere : PAIR_MESSAGES.sectionThere;
        return message[lang]({ ...where, section: sectionSpec(difference.section).name[lang] });
      }
      case 'field': {
        const { here, there: theirs } = pick(difference.values);
        const field = fieldSpec(difference.field).name[lang];
        if (here === null) return PAIR_MESSAGES.fieldNoneHere[lang]({ ...where, field, there: theirs! });
        if (theirs === null) return PAIR_MESSAGES.fieldNoneThere[lang]({ ...where, field, here });
        return PAIR_MESSAGES.fieldDiffers[lang]({ ...where, field, here, there: theirs });
      }
    }
  };
}

/** The text of the related place in the other version. */
export function relatedMessage(otherLanguage: Lang): (lang: Lang) => string {
  return (lang) => PAIR_MESSAGES.related[lang]({ version: PAIR_MESSAGES.versions[lang][otherLanguage] });
}
