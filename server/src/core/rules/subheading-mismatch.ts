// S24: the element sub-headings of the performance criteria and of the knowledge
// section correspond. Sections with the same number of sub-headings are compared pair
// by pair, and a word spelt a letter or two differently in one of a pair is reported
// ("Ymgyslltu" in K for "Ymgysylltu" in P, draft 001). Parallel wording, mutations
// ("cwsmeriaid"/"chwsmeriaid") and plurals are the writer's choice.

import { distance } from 'fastest-levenshtein';
import { sectionSpec } from '../catalogue';
import type { Element, Section } from '../model/types';
import { foldApostrophes } from '../text/normalise';
import { swapsTwoLetters } from '../text/typos';
import { mutatedForms, radicalCandidates } from '../welsh/mutations';
import { Severity } from '../types';
import { defineRule, type DocumentContext } from './rule';
import { say, type Message } from '../messages/message';

interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;
/**
 * A character that can sit unseen inside a word: a soft hyphen, a zero-width space, a
 * control, private or unassigned character.
 */
const HIDDEN = /(?![\t\n\v\f\r])\p{C}/u;
/** Wording one sub-heading may take from the other whole: words, digits, punctuation and spaces. */
const WORDING = /^[\p{L}\p{M}\p{N}\p{P} ]+$/u;
/** What lies between spaces. */
const CHUNK = /[^\p{Zs}\t\n\v\f\r]+/gu;

/**
 * The words of a sub-heading. Letters between spaces that hold a hidden character may make
 * one longer word ("Ymgysllt" and "u" of "Ymgysllt\u00adu"): they are not read, lest a fix
 * glue letters on.
 */
function words(label: string): Word[] {
  const found: Word[] = [];
  for (const chunk of label.matchAll(CHUNK)) {
    if (HIDDEN.test(chunk[0])) continue;
    for (const m of chunk[0].matchAll(WORD)) {
      const start = chunk.index! + m.index!;
      found.push({ text: m[0], key: foldApostrophes(m[0]).toLowerCase(), start, end: start + m[0].length });
    }
  }
  return found;
}

/**
 * One word extends the other (a plural, a suffix), or both are forms of one radical: the
 * radical and a mutation, or two mutations ("gwsmeriaid" after "i", "chwsmeriaid" after "â").
 */
function variants(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  if (mutatedForms(a).some((f) => f.form === b) || mutatedForms(b).some((f) => f.form === a)) return true;
  const radicals = new Set(radicalCandidates(a));
  return radicalCandidates(b).some((radical) => radicals.has(radical));
}

/** A word of `label` that looks like a misspelling of a word of `other`. */
export function misspeltWord(label: string, other: string): { word: Word; wanted: Word } | null {
  const theirs = words(other).filter((w) => w.key.length >= 5);
  const keys = new Set(theirs.map((w) => w.key));
  for (const word of words(label)) {
    if (word.key.length < 5 || keys.has(word.key)) continue;
    for (const wanted of theirs) {
      const cost = distance(word.key, wanted.key);
      const near = cost <= (wanted.key.length >= 8 ? 2 : 1) || swapsTwoLetters(word.key, wanted.key);
      if (cost > 0 && near && !variants(word.key, wanted.key)) return { word, wanted };
    }
  }
  return null;
}

/** How often each of two words occurs in the items of the sections, to tell which spelling the writer uses. */
function wordCounts(sections: Section[], a: string, b: string): [number, number] {
  const counts: [number, number] = [0, 0];
  for (const section of sections) {
    for (const item of section.items) {
      // Splitting every item into words costs more than the rest of the check: only those holding either are split.
      const folded = foldApostrophes(item.text).toLowerCase();
      if (!folded.includes(a) && !folded.includes(b)) continue;
      for (const word of words(item.text)) {
        if (word.key === a) counts[0]++;
        else if (word.key === b) counts[1]++;
      }
    }
  }
  return counts;
}

const plain = (label: string) => label.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();

type Mismatch = { word: string; wanted: string; wording: string; section: string };

const MESSAGES = {
  description: {
    en: 'The element sub-headings of the performance criteria and of the knowledge section correspond, spelt alike.',
    cy: "Mae is-benawdau elfennau'r meini prawf perfformiad a'r adran wybodaeth yn cyfateb, wedi'u sillafu yr un fath.",
  },
  /** `section` is the other section's name in the document's language, whatever the messages'. */
  twin: {
    en: ({ word, wanted, wording, section }) => `“${word}” in this sub-heading is spelt “${wanted}” in the matching sub-heading under “${section}”: “${wording}”.`,
    cy: ({ word, wanted, wording, section }) => `Mae “${word}” yn yr is-bennawd hwn wedi'i sillafu'n “${wanted}” yn yr is-bennawd cyfatebol o dan “${section}”: “${wording}”.`,
  } satisfies Message<Mismatch>,
  changeTo: {
    en: ({ wanted }) => `Change to “${wanted}”`,
    cy: ({ wanted }) => `Newid i “${wanted}”`,
  } satisfies Message<{ wanted: string }>,
  useWording: {
    en: ({ wording }) => `Use “${wording}”`,
    cy: ({ wording }) => `Defnyddio “${wording}”`,
  } satisfies Message<{ wording: string }>,
};

function report(context: DocumentContext, element: Element, twin: Element, inKnowledge: boolean, word: Word, wanted: Word): void {
  const { lines } = context.doc;
  const line = lines.lineText(element.line);
  const offset = element.range.start.character;
  const range = lines.span(element.line, offset + word.start, offset + word.end);
  const wording = plain(twin.label);
  const elementText = line.slice(element.range.start.character, element.range.end.character);
  context.report({
    range,
    message: say(MESSAGES.twin, {
      word: word.text, wanted: wanted.text, wording, section: sectionSpec(inKnowledge ? 'performance-criteria' : 'knowledge-understanding').name[context.language],
    }),
    fixes: [
      { title: say(MESSAGES.changeTo, { wanted: wanted.text }), edits: [{ range, newText: wanted.text }], isPreferred: true },
      // Not over markup, odd spaces, hidden characters or symbols (a stray "> Overview."),
      // which the writer did not see to choose or may not mean to lose, nor with the twin's.
      ...(plain(elementText) === elementText && WORDING.test(elementText) && WORDING.test(wording) && wording !== elementText
        ? [{ title: say(MESSAGES.useWording, { wording }), edits: [{ range: element.range, newText: wording }] }]
        : []),
    ],
  });
}

export const subheadingMismatch = defineRule({
  id: 'subheading-mismatch',
  covers: ['S24'],
  defaultSeverity: Severity.Information,
  physicalLinesOnly: true,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    const { doc } = context;
    const pc = doc.sections.find((s) => s.id === 'performance-criteria');
    const k = doc.sections.find((s) => s.id === 'knowledge-understanding');
    if (!pc || !k || pc.elements.length === 0 || pc.elements.length !== k.elements.length) return;
    pc.elements.forEach((p, index) => {
      const kElement = k.elements[index];
      const found = misspeltWord(kElement.label, p.label);
      if (!found) return;
      // The spelling the items use more often is the writer's; the criteria's wins a tie.
      const [kUses, pcUses] = wordCounts([pc, k], found.word.key, found.wanted.key);
      const kRight = kUses > pcUses;
      if (!kRight) return report(context, kElement, p, true, found.word, found.wanted);
      const back = misspeltWord(p.label, kElement.label);
      if (back) report(context, p, kElement, false, back.word, back.wanted);
    });
  },
});
