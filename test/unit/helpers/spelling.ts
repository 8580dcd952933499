// The real dictionaries, loaded once in the test process, behind the lookup the server's
// worker gives: tests of the rule see Hunspell's own answers, synchronously.

import { createNosService, type Lang, type NosService, type SpellingLookup } from '../../../server/src/core';
import { loadDictionary, type Dictionary } from '../../../server/src/spelling/hunspell';

let loaded: Promise<Record<Lang, Dictionary>> | undefined;

export function dictionaries(): Promise<Record<Lang, Dictionary>> {
  loaded ??= Promise.all([loadDictionary('en'), loadDictionary('cy')]).then(([en, cy]) => ({ en, cy }));
  return loaded;
}

export function lookupOf(dicts: Record<Lang, Dictionary>): SpellingLookup {
  return { check: (word, lang) => dicts[lang].correct(word), suggestions: (word, lang) => dicts[lang].suggest(word) };
}

/** A service whose spelling rule has both dictionaries. */
export async function spellingService(): Promise<NosService> {
  return createNosService({ spelling: lookupOf(await dictionaries()) });
}
