// Whether a line that starts with a capital or a digit still continues the item before
// it. PDF text wraps items wherever the page ends, so a name or a year can open the next
// line ("… complain to the Financial" / "Ombudsman Service", "… Proceeds of Crime Act" /
// "2002"), where element sub-headings also stand. A sub-heading is a verb phrase in
// sentence case (nos-format.md §4.2), so the line is taken for a continuation only where
// the item stops mid-phrase and the line cannot open such a phrase: anything unsure stays
// a sub-heading. Words are trimmed by hand, not by patterns anchored at their end, which
// take time by the square of a long run of punctuation.

import { leadingAdverb, surelyNotAVerb } from '../conventions/verbs';
import { FUNCTION_WORDS } from '../conventions/words';
import { withoutInvisibles } from '../text/normalise';
import type { Lang } from '../types';

/** Quotes and brackets a word may open with, and those and punctuation it may close with. */
const OPENERS = `("'‘“`;
const CLOSERS = `)"'’”,;:`;
/** Markup a sub-heading may be written with ("## ", "**"), and the spaces after it. */
const MARKUP = /^[\s#*_>]*/u;
const WORD = /^\p{L}[\p{L}'’-]*/u;

function skipOpeners(word: string): string {
  let from = 0;
  while (from < word.length && OPENERS.includes(word[from])) from++;
  return word.slice(from);
}

/** A word as the word lists hold it: lower case, without the quotes, brackets and punctuation around it. */
function key(word: string): string {
  const open = skipOpeners(word);
  let to = open.length;
  while (to > 0 && CLOSERS.includes(open[to - 1])) to--;
  return open.slice(0, to).toLowerCase().replace(/’/g, "'");
}

/** A capital and then a small letter: a word of a name, not an acronym ("UK") or a small word. */
const nameWord = (word: string): boolean => /^\p{Lu}\p{Ll}/u.test(skipOpeners(word));

/** A line as the safe fixes leave it, split before its last word: the text before, and the word without its openers. */
function lastWord(line: string): [before: string, word: string] {
  // As the safe fixes leave it: invisible-character's takes out what would hide the last
  // word, and item-punctuation's the final stop or semicolon an item should not have.
  let text = withoutInvisibles(line).trimEnd();
  if (text.endsWith('.') || text.endsWith(';')) text = text.slice(0, -1).trimEnd();
  let from = text.length;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  return [text.slice(0, from), skipOpeners(text.slice(from))];
}

/**
 * Whether an item's last line (its text after the label, on the item's own line) stops
 * mid-phrase: after a comma, an article, preposition or conjunction (or a Welsh clitic,
 * "rhifau'r"), or a capitalised word a name may go on from ("the Financial", "Crime Act"). Any other stop, a small word or a
 * number may end an item; so may a line of one word ("A", "Customer", which fixes may
 * lower-case or free of invisible characters: the reading must not change with them).
 */
export function endsMidPhrase(line: string): boolean {
  const [before, last] = lastWord(line);
  if (last.endsWith(',')) return true;
  if (!/^[\p{L}'’-]+$/u.test(last)) return false;
  // A Welsh clitic ("rhifau'r", "i'w", "a'u") always has its word after it.
  return /\p{L}/u.test(before) && (FUNCTION_WORDS.has(key(last)) || /^\p{Lu}/u.test(last) || /\p{L}['’][riuwn]$/u.test(last));
}

/**
 * Whether an item's last line ends by starting a name: a capitalised word right after an
 * article, preposition or conjunction ("as set out in Approved", "to the Financial"), so
 * a name in title case on the next line may hold a single capitalised word of its own
 * ("Document G3").
 */
export function opensName(line: string): boolean {
  const [before, last] = lastWord(line);
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(last)) return false;
  const previous = before.trimEnd().split(/\s+/).pop() ?? '';
  return FUNCTION_WORDS.has(key(previous));
}

/**
 * Whether a line could open a sub-heading's verb phrase. It cannot when it starts with no
 * letter (a year, a bracket, a quote), with a word surely no verb, as criterion-verb
 * decides ("Regulation (UK GDPR) and …"), or with an acronym, or when it is in title case,
 * every word a capitalised one but small words and acronyms, as a name goes on ("Ombudsman
 * Service", "Ddeddf Hawliau Defnyddwyr 2015") and a sentence-case heading does not. Two
 * capitalised words make a name; `afterNameStart` (opensName of the line before) counts
 * the one the line before ends with, for a line of more than one word ("Document G3").
 */
export function opensVerbPhrase(line: string, lang: Lang, afterNameStart = false): boolean {
  const text = withoutInvisibles(line);
  const body = text.slice(MARKUP.exec(text)![0].length);
  if (!/^\p{L}/u.test(body)) return false;
  const word = WORD.exec(body.slice(leadingAdverb(body, lang)))?.[0];
  if (!word || surelyNotAVerb(key(word), lang)) return false;
  // An acronym opens a line that goes on in small letters ("MIS 3005-I requirements …"):
  // no verb; a line all in capitals may be a heading set in them.
  if (word.length > 1 && !/\p{Ll}/u.test(word) && /\p{Ll}/u.test(body)) return false;
  const words = body.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // "etc." stands in the name of the Act standards cite most: "Health and Safety at Work etc. Act 1974".
  const titleCase = words.every((w) => nameWord(w) || FUNCTION_WORDS.has(key(w)) || key(w) === 'etc.' || !/\p{Ll}/u.test(w));
  // A name started on the line before counts its word there, if this line is more than one word.
  const carried = afterNameStart && body.trim().split(/\s+/).length > 1 ? 1 : 0;
  return !titleCase || words.filter(nameWord).length + carried < 2;
}
