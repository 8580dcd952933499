// Spelling for `nos check`: the same workers as the server's, waited for (poolTask.ts).
// Worker threads of the check pool ask this thread's speller (poolSpelling.ts). Other
// commands use the service without dictionaries.
//
// The words file: the nearest `.nos-words.txt` in a draft's folder or above, one word per
// line (blank lines and lines starting with # are skipped), as the editor reads it.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AnalyseOptions, Analysis, Lang, NosService } from '../core';
import { Speller } from '../spelling/speller';
import { parseWords, WORDS_FILE_NAME } from '../spelling/wordsFile';
import { SPELLING_MESSAGES } from '../spelling/messages';

/** The main thread's speller for a run of `nos check`: a dictionary that cannot load is said on stderr in the run's language. */
export function runSpeller(lang: Lang): Speller {
  return new Speller({
    // No format shows the suggestions (SARIF carries safe fixes only): not asking saves most of the worker's time.
    suggest: false,
    failed: (dictionary, reason) => process.stderr.write(`nos: ${SPELLING_MESSAGES.noDictionary[lang]({ dictionary, reason: reason[lang] })}\n`),
  });
}

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

/** Analyses a draft through `using` with the words its folder's words file accepts. */
export function spellingAnalyser(path: string, using: NosService): (text: string, options: AnalyseOptions) => Analysis {
  return (text, options) => using.analyse(text, { ...options, acceptedWords: wordsFileAbove(dirname(path)) });
}
