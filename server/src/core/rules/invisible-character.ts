// S14: characters a writer cannot see: a no-break space after an item number,
// zero-width and direction marks, soft hyphens, odd spaces, and trailing spaces on
// headings, lead-ins, labels and values.

import { classifyLine, isBullet } from '../model/classify';
import { skipSeparators } from '../text/spaces';
import { Severity, type Bilingual } from '../types';
import { defineRule, type DocumentContext, type FieldContext, type SectionContext } from './rule';
import { allItems, lineRoles, span } from './spans';

export interface Invisible {
  start: number;
  end: number;
  newText: string;
  kind: 'nbsp-label' | 'nbsp' | 'zero-width' | 'space' | 'trailing';
}

/** Joiners (U+200C, U+200D) are meant in emoji and some scripts; between Latin letters or spaces they are not. */
const LATIN = /[\s\p{Script=Latin}\p{P}\d]/u;

/** Zero-width spaces, direction marks, soft hyphens, word joiners, BOMs: never meant inside text. */
function isZeroWidth(c: number): boolean {
  return c === 0xad || c === 0x180e || c === 0x200b || c === 0x200e || c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;
}

const isOddSpace = (c: number) => (c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x3000;

function isInvisible(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isZeroWidth(c)) return true;
  if (c !== 0x200c && c !== 0x200d) return false;
  // Next to Latin text, spaces, list bullets or other invisible characters a joiner joins nothing.
  const plain = (at: number) => at < 0 || at >= text.length || LATIN.test(text[at]) || isBullet(text.charCodeAt(at)) || isZeroWidth(text.charCodeAt(at));
  return plain(i - 1) && plain(i + 1);
}

const inRun = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 0xa0 || isOddSpace(c) || isInvisible(text, i);
};

/**
 * What a run of spaces and invisible characters should be: its ordinary spaces and tabs,
 * or, with none, a space for each odd space and no-break space (which stay between
 * words, where they are meant, but not after an item number).
 */
function normalise(run: string, afterLabel: boolean): string {
  const ordinary = run.replace(/[^ \t]/g, '');
  if (ordinary) return ordinary;
  let result = '';
  for (const c of run) {
    if (c === '\u00a0') result += afterLabel ? ' ' : c;
    else if (isOddSpace(c.charCodeAt(0))) result += ' ';
  }
  // A no-break space beside the ordinary space an odd one becomes is one too many, as beside a typed one.
  if (result.includes(' ')) result = result.replace(/\u00a0/g, '');
  // After an item label even a zero-width character separates the label from the text.
  return afterLabel && result === '' ? ' ' : result;
}

function kindOf(run: string, afterLabel: boolean): Invisible['kind'] {
  if (afterLabel && run.includes('\u00a0')) return 'nbsp-label';
  if ([...run].some((c) => isZeroWidth(c.charCodeAt(0)) || c === '\u200c' || c === '\u200d')) return 'zero-width';
  return run.includes('\u00a0') ? 'nbsp' : 'space';
}

const SUSPECT = /[\u00a0\u00ad\u180e\u2000-\u206f\u3000\ufeff]/g;

/** Whether any character from `from` on is one this rule looks at: most lines are plain. */
function hasSuspect(text: string, from: number): boolean {
  SUSPECT.lastIndex = from;
  return SUSPECT.test(text);
}

/**
 * Runs of spaces holding invisible characters in `text` from `from` on, each with what
 * it should be; `labelEnd` is where an item label ends.
 */
export function findInvisibles(text: string, from: number, labelEnd = -1): Invisible[] {
  const found: Invisible[] = [];
  if (!hasSuspect(text, from)) return found;
  for (let i = from; i < text.length; i++) {
    if (!inRun(text, i)) continue;
    let end = i + 1;
    while (end < text.length && inRun(text, end)) end++;
    const run = text.slice(i, end);
    const afterLabel = i === labelEnd;
    // A run with invisible characters ending the line goes whole: spaces left there would be
    // trailing spaces (spaces alone at the end of text lines are not this rule's concern).
    // Not after an item label, which needs them: a bare number alone on its line is no item.
    const invisibleAtEnd = !afterLabel && end === text.length && kindOf(run, false) === 'zero-width';
    const newText = invisibleAtEnd ? '' : normalise(run, afterLabel);
    if (newText !== run) found.push({ start: i, end, newText, kind: kindOf(run, afterLabel) });
    i = end - 1;
  }
  return found;
}

/** Whitespace (and invisible characters) at the end of a line that has text. */
export function trailingSpace(text: string): Invisible | null {
  let end = text.length;
  while (end > 0 && (/\s/.test(text[end - 1]) || inRun(text, end - 1))) end--;
  return end > 0 && end < text.length ? { start: end, end: text.length, newText: '', kind: 'trailing' } : null;
}

const MESSAGES = {
  description: {
    en: 'No invisible characters: no-break spaces after item numbers, zero-width characters, odd spaces, trailing spaces on headings, labels and values.',
    cy: "Dim nodau anweledig: bylchau di-dor ar ôl rhifau eitemau, nodau lled sero, bylchau anarferol, bylchau ar ddiwedd penawdau, labeli a gwerthoedd.",
  },
  'nbsp-label': {
    en: 'A no-break space follows the item number: use an ordinary space.',
    cy: "Mae bwlch di-dor yn dilyn rhif yr eitem: defnyddiwch fwlch cyffredin.",
  },
  nbsp: {
    en: 'A no-break space next to an ordinary space: one space is enough.',
    cy: "Mae bwlch di-dor wrth ymyl bwlch cyffredin: mae un bwlch yn ddigon.",
  },
  'zero-width': {
    en: 'An invisible character (zero-width space, direction mark or soft hyphen) is in the text.',
    cy: "Mae nod anweledig (bwlch lled sero, marc cyfeiriad neu gysylltnod meddal) yn y testun.",
  },
  space: {
    en: 'An unusual space character: use an ordinary space.',
    cy: "Mae nod bwlch anarferol yma: defnyddiwch fwlch cyffredin.",
  },
  trailing: {
    en: 'Spaces at the end of this heading, label or value.',
    cy: "Mae bylchau ar ddiwedd y pennawd, y label neu'r gwerth hwn.",
  },
  useSpace: { en: 'Use an ordinary space', cy: 'Defnyddio bwlch cyffredin' },
  remove: { en: 'Remove the invisible characters', cy: "Tynnu'r nodau anweledig" },
  removeAll: { en: 'Remove all invisible characters', cy: 'Tynnu pob nod anweledig' },
} satisfies Record<Invisible['kind'] | 'description' | 'useSpace' | 'remove' | 'removeAll', Bilingual>;

const GROUP = { key: 'invisible-character', title: MESSAGES.removeAll };

/** Whether taking the characters out changes what the line is (it becomes an item, a heading…). */
function changesLine(text: string, invisibles: readonly Invisible[]): boolean {
  let fixed = text;
  for (let i = invisibles.length - 1; i >= 0; i--) {
    const { start, end, newText } = invisibles[i];
    fixed = fixed.slice(0, start) + newText + fixed.slice(end);
  }
  // A line left blank, or holding a number alone, reads differently in its list. Trimmed
  // first: spaces on both sides of an optional part backtrack quadratically on a long line.
  if (/^(?:[PK]?\d+[.)]?)?$/.test(fixed.trim())) return true;
  const before = classifyLine(text);
  const after = classifyLine(fixed);
  if (before.kind !== after.kind) return true;
  if (before.kind === 'item' && after.kind === 'item') return before.style !== after.style;
  if ((before.kind === 'heading' || before.kind === 'leadin') && (after.kind === 'heading' || after.kind === 'leadin')) return before.section !== after.section;
  // Another label ("Original URN\u00adx" becomes "URN" with a value), or a label with a
  // value becoming one alone on its line with the value under it.
  return before.kind === 'field' && after.kind === 'field' && (before.field !== after.field || before.form !== after.form);
}

type Reporter = { report: DocumentContext['report'] };

/** Spaces after a label (of any kind: the parser skips them there) and trailing spaces. */
const keepsLine = (text: string, invisible: Invisible): boolean =>
  invisible.kind === 'trailing' || (invisible.kind === 'nbsp-label' && skipSeparators(text, invisible.start) >= invisible.end);

function report(context: Reporter, text: string, line: number, found: Invisible[]): void {
  // Fix-all changes characters, never the document's structure: the line's other fixes are
  // safe only when none of them, alone or together, changes what the line is. Judged one
  // by one, taking one character out could make another's removal safe in the next pass
  // (taking the direction mark out of "\u202e–\u200bx" makes the dash a bullet, but not
  // once the zero-width space is gone).
  const judged = found.filter((invisible) => !keepsLine(text, invisible));
  const safe = judged.every((invisible) => !changesLine(text, [invisible])) && (judged.length < 2 || !changesLine(text, judged));
  for (const invisible of found) {
    const range = span(line, invisible.start, invisible.end);
    context.report({
      range,
      message: MESSAGES[invisible.kind],
      fixes: [{
        title: invisible.newText ? MESSAGES.useSpace : MESSAGES.remove,
        edits: [{ range, newText: invisible.newText }],
        safe: safe || keepsLine(text, invisible),
        isPreferred: true,
      }],
      group: GROUP,
    });
  }
}

/** Checks a line; trailing spaces count only on lines that are headings, labels or values. */
function checkLine(context: Reporter, text: string, line: number, labelEnd: number, trailing: boolean): void {
  // A byte order mark opening the file is its encoding's, not the writer's.
  const found = findInvisibles(text, line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0, labelEnd);
  const tail = trailing ? trailingSpace(text) : null;
  // A no-break space at the end is part of the trailing run.
  report(context, text, line, tail ? [...found.filter((f) => f.start < tail.start), tail] : found);
}

function checkSection(context: SectionContext): void {
  const { section, lineText } = context;
  const roles = lineRoles(section, lineText);
  const items = allItems(section);
  let item = 0;
  for (let line = section.firstLine; line <= section.lastLine; line++) {
    const role = roles[line - section.firstLine];
    if (role === 'noise' || role === 'blank') continue;
    while (item < items.length && items[item].line < line) item++;
    const labelEnd = role === 'item' ? items[item].labelRange.end.character : -1;
    checkLine(context, lineText(line), line, labelEnd, role === 'heading' || role === 'lead-in');
  }
}

function checkField(context: FieldContext): void {
  const { field, lineText } = context;
  // The bare URN line of PDF copies carries the PDF's trailing space: a quirk of the layout.
  // After a label with no value yet ("URN: ", as its quick fix leaves it) the space is where the value goes.
  const trailing = field.label !== '' && field.value.trim() !== '';
  // A value's lines hold its parts in order; a line between them holding none is a page footer.
  const parts = field.value.split('\n');
  let part = 0;
  for (let line = field.line; line <= field.lastLine; line++) {
    const text = lineText(line);
    const value = field.valueRange !== null && line >= field.valueRange.start.line;
    if (value && !(part < parts.length && text.includes(parts[part]))) continue;
    if (value) part++;
    checkLine(context, text, line, -1, trailing);
  }
}

/** Lines outside sections and fields: the title, a title before the metadata, loose lines. */
function check(context: DocumentContext): void {
  const { doc } = context;
  const noise = new Set(doc.noiseLines);
  const lineText = (line: number) => doc.lines.lineText(line);
  if (doc.title) checkLine(context, lineText(doc.title.line), doc.title.line, -1, true);
  const trailing = doc.trailingTitle;
  if (trailing && !noise.has(trailing.line)) checkLine(context, lineText(trailing.line), trailing.line, -1, true);
  for (const line of doc.looseLines) if (!noise.has(line)) checkLine(context, lineText(line), line, -1, false);
}

export const invisibleCharacter = defineRule({
  id: 'invisible-character',
  covers: ['S14'],
  defaultSeverity: Severity.Information,
  physicalLinesOnly: true,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  // Invisible characters inside a URN are urn-format's: it says what they break there. Odd
  // spaces before a final stop go with the stop: its removal takes them.
  defersTo: ['urn-format', 'title-style', 'item-punctuation'],
  check,
  checkSection,
  checkField,
});
