// One language's dictionary: Hunspell compiled to WebAssembly (hunspell-wasm), which
// loads the Welsh dictionary in a tenth of the time and memory nspell takes (see
// docs/rules/spelling.md). Welsh words are also accepted when the dictionary knows a
// radical they may be a mutation of ("wasanaeth", "nghwsmeriaid"). Words they lack that
// published NOS text uses are added (supplement.ts).

import { readFileSync } from 'node:fs';
import { Hunspell } from 'hunspell-wasm';
import initialise from 'hunspell-wasm/wasm/hunspell.js';
import type { Lang } from '../core/types';
import { radicalCandidates } from '../core/welsh/mutations';
import { dictionaryFiles } from './dictionaries';
import { SUPPLEMENT } from './supplement';

const CIRCUMFLEXED = /[âêîôûŵŷ]/g;
const PLAIN: Record<string, string> = { â: 'a', ê: 'e', î: 'i', ô: 'o', û: 'u', ŵ: 'w', ŷ: 'y' };

export interface Dictionary {
  correct(word: string): boolean;
  /** Best first. */
  suggest(word: string): string[];
}

export async function loadDictionary(lang: Lang, bundleDir?: string): Promise<Dictionary> {
  const files = dictionaryFiles(lang, bundleDir);
  const module = await (initialise as (options: object) => Promise<unknown>)({ wasmBinary: readFileSync(files.wasm) });
  const hunspell = new Hunspell(module, readFileSync(files.aff, 'utf8'), readFileSync(files.dic, 'utf8'));
  for (const word of SUPPLEMENT[lang]) hunspell.addWord(word);
  const spelt = (word: string) => hunspell.testSpelling(word);
  return {
    correct(word) {
      if (spelt(word)) return true;
      if (lang !== 'cy') return false;
      // A mutated form may carry a circumflex its radical has not: "gŵyn" is soft "cwyn".
      const lower = word.toLowerCase();
      return radicalCandidates(lower).some((radical) => spelt(radical) || spelt(radical.replace(CIRCUMFLEXED, (c) => PLAIN[c])));
    },
    // Hunspell also offers two words for one ("ar ferfol"): a split is rarely the fix in NOS
    // prose. In Welsh, the word with only a hyphen put in ("ar-ferfol", "chwar-teisi") is
    // rarely right but may be ("is-adran"), so it comes after every other suggestion; in
    // English it often is ("self-control").
    suggest: (word) => {
      const words = hunspell.getSpellingSuggestions(word).filter((s) => !s.includes(' '));
      if (lang !== 'cy') return words;
      return [...words.filter((s) => !onlyHyphened(s, word)), ...words.filter((s) => onlyHyphened(s, word))];
    },
  };
}

const onlyHyphened = (suggestion: string, word: string) => suggestion.includes('-') && suggestion.replaceAll('-', '') === word.replaceAll('-', '');
