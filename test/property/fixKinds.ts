// What a replacement edit may do, by the rule whose fix it is: each rule's fixes change
// only the kind of text the rule is about (a label, a lead-in, a bullet, markup, an
// invisible character, a letter, a stop), never words the writer meant.

import * as assert from 'node:assert/strict';
import { FIELDS, SECTIONS, type Finding, type TextEdit } from '../../server/src/core';
import { CHOICES } from '../../server/src/core/metadata/allowed';
import { parseDate } from '../../server/src/core/metadata/dates';

const LABEL = /^[PK]?\d+[.)]?$/;
const BULLET = /^[-–•*▪◦·]$/;
const FIELD_LABELS = new Set(FIELDS.flatMap((f) => [...f.labels.en, ...f.labels.cy]));
const HEADINGS = new Set(SECTIONS.flatMap((s) => [...s.labels.en, ...s.labels.cy, s.name.en, s.name.cy]));
const fold = (text: string) => text.toLowerCase().replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'").replace(/\s+/g, ' ');
const LEAD_IN_KEYS = new Set(SECTIONS.flatMap((s) => (s.leadIns ? [...s.leadIns.en, ...s.leadIns.cy] : [])).map((l) => fold(l).replace(/:$/, '')));
/** Invisible characters and odd spaces a fix may remove or turn into a space. */
const INVISIBLE = /^[\s\u00a0\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+$/u;
/** Markup a fix may remove: emphasis, heading marks, table bars, HTML tags and entities. */
const MARKUP = /^(?:\s*[*_#|]+\s*|\s*<\/?[A-Za-z][^<>]*>\s*|&#?[A-Za-z0-9]+;)$/;
const ENTITY = /^&#?[A-Za-z0-9]+;$/;
/** A final stop with the spaces and invisible characters before it, on one line. */
const spacedStop = (old: string) => old.endsWith('.') && !/[\r\n]/.test(old) && (old.length === 1 || INVISIBLE.test(old.slice(0, -1)));
const spacedSemicolon = (old: string) => spacedStop(old.replace(/;$/, '.'));
const CHOICE_VALUES = new Set(Object.values(CHOICES).flatMap((choices) => choices.flatMap((c) => Object.values(c.printed))));

/** Rules whose fixes may take characters out of a line. */
export const INLINE_REMOVALS: ReadonlySet<string> = new Set(['stray-markup', 'invisible-character', 'item-punctuation', 'urn-format', 'metadata-value', 'title-style', 'repeated-word']);

export type ReplacementCheck = (old: string, edit: TextEdit, finding: Finding) => boolean;

/** Replacements (non-empty new text, within a line unless said) each rule's fixes may make. */
export const REPLACEMENTS: Record<string, ReplacementCheck> = {
  'missing-section': (_, edit) => FIELD_LABELS.has(edit.newText),
  'heading-typo': (_, edit) => FIELD_LABELS.has(edit.newText) || HEADINGS.has(edit.newText),
  'mixed-language': (old, edit) => (FIELD_LABELS.has(edit.newText) || HEADINGS.has(edit.newText)) && !/[\r\n]/.test(old),
  // A lead-in in the other language, or one worded otherwise (a short line before its colon), for the catalogue's.
  'lead-in': (old, edit) => LEAD_IN_KEYS.has(fold(edit.newText)) && (LEAD_IN_KEYS.has(fold(old).replace(/[\s.:]+$/, '')) || (!/[\r\n]/.test(old) && old.length < 80)),
  'unnumbered-item': (old, edit) => BULLET.test(old) && LABEL.test(edit.newText),
  'invisible-character': (old, edit) => INVISIBLE.test(old) && /^[ \t\u00a0]*$/.test(edit.newText) && edit.newText.length <= Math.max(1, old.length),
  'stray-markup': (old, edit) => MARKUP.test(old) && (ENTITY.test(old) ? [...edit.newText].length === 1 : /^ ?$/.test(edit.newText)),
  'item-punctuation': (old, edit) => ((spacedStop(old) || spacedSemicolon(old)) && edit.newText === '') || (old.length === 1 && old !== edit.newText && old.toLowerCase() === edit.newText),
  'welsh-mutation': (old, edit) => /^\p{L}{1,3}$/u.test(old) && /^\p{L}{1,4}$/u.test(edit.newText) && !/\s/.test(old),
  // A word, or the whole sub-heading: the other section's wording, whatever its digits ("Unit 2") or punctuation.
  'subheading-mismatch': (old, edit) => /^[\p{L}\p{M}\p{N}\p{P} ]+$/u.test(old) && /^[\p{L}\p{M}\p{N}\p{P} ]+$/u.test(edit.newText),
  // Joining a broken item, or putting items run together on lines of their own (the text's line break and the item's indentation).
  'broken-item': (old, edit) => (/^\s+$/.test(old) && /[\r\n]/.test(old) && edit.newText === ' ') ||
    (/^[^\S\r\n]+$/.test(old) && /^(?:\r\n?|\n)[^\S\r\n]*$/.test(edit.newText)),
  // The spaces between two parts of a line become a line break: the text's first, which may be a lone "\r".
  'flattened-text': (old, edit) => /^[^\S\r\n]+$/.test(old) && /^(?:\r\n?|\n)$/.test(edit.newText),
  'urn-format': (old, edit) => INVISIBLE.test(old) && edit.newText === '',
  'metadata-value': (old, edit) => (edit.newText === '' ? /^[\s;,]*[;,][\s;,]*$/.test(old) : /^\d+$/.test(edit.newText) || CHOICE_VALUES.has(edit.newText)),
  'metadata-date': (old, edit) => sameDay(old, edit.newText),
  'soc-code': (old, edit) => /^\d{4}(?:[;,] \d{4})*$/.test(edit.newText) && old.match(/\d+/g)?.join() === edit.newText.match(/\d+/g)?.join(),
  // The final stop, with the spaces and invisible characters before it.
  'title-style': (old, edit) => (spacedStop(old) && edit.newText === '') || (old.length === 1 && edit.newText === old.toLowerCase()),
  'glossary-entry': (old, edit) => old.replace(/[\s()]/g, '') === edit.newText.replace(/[\s()]/g, ''),
  // The second of a word written twice, with the spaces before it.
  'repeated-word': (old, edit) => edit.newText === '' && /^[ \t\u00a0]+\p{L}[\p{L}\p{M}]*$/u.test(old),
  // It selects the placeholder: the text stays as it is.
  'placeholder-text': (old, edit) => edit.newText === old,
};

/** Two dates that are the same day of the calendar. */
function sameDay(a: string, b: string): boolean {
  const [x, y] = [parseDate(a), parseDate(b)];
  return !!x && !!y && x.precision === 'day' && y.precision === 'day' && x.year === y.year && x.month === y.month && x.day === y.day;
}

/** Rules whose fixes replace line breaks (joining a broken item) or put them in (reflowing). */
const LINE_BREAKING: ReadonlySet<string> = new Set(['broken-item', 'flattened-text']);

/** Fails unless the replacement `old` → `edit.newText` is one the finding's rule may make. */
export function assertReplacement(old: string, edit: TextEdit, finding: Finding, what: string): void {
  const check = REPLACEMENTS[finding.ruleId];
  if (!LINE_BREAKING.has(finding.ruleId)) assert.ok(!/[\r\n]/.test(old + edit.newText), `${what} replaces across lines`);
  assert.ok(check?.(old, edit, finding), `${what} (${finding.ruleId}) replaces ${JSON.stringify(old)} with ${JSON.stringify(edit.newText)}`);
}
