// First pass of the parser: what each line looks like on its own, without context.
// The patterns are built once from the catalogue; each line is tested at most
// against a few anchored regular expressions.

import { FIELDS, SECTIONS, type FieldId, type SectionId } from '../catalogue';
import type { LineIndex } from '../text/lineIndex';
import { labelKey, labelPattern } from '../text/normalise';
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

const MARKUP_BEFORE = '[\\s#*_>]*';
const HEADING_RE = new RegExp(`^${MARKUP_BEFORE}(${alternation(headings.keys())})[\\s*_:.]*$`, 'iud');
const LEADIN_RE = new RegExp(`^${MARKUP_BEFORE}(${alternation(leadIns.keys())})[\\s*_:.]*$`, 'iu');
const FIELD_RE = new RegExp(
  `^${MARKUP_BEFORE}(${alternation(fields.keys())})(?![\\p{L}\\p{N}])[*_]*[ \\t\\u00a0]*(:)?[*_ \\t\\u00a0]*(.*?)\\s*$`,
  'iud',
);
const ITEM_RE = /^[ \t\u00a0]*(?:([-–•*▪◦·])(?:[ \t\u00a0]+|$)|([PK])?(\d{1,3})([.)])?)/du;
const NOT_BLANK = /\S/;
/** Labels never exceed this; longer lines skip the label patterns. */
const MAX_LABEL_LINE = 160;

export function classifyLine(text: string): LineInfo {
  // \s covers NBSP and the BOM, so a line of those alone is blank.
  const first = text.search(NOT_BLANK);
  if (first < 0) return { kind: 'blank' };
  const item = classifyItem(text);
  if (item) return item;
  if (text.length <= MAX_LABEL_LINE) {
    const heading = HEADING_RE.exec(text);
    if (heading) {
      const known = headings.get(labelKey(heading[1]))!;
      const [start, end] = heading.indices![1]!;
      return { kind: 'heading', section: known.id, lang: known.lang, start, end };
    }
    const leadIn = LEADIN_RE.exec(text);
    if (leadIn) {
      const known = leadIns.get(labelKey(leadIn[1]))!;
      return { kind: 'leadin', section: known.id, lang: known.lang ?? 'en' };
    }
  }
  const field = FIELD_RE.exec(text.length <= MAX_LABEL_LINE ? text : text.slice(0, MAX_LABEL_LINE));
  if (field) {
    const known = fields.get(labelKey(field[1]))!;
    const [start, end] = field.indices![1]!;
    const hasValue = field[3] !== '';
    const [valueStart] = field.indices![3]!;
    return {
      kind: 'field',
      field: known.id,
      lang: known.lang,
      start,
      end,
      form: field[2] ? 'colon' : hasValue ? 'space' : 'alone',
      multiWord: /\s/.test(field[1]),
      valueStart,
      valueEnd: hasValue ? text.trimEnd().length : valueStart,
    };
  }
  return { kind: 'text', start: first, end: text.trimEnd().length };
}

function classifyItem(text: string): LineInfo | null {
  const match = ITEM_RE.exec(text);
  if (!match || match[0].trim() === '') return null;
  const [labelStart, labelEnd] = match.indices![0]!;
  const start = labelStart + match[0].length - match[0].trimStart().length;
  if (match[1]) {
    return {
      kind: 'item',
      style: 'bullet',
      prefix: null,
      number: null,
      labelStart: start,
      labelEnd: start + 1,
      numStart: start,
      numEnd: start,
      textStart: labelEnd,
    };
  }
  const next = text.charAt(labelEnd);
  const space = next === '' || /[ \t\u00a0]/.test(next);
  const prefix = match[2] ?? null;
  const punct = match[4];
  // "P1identify" (glued by PDF extraction) is an item; "1identify" and "2021" are not.
  if (!space && !(prefix && /\p{L}/u.test(next))) return null;
  if (!prefix && !punct && next === '') return null;
  const [numStart, numEnd] = match.indices![3]!;
  const textStart = labelEnd + (text.slice(labelEnd).length - text.slice(labelEnd).trimStart().length);
  return {
    kind: 'item',
    style: prefix ? 'prefix' : punct === '.' ? 'dot' : punct === ')' ? 'paren' : 'bare',
    prefix,
    number: Number(match[3]),
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
