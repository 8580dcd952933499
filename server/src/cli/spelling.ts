// Spelling for `nos check`: the same workers as the server's, waited for (poolTask.ts).
// Worker threads of the check pool ask this thread's speller (poolSpelling.ts). Other
// commands use the service without dictionaries.
//
// The words file: the nearest `.nos-words.txt` in a draft's folder or above, one word per
// line (blank lines and lines starting with # are skipped), as the editor reads it.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createNosService, type AnalyseOptions, type Analysis, type NosService } from '../core';
import { Speller } from '../spelling/speller';
import { parseWords, WORDS_FILE_NAME } from '../spelling/wordsFile';

// No format shows the suggestions (SARIF carries safe fixes only): not asking saves most of the worker's time.
export const speller = new Speller({
  suggest: false,
  failed: (lang, reason) => process.stderr.write(`nos: the ${lang} dictionary could not be loaded, spelling is not checked: ${reason}\n`),
});
const service = createNosService({ spelling: speller });
const wordsByFolder = new Map<string, ReadonlySet<string>>();

function wordsFileAbove(folder: string): ReadonlySet<string> {
  let words = wordsByFolder.get(folder);
  if (!words) {
    let text: string | null = null;
    try {
      text = readFileSync(join(folder, WORDS_FILE_NAME), 'utf8');
    } catch {
      // No file here: the folder above decides.
    }
    const parent = dirname(folder);
    words = text !== null ? new Set(parseWords(text)) : parent === folder ? new Set<string>() : wordsFileAbove(parent);
    wordsByFolder.set(folder, words);
  }
  return words;
}

/** Analyses a draft with the words its folder's words file accepts (with `using`: a worker's service). */
export function spellingAnalyser(path: string, using: NosService = service): (text: string, options: AnalyseOptions) => Analysis {
  return (text, options) => using.analyse(text, { ...options, acceptedWords: wordsFileAbove(dirname(path)) });
}
