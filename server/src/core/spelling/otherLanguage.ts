// Text left in the other language: a translator's untranslated sentence ("Play that
// involves an element of challenge…" in a Welsh glossary) is a run of words the
// document's dictionary does not know, a few it knows between them ("an", "of": Welsh
// has those too), and the other language's small words among them. Such a run is one
// finding, not one per word.

import type { Lang } from '../types';

/**
 * Small words of each language that the other never writes (not "a", "i", "o", "at",
 * "am", "or", "to", "can", "pan", "chi" or "gall", which both do, in one sense or
 * another): one in a run of unknown words tells which language it is.
 */
const SMALL_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set([
    'the', 'and', 'that', 'this', 'these', 'those', 'with', 'where', 'which', 'what', 'when', 'who', 'how', 'their',
    'there', 'they', 'them', 'you', 'your', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'must', 'have',
    'has', 'been', 'it', 'its', 'from', 'by', 'not', 'of', 'in',
  ]),
  cy: new Set([
    'y', 'yr', 'mae', 'yn', 'ac', 'gyda', 'eu', 'ei', 'eich', 'sy', 'sydd', 'neu', 'hefyd', 'rhaid', 'ar', 'wrth',
    'nhw', 'gan', 'hyn', 'hynny', 'fel', 'ond', 'dylai', 'gellir', 'fydd', 'bydd',
  ]),
};

/** Unknown words in a run, at least: fewer are as likely slips side by side. */
const MIN_WORDS = 4;
/** Known words between two unknown ones of a run, at most. */
const MAX_BETWEEN = 2;

export interface Placed {
  line: number;
  start: number;
  end: number;
}

/** A run of unknown words in the other language: where it starts and ends on its line, and how many it holds. */
export interface OtherLanguageRun extends Placed {
  words: number;
}

const WORD = /[\p{L}\p{M}'’-]+/gu;

/** The words of `text`, lower-case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

const LAST_WORD = /([\p{L}\p{M}'’-]+)[ \t]+$/u;
const FIRST_WORD = /^[ \t]+([\p{L}\p{M}'’-]+)/u;

/** `at` moved over the words of `small` next to it, before it (`step` -1) or after it (1), with only spaces between. */
function widen(text: string, at: number, step: -1 | 1, small: ReadonlySet<string>): number {
  for (;;) {
    const next = step < 0 ? LAST_WORD.exec(text.slice(Math.max(0, at - 40), at)) : FIRST_WORD.exec(text.slice(at, at + 40));
    if (!next || !small.has(next[1].toLowerCase())) return at;
    at += step * next[0].length;
  }
}

/**
 * The unknown words of `found` (in the order of the text, each at `place`) grouped: each
 * run in the language other than `lang` as one, every other word alone.
 */
export function otherLanguageRuns<T>(
  found: readonly T[], place: (word: T) => Placed, lineText: (line: number) => string, lang: Lang,
): Array<T | OtherLanguageRun> {
  const other = SMALL_WORDS[lang === 'cy' ? 'en' : 'cy'];
  const grouped: Array<T | OtherLanguageRun> = [];
  const places = found.map(place);
  let first = 0;
  while (first < found.length) {
    const { line, start } = places[first];
    const text = lineText(line);
    let last = first;
    while (last + 1 < found.length && places[last + 1].line === line &&
      wordsOf(text.slice(places[last].end, places[last + 1].start)).length <= MAX_BETWEEN) last++;
    const { end } = places[last];
    if (last - first + 1 >= MIN_WORDS && wordsOf(text.slice(start, end)).some((word) => other.has(word))) {
      // With the small words of that language either side, which the dictionary may know ("It covers…").
      grouped.push({ line, start: widen(text, start, -1, other), end: widen(text, end, 1, other), words: last - first + 1 });
    } else {
      for (let i = first; i <= last; i++) grouped.push(found[i]);
    }
    first = last + 1;
  }
  return grouped;
}

/** Whether a grouped entry is a run. */
export function isRun<T extends object>(entry: T | OtherLanguageRun): entry is OtherLanguageRun {
  return 'words' in entry;
}
