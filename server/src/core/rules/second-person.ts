// S29: criteria and knowledge items speak to the reader ("you", "your"; "chi", "eich"), not
// of "the candidate" or "the learner".

import { sectionSpec } from '../catalogue';
import { MAY_NAME_THIRD_PERSON, THIRD_PERSON, THIRD_PERSON_START } from '../conventions/words';
import { say, type Message } from '../messages/message';
import { itemTextStart } from './itemText';
import { Severity } from '../types';
import { defineRule, type SectionContext } from './rule';

const YOU = { en: '“you”, “your”', cy: '“chi”, “eich”' } as const;

const MESSAGES = {
  description: {
    en: 'Criteria and knowledge items are written to the reader (you, your), not of “the candidate” or “the learner”.',
    cy: "Mae'r meini prawf a'r eitemau gwybodaeth wedi'u hysgrifennu at y darllenydd (chi, eich), nid am “yr ymgeisydd” neu “y dysgwr”.",
  },
  /** `you` are the words of the document's language, whatever the messages'. */
  thirdPerson: {
    en: ({ words, you }) => `“${words}” is third-person drafting: standards speak to the person doing the work (${you}).`,
    cy: ({ words, you }) => `Drafftio yn y trydydd person yw “${words}”: mae safonau'n siarad â'r sawl sy'n gwneud y gwaith (${you}).`,
  } satisfies Message<{ words: string; you: string }>,
};

function checkSection({ section, lineText, span, language, report }: SectionContext): void {
  if (!sectionSpec(section.id).sequence) return;
  for (const item of section.items) {
    for (let line = item.line; line <= item.lastLine; line++) {
      const text = lineText(line);
      // The item's own text on its first line starts after the label.
      const from = line === item.line ? itemTextStart(text, item) : 0;
      const body = text.slice(from);
      const start = line === item.line ? THIRD_PERSON_START.exec(body) : null;
      const matches = MAY_NAME_THIRD_PERSON.test(body) ? [...body.matchAll(THIRD_PERSON)].map((m) => ({ index: m.index, words: m[0] })) : [];
      if (start) matches.unshift({ index: 0, words: start[0] });
      for (const { index, words } of matches) {
        const character = from + index;
        report({
          range: span(line, character, character + words.length),
          message: say(MESSAGES.thirdPerson, { words, you: YOU[language] }),
        });
      }
    }
  }
}

export const secondPerson = defineRule({
  id: 'second-person',
  covers: ['S29'],
  defaultSeverity: Severity.Information,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  checkSection,
});
