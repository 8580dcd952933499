// S14: characters a writer cannot see: a no-break space after an item number,
// zero-width and direction marks, soft hyphens, odd spaces, and trailing spaces on
// headings, lead-ins, labels and values.

import { classifyLine } from '../model/classify';
import type { MetadataField, NosDocument, Section } from '../model/types';
import { Severity, type Bilingual } from '../types';
import type { Report, Rule, RuleContext } from './rule';

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
  return (i === 0 || LATIN.test(text[i - 1])) && (i + 1 === text.length || LATIN.test(text[i + 1]));
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
  return result;
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
    const newText = normalise(run, afterLabel);
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

const MESSAGES: Record<Invisible['kind'], Bilingual> = {
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
};

const GROUP = {
  key: 'invisible-character',
  title: { en: 'Remove all invisible characters', cy: "Tynnu pob nod anweledig" },
};

/** Whether taking the character out changes what the line is (it becomes an item, a heading…). */
function changesLine(text: string, invisible: Invisible): boolean {
  const before = classifyLine(text);
  const after = classifyLine(text.slice(0, invisible.start) + invisible.newText + text.slice(invisible.end));
  return before.kind !== after.kind || (before.kind === 'item' && after.kind === 'item' && before.style !== after.style);
}

function report(context: RuleContext, line: number, found: Invisible[]): void {
  const text = context.doc.lines.lineText(line);
  for (const invisible of found) {
    const range = context.doc.lines.span(line, invisible.start, invisible.end);
    const fix: Report['fixes'] = [{
      title: invisible.newText
        ? { en: 'Use an ordinary space', cy: 'Defnyddio bwlch cyffredin' }
        : { en: 'Remove the invisible characters', cy: "Tynnu'r nodau anweledig" },
      edits: [{ range, newText: invisible.newText }],
      // Fix-all changes characters, never the document's structure.
      safe: invisible.kind === 'nbsp-label' || invisible.kind === 'trailing' || !changesLine(text, invisible),
      isPreferred: true,
    }];
    context.report({ range, message: MESSAGES[invisible.kind], fixes: fix, group: GROUP });
  }
}

/** Checks a line; trailing spaces count only on lines that are headings, labels or values. */
function checkLine(context: RuleContext, line: number, labelEnd: number, trailing: boolean): void {
  const text = context.doc.lines.lineText(line);
  // A byte order mark opening the file is its encoding's, not the writer's.
  const found = findInvisibles(text, line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0, labelEnd);
  const tail = trailing ? trailingSpace(text) : null;
  // A no-break space at the end is part of the trailing run.
  report(context, line, tail ? [...found.filter((f) => f.start < tail.start), tail] : found);
}

function checkSection(context: RuleContext, section: Section): void {
  const { noiseLines } = context.doc;
  const noise = noiseLines.length ? new Set(noiseLines) : null;
  const { items, leadIns, heading } = section;
  let item = 0;
  let leadIn = 0;
  for (let line = section.firstLine; line <= section.lastLine; line++) {
    if (noise?.has(line)) continue;
    while (item < items.length && items[item].line < line) item++;
    while (leadIn < leadIns.length && leadIns[leadIn].line < line) leadIn++;
    const labelEnd = items[item]?.line === line ? items[item].labelRange.end.character : -1;
    checkLine(context, line, labelEnd, line === heading?.line || leadIns[leadIn]?.line === line);
  }
}

function checkField(context: RuleContext, field: MetadataField): void {
  // The bare URN line of PDF copies carries the PDF's trailing space: a quirk of the layout.
  const bare = !field.label;
  const noise = new Set(context.doc.noiseLines);
  for (let line = field.line; line <= field.lastLine; line++) if (!noise.has(line)) checkLine(context, line, -1, !bare);
}

/** Lines outside sections and fields: the title, a title before the metadata, loose lines. */
function checkRest(context: RuleContext, doc: NosDocument): void {
  const noise = new Set(doc.noiseLines);
  if (doc.title) checkLine(context, doc.title.line, -1, true);
  if (doc.trailingTitle && !noise.has(doc.trailingTitle.line)) checkLine(context, doc.trailingTitle.line, -1, true);
  for (const line of doc.looseLines) if (!noise.has(line)) checkLine(context, line, -1, false);
}

export const invisibleCharacter: Rule = {
  id: 'invisible-character',
  covers: ['S14'],
  defaultSeverity: Severity.Information,
  description: {
    en: 'No invisible characters: no-break spaces after item numbers, zero-width characters, odd spaces, trailing spaces on headings, labels and values.',
    cy: "Dim nodau anweledig: bylchau di-dor ar ôl rhifau eitemau, nodau lled sero, bylchau anarferol, bylchau ar ddiwedd penawdau, labeli a gwerthoedd.",
  },
  check(context) {
    checkRest(context, context.doc);
  },
  checkSection,
  checkField,
};
