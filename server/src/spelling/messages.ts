// What the spelling dictionaries say of themselves, in English and Welsh: the editor's
// server shows it to the writer, and `nos` writes it on stderr in the run's language.

import type { Lang } from '../core';
import type { Message, MessageTable } from '../core/messages/message';

/** A dictionary by the name of its language, in each language. */
const DICTIONARY: Record<Lang, Record<Lang, string>> = {
  en: { en: 'English', cy: 'Saesneg' },
  cy: { en: 'Welsh', cy: 'Cymraeg' },
};

/** The name of a dictionary's language in `lang` (a value it does not know, as given). */
const named = (dictionary: string, lang: Lang) => DICTIONARY[dictionary as Lang]?.[lang] ?? dictionary;

export const SPELLING_MESSAGES = {
  exited: {
    en: ({ code }) => `the spelling process exited with code ${code}`,
    cy: ({ code }) => `daeth y broses sillafu i ben gyda chod gadael ${code}`,
  } satisfies Message<{ code: number | null }>,
  ended: {
    en: ({ signal }) => `the spelling process was ended by ${signal}`,
    cy: ({ signal }) => `cafodd y broses sillafu ei hatal gan ${signal}`,
  } satisfies Message<{ signal: string }>,
  noDictionary: {
    en: ({ dictionary, reason }) => `the ${named(dictionary, 'en')} dictionary could not be loaded, so spelling is not checked: ${reason}`,
    cy: ({ dictionary, reason }) => `ni ellid llwytho'r geiriadur ${named(dictionary, 'cy')}, felly nid yw'r sillafu'n cael ei wirio: ${reason}`,
  } satisfies Message<{ dictionary: Lang; reason: string }>,
} satisfies MessageTable;
