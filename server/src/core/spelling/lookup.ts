// What the spelling rule asks of a dictionary. The core holds none: the language server
// and the CLI give the service a lookup whose dictionaries load elsewhere (a worker), so
// a word not yet looked up is "unknown" and the rule says nothing about it until the
// answer comes and the document is checked again.

import type { Lang } from '../types';
import type { LineFormsCache } from './lineForms';

export interface SpellingLookup {
  /**
   * True for a word the dictionary of `lang` knows (or knows the radical of, in Welsh),
   * false for one it does not, undefined while not known yet: the lookup then has it
   * looked up. A word's verdict, once true or false, stays so until `resets` changes.
   */
  check(word: string, lang: Lang): boolean | undefined;
  /** The dictionary's suggestions for a word it does not know, best first; empty while none are known. */
  suggestions(word: string, lang: Lang): readonly string[];
  /**
   * Changes when verdicts already given may have changed (a dictionary that fails passes
   * every word), so that verdicts kept from an earlier analysis are judged again; absent
   * for a lookup whose verdicts never change.
   */
  readonly resets?: number;
  /**
   * Counts the batches of verdicts given: while it stays the same, a word without a
   * verdict still has none, and need not be asked about again. Absent: ask every time.
   */
  readonly answers?: number;
  /**
   * Whether the dictionary of `lang` can judge words now. False while it loads: the rule
   * then reads no words (no verdict could come of them yet) and the lookup, which starts
   * loading it, says when it is ready. Absent: always.
   */
  ready?(lang: Lang): boolean;
}

/** What the spelling rule reads: the lookup, and words the writer or the team accept. */
export interface SpellingContext {
  lookup: SpellingLookup;
  /**
   * Words accepted whatever the dictionary says (the workspace's words file, words ignored
   * in the document), lower-case: the same set object while they are the same words.
   */
  accepted: ReadonlySet<string>;
  /** The forms of lines read before, kept by the service for the document; null in its first analysis. */
  lines: LineFormsCache | null;
}
