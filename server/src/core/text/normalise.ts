// Text normalisation for matching labels and words. Matching never changes the
// document; these functions only build comparison keys.

const APOSTROPHES = /[\u2018\u2019\u02bc`\u00b4]/g;
const COMBINING = /[\u0300-\u036f]/;

/** NFC only when needed: most lines carry no combining marks. */
export function nfc(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

/** Fold the apostrophe variants writers paste (’ ʼ ` ´) to ASCII '. */
export function foldApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** Invisible characters (invisible-character's): soft hyphens, zero-width and direction marks, joiners, BOMs. */
export const INVISIBLE_CLASS = '\\u00ad\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
/** A space or an invisible character, such as may follow a final stop. */
export const SPACE_OR_INVISIBLE = new RegExp(`[\\s${INVISIBLE_CLASS}]`, 'u');
const INVISIBLES = new RegExp(`[${INVISIBLE_CLASS}]`, 'gu');

/** `text` without its invisible characters, as a reader sees it. */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLES, '');
}

/** Whether `text` holds nothing a reader sees: spaces and invisible characters alone. */
export function blankAsSeen(text: string): boolean {
  return withoutInvisibles(text).trim() === '';
}

const TERMINAL = /[.!?]["'’”)*_]*$/;

/**
 * Whether `text` ends a sentence: a stop, "!" or "?", then any closing quotes, brackets or
 * markup, then any spaces or invisible characters (which a safe fix takes away: the verdict
 * must not change with them).
 */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(trimEndOf(text, SPACE_OR_INVISIBLE));
}

/**
 * Whether `text` (its trailing spaces trimmed) ends in one full stop (or other `mark`) after
 * some text: not in a run of them, spaced or not ("..", ". ."), which dropping one would
 * leave ending in another, and not a mark alone, which dropping would leave empty.
 */
export function endsInOneMark(text: string, mark = '.'): boolean {
  if (!text.endsWith(mark)) return false;
  const before = trimEndOf(text.slice(0, -1), SPACE_OR_INVISIBLE);
  return before !== '' && !before.endsWith(mark);
}

/**
 * Where the run of spaces and invisible characters ending at `at` starts (`at` itself when
 * there is none): what goes with a final stop that is removed.
 */
export function spacesBefore(text: string, at: number): number {
  while (at > 0 && SPACE_OR_INVISIBLE.test(text[at - 1])) at--;
  return at;
}

/** Where the run of spaces and invisible characters starting at `at` ends (`at` itself when there is none). */
export function spacesAfter(text: string, at: number): number {
  while (at < text.length && SPACE_OR_INVISIBLE.test(text[at])) at++;
  return at;
}

/** `text` without the characters matching `set` at its end. A loop: /[…]+$/ backtracks quadratically over a long run inside a line. */
export function trimEndOf(text: string, set: RegExp): string {
  let end = text.length;
  while (end > 0 && set.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/**
 * Comparison key of a heading or label: case-folded, apostrophes folded, markup
 * (#, *, _, >) and a trailing colon removed, whitespace (NBSP, tabs) collapsed,
 * spaces around "/" dropped.
 */
export function labelKey(text: string): string {
  return trimEndOf(foldApostrophes(nfc(text)), /[\s*_:.]/)
    .replace(/^[\s#*_>]+/, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/')
    .toLowerCase();
}

/** Regular-expression source matching a label as writers type it. */
export function labelPattern(label: string): string {
  return foldApostrophes(label)
    .split(/(\s+|\/|')/)
    .map((part) => {
      if (/^\s+$/.test(part)) return '\\s+';
      if (part === '/') return '\\s*/\\s*';
      if (part === "'") return "['\u2018\u2019\u02bc`\u00b4]";
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}

const LETTER = /\p{L}/gu;

/** The first letter of `text`; ASCII by a loop over characters (nearly every line), the rest by its Unicode class. */
function firstLetter(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) {
      LETTER.lastIndex = i;
      return LETTER.exec(text)?.[0] ?? null;
    }
    const lower = code | 32;
    if (lower >= 97 && lower <= 122) return text[i];
  }
  return null;
}

/** Letters that start a word and mark it lower-case (continuation lines, item text). */
export function startsLowerCase(text: string): boolean {
  const letter = firstLetter(text);
  return letter !== null && letter !== letter.toUpperCase();
}

export function startsUpperCase(text: string): boolean {
  const letter = firstLetter(text);
  return letter !== null && letter !== letter.toLowerCase();
}
