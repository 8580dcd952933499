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

/** A word, the spaces after it and the same word again, in any case: each word is tried once, from its start. */
const REPEAT = /(?<![\p{L}\p{M}\p{N}'’-])(\p{L}[\p{L}\p{M}]*)([ \t\u00a0]+)(\1)(?![\p{L}\p{M}\p{N}'’-])/giu;

function checkSection({ section, lineText, span, language, report }: SectionContext): void {
  for (const [line, from, to] of sectionSpans(section, lineText)) {
    const text = lineText(line).slice(0, to);
    REPEAT.lastIndex = from;
    for (let match = REPEAT.exec(text); match; match = REPEAT.exec(text)) {
      const [, word, spaces] = match;
      if (REPEATS_MEANT[language].has(word.toLowerCase())) continue;
      // The second word and the spaces before it: the first stays as written.
      const start = match.index + word.length;
      const end = start + spaces.length + word.length;
      const range = span(line, start + spaces.length, end);
      report({
        range,
        message: say(MESSAGES.repeated, { word }),
        fixes: [{ title: say(MESSAGES.remove, { word }), edits: [{ range: span(line, start, end), newText: '' }], isPreferred: true }],
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
