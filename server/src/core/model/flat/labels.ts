// Catalogue labels inside a line of flattened text: a heading, lead-in or metadata
// label that starts at a word and ends at a space or the end of the line. The
// patterns are those the line classifier uses, made to match at a given offset.

import { FIELDS, SECTIONS, type FieldId, type SectionId } from '../../catalogue';
import { foldApostrophes, labelKey, labelPattern, trimEndOf } from '../../text/normalise';

export type LabelKind = 'heading' | 'leadin' | 'field';

export interface LabelMatch {
  kind: LabelKind;
  id: SectionId | FieldId;
  /** Offset of the label's first letter (after markup such as "## " or "**"). */
  start: number;
  /** Offset past the label and the markup, colon or stop after it. */
  end: number;
  colon: boolean;
  /** More than one word: "Performance criteria", not "Values". */
  multiWord: boolean;
  /** Written with "#" markup before it: a Markdown heading. */
  marked: boolean;
}

interface Entry {
  kind: LabelKind;
  id: SectionId | FieldId;
}

const entries = new Map<string, Entry>();
function add(kind: LabelKind, id: SectionId | FieldId, labels: { en: string[]; cy: string[] }): void {
  for (const label of labels.en.concat(labels.cy)) {
    const key = labelKey(label);
    if (!entries.has(key)) entries.set(key, { kind, id });
  }
}
for (const section of SECTIONS) {
  add('heading', section.id, section.labels);
  if (section.leadIns) add('leadin', section.id, section.leadIns);
}
for (const field of FIELDS) add('field', field.id, field.labels);

/** The first three letters of every label, to skip most words without running a pattern. */
const heads = new Set([...entries.keys()].map((key) => key.slice(0, 3)));
const alternation = [...entries.keys()].sort((a, b) => b.length - a.length).map(labelPattern).join('|');
// Markup, the label, then markup, a colon or a stop, and a space or the end of the line.
const LABEL = new RegExp(`([#*_>]*[^\\S\\r\\n]*)(${alternation})(?![\\p{L}\\p{N}])([*_]*(:)?[*_.]*)(?=\\s|$)`, 'iuy');
const MARKUP = /^[#*_>]+/;
const MARKUP_CHARS = '#*_>';

/** The word's key as labels are keyed: lower case, apostrophes folded, markup and a trailing colon off. */
export function wordKey(word: string): string {
  return trimEndOf(foldApostrophes(word).replace(MARKUP, ''), /[*_:.]/).toLowerCase();
}

/** Whether a word's first letter is a capital (or it has none, like "##"). */
export function capitalised(word: string): boolean {
  const match = /\p{L}/u.exec(word);
  return match !== null && match[0] !== match[0].toLowerCase();
}

export function startsLower(word: string): boolean {
  const match = /^[#*_>("'‘“]*(\p{L})/u.exec(word);
  return match !== null && match[1] !== match[1].toUpperCase();
}

/**
 * The catalogue label written at `at` (a word's start) in `text`, its first letter a
 * capital, as flattened text writes every heading and label; null when there is none.
 */
export function labelAt(text: string, at: number, word: string): LabelMatch | null {
  // Most words start with a small letter, or with letters no label starts with.
  let first = 0;
  while (first < word.length && MARKUP_CHARS.includes(word[first])) first++;
  const letter = word.charAt(first);
  if (first < word.length && (letter === letter.toLowerCase() || !heads.has(foldApostrophes(word.slice(first, first + 3)).toLowerCase()))) return null;
  LABEL.lastIndex = at;
  const match = LABEL.exec(text);
  if (!match) return null;
  const start = at + match[1].length;
  if (!capitalised(text.charAt(start))) return null;
  const entry = entries.get(labelKey(match[2]));
  if (!entry) return null;
  return {
    kind: entry.kind,
    id: entry.id,
    start,
    end: start + match[2].length + match[3].length,
    colon: match[4] !== undefined,
    multiWord: /\s|\//.test(match[2]),
    marked: match[1].includes('#'),
  };
}

// Labels that start a line wherever they stand (multi-word, or single-word before a
// colon), found with one search of the line: a cheap first test for flattened text.
const multiWord = [...entries.keys()].filter((key) => /[ /]/.test(key));
const singleWord = [...entries.keys()].filter((key) => !/[ /]/.test(key));
const byLength = (keys: string[]) => keys.sort((a, b) => b.length - a.length).map(labelPattern).join('|');
const HINTS = new RegExp(`(?:${byLength(multiWord)})|(?:${byLength(singleWord)})[*_]*:`, 'gi');

/** How many such labels the line holds, counting to two. */
export function labelHints(text: string): number {
  HINTS.lastIndex = 0;
  let found = 0;
  while (found < 2 && HINTS.exec(text)) found++;
  return found;
}
