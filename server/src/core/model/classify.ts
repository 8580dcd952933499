// First pass of the parser: what each line looks like on its own, without context.
// The patterns are built once from the catalogue; each line is tested at most
// against a few anchored regular expressions.

import { FIELDS, SECTIONS, type FieldId, type SectionId } from '../catalogue';
import type { LineIndex } from '../text/lineIndex';
import { blankAsSeen, INVISIBLE_CLASS, labelKey, labelPattern } from '../text/normalise';
import { isSeparator, skipSeparators } from '../text/spaces';
import type { Lang } from '../types';
import type { LabelStyle } from './types';

export type LineInfo =
  | { kind: 'blank' }
  | { kind: 'heading'; section: SectionId; lang: Lang | null; start: number; end: number }
  | { kind: 'leadin'; section: SectionId; lang: Lang }
  | {
      kind: 'field';
      field: FieldId;
      lang: Lang | null;
      start: number;
      end: number;
      /** How the value is given: after a colon, after a space, or on later lines. */
      form: 'colon' | 'space' | 'alone';
      multiWord: boolean;
      valueStart: number;
      valueEnd: number;
    }
  | {
      kind: 'item';
      style: LabelStyle;
      prefix: string | null;
      number: number | null;
      labelStart: number;
      labelEnd: number;
      numStart: number;
      numEnd: number;
      textStart: number;
    }
  | { kind: 'text'; start: number; end: number };

interface Known<T> {
  id: T;
  lang: Lang | null;
}

/** Maps label keys to ids; a label spelt the same in both languages has no language. */
function keyMap<T>(entries: { id: T; labels: { en: string[]; cy: string[] } }[]): Map<string, Known<T>> {
  const map = new Map<string, Known<T>>();
  for (const entry of entries) {
    for (const lang of ['en', 'cy'] as const) {
      for (const label of entry.labels[lang]) {
        const key = labelKey(label);
        const seen = map.get(key);
        map.set(key, { id: entry.id, lang: seen && seen.lang !== lang ? null : lang });
      }
    }
  }
  return map;
}

/** Alternation of label patterns, longest first so "URN gwreiddiol" wins over "URN". */
function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map(labelPattern)
    .join('|');
}

const headings = keyMap(SECTIONS.map((s) => ({ id: s.id, labels: s.labels })));
const leadIns = keyMap(
  SECTIONS.filter((s) => s.leadIns).map((s) => ({ id: s.id, labels: s.leadIns! })),
);
const fields = keyMap(FIELDS.map((f) => ({ id: f.id, labels: f.labels })));

/** The entry of a label the patterns matched: most are written as listed, in any case. */
function lookup<T>(map: Map<string, Known<T>>, label: string): Known<T> {
  return map.get(label.toLowerCase()) ?? map.get(labelKey(label))!;
}

const MARKUP_BEFORE = `([\\s#*_>${INVISIBLE_CLASS}]*)`;
// No "d" flag: match indices cost on every line; offsets come from group lengths.
// Invisible characters before or after a heading, lead-in or label leave it one: else
// removing them (a safe fix) would make one of the line, and fix-all would change its own output.
const TAIL_CLASS = `[\\s*_:.${INVISIBLE_CLASS}]`;
const TAIL = `${TAIL_CLASS}*$`;
/** A character of what may follow a heading's or lead-in's words: markup, punctuation, invisible characters. */
export const AFTER_WORDS = new RegExp(TAIL_CLASS, 'u');
const HEADING_RE = new RegExp(`^${MARKUP_BEFORE}(${alternation(headings.keys())})${TAIL}`, 'iu');
const LEADIN_RE = new RegExp(`^${MARKUP_BEFORE}(${alternation(leadIns.keys())})${TAIL}`, 'iu');
// "s": a value runs on over the line and paragraph separators (U+2028, U+2029) a line may hold.
// Invisible characters between the label and its value are neither's, as a reader sees it:
// else removing one (a safe fix) would make markup after it the label's, not the value's.
const GAP = ` \\t\\u00a0${INVISIBLE_CLASS}`;
const FIELD_RE = new RegExp(
  `^${MARKUP_BEFORE}(${alternation(fields.keys())})(?![\\p{L}\\p{N}])([*_${INVISIBLE_CLASS}]*[${GAP}]*(:)?[*_${GAP}]*)(.*?)\\s*$`,
  'isu',
);
const LETTER = /\p{L}/u;
/** Labels never exceed this; longer lines skip the label patterns. */
const MAX_LABEL_LINE = 160;

/** Length of the text without trailing whitespace. */
function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Offset of the first non-whitespace character, or -1 (\s covers NBSP and the BOM). */
function contentStart(text: string): number {
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i])) return i;
  return -1;
}

export function classifyLine(text: string): LineInfo {
  const first = contentStart(text);
  if (first < 0) return { kind: 'blank' };
  const item = classifyItem(text);
  if (item) return item;
  if (text.length <= MAX_LABEL_LINE) {
    const heading = HEADING_RE.exec(text);
    if (heading) {
      const known = lookup(headings, heading[2]);
      const start = heading[1].length;
      return { kind: 'heading', section: known.id, lang: known.lang, start, end: start + heading[2].length };
    }
    const leadIn = LEADIN_RE.exec(text);
    if (leadIn) {
      const known = lookup(leadIns, leadIn[2]);
      return { kind: 'leadin', section: known.id, lang: known.lang ?? 'en' };
    }
  }
  const field = FIELD_RE.exec(text.length <= MAX_LABEL_LINE ? text : text.slice(0, MAX_LABEL_LINE));
  if (field) {
    const known = lookup(fields, field[2]);
    const start = field[1].length;
    const end = start + field[2].length;
    const valueStart = end + field[3].length;
    // Only invisible characters after a label are no value, as a reader sees it: else
    // removing them (a safe fix) would make the next line its value.
    const hasValue = !blankAsSeen(field[5]);
    return {
      kind: 'field',
      field: known.id,
      lang: known.lang,
      start,
      end,
      form: field[4] ? 'colon' : hasValue ? 'space' : 'alone',
      multiWord: /\s/.test(field[2]),
      valueStart,
      valueEnd: hasValue ? contentEnd(text) : valueStart,
    };
  }
  return { kind: 'text', start: first, end: contentEnd(text) };
}

/** Longer numbers are no label a list could reach, and would not count exactly. */
const MAX_DIGITS = 15;
const BULLETS = new Set([...'-–•*▪◦·'].map((c) => c.charCodeAt(0)));

/** Whether a character (its UTF-16 code) is one of the bullets of a list item. */
export const isBullet = (code: number): boolean => BULLETS.has(code);

/**
 * An item label: a bullet, or an optional P/K prefix, digits and an optional stop,
 * followed by any space or invisible separator. Labels have as many digits as a list
 * has items (a fix writes "1000."); whether a bare number ("24 hours") is a label
 * depends on its list, which the parser knows. Scanned by hand: most lines of a draft
 * are items, and a regular expression would allocate a match for each.
 */
function classifyItem(text: string): LineInfo | null {
  const start = skipSeparators(text, 0);
  let i = start;
  if (isBullet(text.charCodeAt(i))) {
    if (i + 1 < text.length && !isSeparator(text.charCodeAt(i + 1))) return null;
    return {
      kind: 'item', style: 'bullet', prefix: null, number: null,
      labelStart: start, labelEnd: start + 1, numStart: start, numEnd: start, textStart: skipSeparators(text, start + 1),
    };
  }
  const first = text.charCodeAt(i);
  const prefix = first === 80 || first === 75 ? text[i++] : null; // P or K
  const numStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === numStart || i - numStart > MAX_DIGITS) return null;
  const numEnd = i;
  const stop = text.charCodeAt(i);
  const punct = stop === 46 ? '.' : stop === 41 ? ')' : null;
  if (punct) i++;
  const labelEnd = i;
  const next = text.charAt(labelEnd);
  // "P1identify" (glued by PDF extraction) and "3.agree" (a space left out) are items;
  // "1identify", "2021" and "1.5 metres" are not.
  if (next !== '' && !isSeparator(next.charCodeAt(0)) && !((prefix || punct) && LETTER.test(next))) return null;
  const textStart = skipSeparators(text, labelEnd);
  // A bare number alone is no label, trailing spaces or not: "3 " is a page number as "3" is.
  if (!prefix && !punct && textStart === text.length) return null;
  return {
    kind: 'item',
    style: prefix ? 'prefix' : punct === '.' ? 'dot' : punct === ')' ? 'paren' : 'bare',
    prefix,
    number: Number(text.slice(numStart, numEnd)),
    labelStart: start,
    labelEnd,
    numStart,
    numEnd,
    textStart,
  };
}

export function classifyLines(lines: LineIndex): LineInfo[] {
  const infos = new Array<LineInfo>(lines.lineCount);
  for (let line = 0; line < lines.lineCount; line++) infos[line] = classifyLine(lines.lineText(line));
  return infos;
}
