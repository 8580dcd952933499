// A word written twice in a row ("the the", "i i"), a slip of typing or of copying, in the
// writer's text of every section: items, paragraphs, element sub-headings, glossary entries.

import { REPEATS_MEANT } from '../conventions/words';
import { say, type Message } from '../messages/message';
import { Severity } from '../types';
import { defineRule, type SectionContext } from './rule';
import { sectionSpans } from './spans';

const MESSAGES = {
  description: {
    en: 'No word is written twice in a row (“the the”).',
    cy: "Nid oes gair wedi'i ysgrifennu ddwywaith yn olynol (“y y”).",
  },
  repeated: {
    en: ({ word }) => `“${word}” is written twice.`,
    cy: ({ word }) => `Mae “${word}” wedi'i ysgrifennu ddwywaith.`,
  } satisfies Message<{ word: string }>,
  remove: {
    en: ({ word }) => `Delete the second “${word}”`,
    cy: ({ word }) => `Dileu'r ail “${word}”`,
  } satisfies Message<{ word: string }>,
};

/**
 * A word, spaces and the same word again in any case, read where a word starts. The second
 * may carry a clitic or possessive, which stays when it goes: "gyda gyda'ch" → "gyda'ch".
 */
const REPEAT_AT = /(\p{L}[\p{L}\p{M}]*)( +)(\1)(?![\p{L}\p{M}\p{N}-])/iuy;
/** A quote or bracket a word may open with: "(the the". */
const opener = (c: number) => c === 40 || c === 34 || c === 39 || c === 91 || c === 0x201c || c === 0x2018;

const asciiLetter = (c: number) => ((c | 32) >= 97 && (c | 32) <= 122);

/** Whether two different characters may be one letter in two cases: a cheap test before the pattern's. */
function mayMatch(a: number, b: number): boolean {
  if (a < 128 || b < 128) return (a | 32) === (b | 32);
  return String.fromCharCode(a).toLowerCase() === String.fromCharCode(b).toLowerCase();
}

function checkSection({ section, lineText, span, language, report }: SectionContext): void {
  for (const [line, from, to] of sectionSpans(section, lineText)) {
    const text = lineText(line);
    // Word by word, at each space: the pattern runs only where the next word starts like this one.
    let word = from;
    for (let space = text.indexOf(' ', from); space !== -1 && space + 1 < to; space = text.indexOf(' ', space + 1)) {
      const next = space + 1;
      const b = text.charCodeAt(next);
      if (b === 32) continue;
      let start = word;
      word = next;
      let a = text.charCodeAt(start);
      while (opener(a) && start < space) a = text.charCodeAt(++start);
      if (a !== b && !mayMatch(a, b)) continue;
      // The same length, and the same last letter: most pairs of words that start alike differ there.
      const length = space - start;
      const c = text.charCodeAt(space - 1);
      const d = text.charCodeAt(next + length - 1);
      if (next + length > to || (c !== d && !mayMatch(c, d)) || asciiLetter(text.charCodeAt(next + length))) continue;
      REPEAT_AT.lastIndex = start;
      const match = REPEAT_AT.exec(text);
      if (!match || start + match[0].length > to || REPEATS_MEANT[language].has(match[1].toLowerCase())) continue;
      const [, first, spaces, second] = match;
      // The second word and the spaces before it: the first stays as written.
      const cut = start + first.length;
      const end = cut + spaces.length + second.length;
      report({
        range: span(line, cut + spaces.length, end),
        message: say(MESSAGES.repeated, { word: first }),
        fixes: [{ title: say(MESSAGES.remove, { word: first }), edits: [{ range: span(line, cut, end), newText: '' }], isPreferred: true }],
      });
    }
  }
}

export const repeatedWord = defineRule({
  id: 'repeated-word',
  covers: [],
  defaultSeverity: Severity.Warning,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkSection,
});
