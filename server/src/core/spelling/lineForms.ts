// The forms each line writes, remembered by the line's text from one analysis of a document
// to the next. A keystroke changes one line of a section, and the spelling rule reads the
// words of that section again: its other lines are found here instead of being split into
// words again (splitting was most of the rule's time on a keystroke). Only the lines read
// in the last analysis that read any are kept, so the cache holds one section or so while
// the writer types, and never lines of texts long gone. A document's first analysis uses
// none: keeping every line of it made opening a document a third slower.

import type { Lang } from '../types';
import { lineWords, type WordToken } from './tokens';

/** The distinct forms of one line, in order, and the parts of those that are compounds. */
export interface LineForms {
  readonly lang: Lang;
  readonly forms: readonly string[];
  readonly compounds: ReadonlyMap<string, readonly string[]> | null;
}

/** The forms of a line's words, each once. */
function formsOf(words: readonly WordToken[], lang: Lang): LineForms {
  const forms: string[] = [];
  let compounds: Map<string, readonly string[]> | null = null;
  const seen = new Set<string>();
  for (const token of words) {
    if (seen.has(token.word)) continue;
    seen.add(token.word);
    forms.push(token.word);
    if (token.parts?.length) (compounds ??= new Map()).set(token.word, token.parts.map((part) => part.word));
  }
  return { lang, forms, compounds };
}

export class LineFormsCache {
  /** The lines read by the last analysis that read any. */
  private kept = new Map<string, LineForms>();
  /** The lines read by this one. */
  private read = new Map<string, LineForms>();

  /** Starts an analysis: what the one before read is what is kept. */
  begin(): void {
    if (this.read.size === 0) return;
    this.kept = this.read;
    this.read = new Map();
  }

  /** The forms of `line`, a line's whole text (not a slice kept alive by a longer one). */
  get(line: string, lang: Lang): LineForms {
    let found = this.read.get(line) ?? this.kept.get(line);
    if (found?.lang !== lang) found = formsOf(lineWords(line, lang), lang);
    this.read.set(line, found);
    return found;
  }
}
