// Spelling for `nos check`: the same workers as the server's, waited for. A draft is
// analysed once, its new words go to the dictionary, and when they come back it is
// analysed again from that analysis (only the spelling rule has anything new to say), so
// the output never depends on timing. Other commands use the service without dictionaries.
//
// The words file: the nearest `.nos-words.txt` in a draft's folder or above, one word per
// line (blank lines and lines starting with # are skipped), as the editor reads it.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createNosService, type AnalyseOptions, type Analysis } from '../core';
import { Speller } from '../spelling/speller';
import { parseWords, WORDS_FILE_NAME } from '../spelling/wordsFile';

// No format shows the suggestions (SARIF carries safe fixes only): not asking saves most of the worker's time.
const speller = new Speller({
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

/** The draft's analysis with the spelling rule's findings, once the dictionary has seen its words. */
export function spellingAnalyser(path: string): (text: string, options: AnalyseOptions) => Analysis {
  return (text, options) => service.analyse(text, { ...options, acceptedWords: wordsFileAbove(dirname(path)) });
}

export async function withSpelling(analysis: Analysis, text: string, path: string, options: AnalyseOptions): Promise<Analysis> {
  let current = analysis;
  // Every word of the text is asked for in the first analysis, so one wait is enough; the
  // loop is for safety, never for timing.
  for (let round = 0; round < 3 && speller.pending(); round++) {
    await speller.settled();
    current = spellingAnalyser(path)(text, { ...options, language: analysis.doc.language, previous: current });
  }
  return current;
}
