// S12: performance criteria and knowledge items begin lower-case and end without a full
// stop, or the semicolon of a list copied from Word. A capital that starts an acronym or a
// proper noun (a word the items also capitalise in mid-sentence) is right; so is the stop
// of an abbreviation.

import { sectionSpec } from '../catalogue';
import { closedClass, englishTags, mayBeBaseVerb } from '../conventions/lexicon';
import { PROPER_WORDS } from '../conventions/words';
import { say, type Message } from '../messages/message';
import type { Item, Section } from '../model/types';
import { Severity, type Lang } from '../types';
import { endsInOneMark, SPACE_OR_INVISIBLE, spacesBefore, startsLowerCase, trimEndOf, withoutInvisibles } from '../text/normalise';
import { defineRule, type SectionContext } from './rule';
import { ownLastLine, span } from './spans';
import { ENTITY_SOURCE } from './stray-markup';
import { labeller } from './unnumbered-item';

/** The first word, after markup, quotes and invisible characters (invisible-character's). */
const FIRST_WORD = /^[\s*_"'‘“(\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]*(\p{L}[\p{L}\p{N}'’-]*)/u;
const CAPITALISED = /\s(\p{Lu}\p{Ll}+)/gu;
/** A stop that ends an abbreviation: "etc.", "ayb.", a letter, or letters each with its stop ("e.g.", "U.K.", "a.y.b."). */
const ABBREVIATION = /(?:^|[\s(])(?:etc|ayb|ati|ltd|inc|co|nb|(?:\p{L}\.)*\p{L})\.$/iu;

/** Text ending in an HTML entity, as stray-markup reads one. */
const HTML_ENTITY_END = new RegExp(`${ENTITY_SOURCE}$`);

export interface ItemDefect {
  line: number;
  character: number;
  kind: 'capital' | 'stop' | 'semicolon';
  written: string;
  /** For a capital, the word it starts. */
  word?: string;
}

/** Capitalised words the items use after their first word: names, not sentence starts. */
export function properNouns(sections: readonly Section[]): Set<string> {
  const names = new Set<string>();
  for (const section of sections) {
    for (const item of section.items) {
      // Read as seen: an invisible character must not part a word that removing it (a safe fix) joins.
      const text = withoutInvisibles(item.text);
      const after = FIRST_WORD.exec(text)?.[0].length ?? 0;
      for (const match of text.matchAll(CAPITALISED)) if (match.index! >= after) names.add(match[1]);
    }
  }
  return names;
}

/** A capitalised word as the word lists and the lexicon hold it: lower case, without a possessive ("Ohm's", "Wales'"). */
const wordKey = (word: string) => word.replace(/['’]s?$/, '').toLowerCase();

/**
 * Whether a capitalised first word starts a name: a place, people or language
 * ("Welsh language standards"), or a name of several words, another capitalised among
 * the next three ("Equality Act 2010", "Health and Safety at Work etc. Act 1974").
 */
function startsName(after: string, word: string): boolean {
  if (PROPER_WORDS.has(wordKey(word))) return true;
  return after.split(/\s+/).filter(Boolean).slice(0, 3).some((next) => /^\p{Lu}/u.test(next));
}

/**
 * Whether a capitalised first word of an English item is a word the lexicon knows: a common
 * word ("Survey", "How") is a sentence start, an unknown one a name or a trade's term
 * ("Portland cement", "Legionella bacteria", "Ohm's law"), left alone.
 */
function commonEnglish(word: string): boolean {
  return englishTags(wordKey(word)) !== undefined;
}

/**
 * Whether lower-casing an item's first word surely keeps its meaning, so that fix-all may:
 * in English, a small word ("The", "How", "Your") or a criterion's verb ("Survey"). A noun
 * may be a product's name ("Windows event logs", "Word templates"): its fix is offered, not
 * applied by fix-all. Welsh has no lexicon to tell.
 */
function surelySentenceStart(word: string, language: Lang, criteria: boolean): boolean {
  if (language !== 'en') return true;
  const key = wordKey(word);
  return closedClass(key) || (criteria && mayBeBaseVerb(key));
}

/** What is wrong with an item's first letter and final stop. */
export function itemDefects(lineText: (line: number) => string, item: Item, names: () => ReadonlySet<string>, language: Lang): ItemDefect[] {
  const defects: ItemDefect[] = [];
  const first = FIRST_WORD.exec(item.text);
  if (first) {
    const word = first[1];
    const rest = word.slice(1);
    const capital = word[0] !== word[0].toLowerCase() && rest.length > 0 && rest === rest.toLowerCase() && !/\d/.test(word);
    // Read as seen, as properNouns reads: a byte order mark is white space to a pattern, and fix-all takes it.
    if (capital && (language !== 'en' || commonEnglish(word)) && !names().has(word) && !startsName(withoutInvisibles(item.text.slice(first[0].length)), word)) {
      const at = lineText(item.line).indexOf(word, item.labelRange.end.character);
      if (at >= 0) defects.push({ line: item.line, character: at, kind: 'capital', written: word[0], word });
    }
  }
  const mark = finalMark(lineText, item);
  const own = trimEndOf(item.text, SPACE_OR_INVISIBLE);
  // One mark after the other (".;", "; .") is left whole: dropping the last would leave the
  // other to report, and fix-all to take on its next pass. The semicolon that closes an
  // entity ("&amp;", stray-markup's) is no punctuation, nor the stop of an abbreviation.
  if (!mark || !endsInOneMark(own, mark.written) || /[.;]$/.test(trimEndOf(own.slice(0, -1), SPACE_OR_INVISIBLE))) return defects;
  if (mark.written === ';' ? !HTML_ENTITY_END.test(own) : !ABBREVIATION.test(own)) defects.push({ ...mark, kind: mark.written === ';' ? 'semicolon' : 'stop' });
  return defects;
}

/**
 * Where an item's own text ends in a full stop or a semicolon: on its last line before its
 * sub-items (a bullet under it is no part of its text), before spaces and invisible characters.
 */
function finalMark(lineText: (line: number) => string, item: Item): { line: number; character: number; written: string } | null {
  for (let line = ownLastLine(item); line >= item.line; line--) {
    const text = trimEndOf(line === item.range.end.line ? lineText(line).slice(0, item.range.end.character) : lineText(line), SPACE_OR_INVISIBLE);
    const start = line === item.line ? item.labelRange.end.character : 0;
    if (text.length <= start) continue;
    const written = text[text.length - 1];
    return written === '.' || written === ';' ? { line, character: text.length - 1, written } : null;
  }
  return null;
}

/**
 * For each item, whether its final stop is all that keeps the line after it apart: after a
 * blank line, a lower-case line continues an item when the item's sentence has not ended
 * (model/parse.ts), and so does a bare number before one, in a list that criteria-numbering's
 * fix leaves numbered bare. Dropping such a stop would join that line to the item, so
 * fix-all leaves it.
 */
function stopsThatSeparate(section: Section, lineText: (line: number) => string, staysBare: (item: Item) => boolean): (item: Item) => boolean {
  // Where the parser read each line that follows an item: another item, an element or prose.
  const starts = [...section.items.map((i) => i.line), ...section.elements.map((e) => e.line), ...section.paragraphLines].sort((a, b) => a - b);
  const itemAt = new Map(section.items.map((i) => [i.line, i]));
  let next = 0;
  return (item) => {
    if (item.subItems.length) return false;
    while (next < starts.length && starts[next] <= item.lastLine) next++;
    if (next === starts.length) return false;
    const following = starts[next];
    let blank = false;
    for (let line = item.lastLine + 1; line < following && !blank; line++) blank = lineText(line).trim() === '';
    const other = itemAt.get(following);
    return blank && (!other || staysBare(other)) && startsLowerCase(lineText(following));
  };
}

const MESSAGES = {
  description: {
    en: 'Performance criteria and knowledge items start lower-case (names and acronyms aside) and have no final full stop or semicolon.',
    cy: "Mae meini prawf perfformiad ac eitemau gwybodaeth yn dechrau â llythyren fach (ac eithrio enwau ac acronymau) ac nid oes atalnod llawn na hanner colon ar eu diwedd.",
  },
  capital: {
    en: ({ label }) => `Item “${label}” starts with a capital: items start lower-case (except names and acronyms).`,
    cy: ({ label }) => `Mae'r eitem “${label}” yn dechrau â phriflythyren: mae eitemau'n dechrau â llythyren fach (ac eithrio enwau ac acronymau).`,
  } satisfies Message<{ label: string }>,
  lowerCase: {
    en: ({ written, lower }) => `Change “${written}” to “${lower}”`,
    cy: ({ written, lower }) => `Newid “${written}” i “${lower}”`,
  } satisfies Message<{ written: string; lower: string }>,
  stop: {
    en: ({ label }) => `Item “${label}” ends with a full stop: items have no final punctuation.`,
    cy: ({ label }) => `Mae'r eitem “${label}” yn gorffen ag atalnod llawn: nid oes atalnodi ar ddiwedd eitemau.`,
  } satisfies Message<{ label: string }>,
  removeStop: { en: 'Remove the full stop', cy: "Tynnu'r atalnod llawn" },
  semicolon: {
    en: ({ label }) => `Item “${label}” ends with a semicolon: items have no final punctuation.`,
    cy: ({ label }) => `Mae'r eitem “${label}” yn gorffen â hanner colon: nid oes atalnodi ar ddiwedd eitemau.`,
  } satisfies Message<{ label: string }>,
  removeSemicolon: { en: 'Remove the semicolon', cy: "Tynnu'r hanner colon" },
};

function checkSection(context: SectionContext): void {
  const { section, lineText } = context;
  if (!sectionSpec(section.id).sequence) return;
  // A bare number starting a capital may be an item only for that capital: lower-cased, it
  // can read as text wrapped from the item before. Offered, but left out of fix-all (which
  // never changes what a line is) unless criteria-numbering's fix gives it a stop or a prefix.
  const staysBare = (item: Item) => item.style === 'bare' && /^\d+$/.test(labeller(section)(1));
  // Only a capitalised item needs the names, and most items have none.
  let names: Set<string> | null = null;
  const lazyNames = () => (names ??= properNouns([section]));
  let separates: ((item: Item) => boolean) | null = null;
  for (const item of section.items) {
    for (const defect of itemDefects(lineText, item, lazyNames, context.language)) {
      const range = span(defect.line, defect.character, defect.character + defect.written.length);
      const label = item.label;
      if (defect.kind === 'capital') {
        const lower = defect.written.toLowerCase();
        context.report({
          range,
          message: say(MESSAGES.capital, { label }),
          fixes: [{
            title: say(MESSAGES.lowerCase, { written: defect.written, lower }),
            edits: [{ range, newText: lower }],
            safe: !staysBare(item) && surelySentenceStart(defect.word!, context.language, section.id === 'performance-criteria'),
            isPreferred: true,
          }],
        });
      } else {
        // "… customer ." loses its space with its stop. The finding spans them too, so
        // invisible-character's findings on those spaces give way to it.
        const spaced = span(defect.line, spacesBefore(lineText(defect.line), defect.character), defect.character + 1);
        context.report({
          range: spaced,
          message: say(defect.kind === 'stop' ? MESSAGES.stop : MESSAGES.semicolon, { label }),
          fixes: [{
            title: defect.kind === 'stop' ? MESSAGES.removeStop : MESSAGES.removeSemicolon,
            edits: [{ range: spaced, newText: '' }],
            safe: !(separates ??= stopsThatSeparate(section, lineText, staysBare))(item),
            isPreferred: true,
          }],
        });
      }
    }
  }
}

export const itemPunctuation = defineRule({
  id: 'item-punctuation',
  covers: ['S12'],
  defaultSeverity: Severity.Information,
  physicalLinesOnly: true,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkSection,
});
