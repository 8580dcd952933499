// S29: criteria and knowledge items speak to the reader ("you", "your"; "chi", "eich"), not
// of "the candidate" or "the learner".

import { sectionSpec } from '../catalogue';
import { THIRD_PERSON_CLAUSE, THIRD_PERSON_SUBJECT } from '../conventions/words';
import { say, type Message } from '../messages/message';
import { itemTextStart } from './itemText';
import { allItems } from './spans';
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
  for (const item of allItems(section)) {
    const text = lineText(item.line);
    const from = itemTextStart(text, item);
    const subject = (section.id === 'knowledge-understanding' ? THIRD_PERSON_CLAUSE : THIRD_PERSON_SUBJECT).exec(text.slice(from));
    if (!subject) continue;
    const name = subject[1] ?? subject[2];
    const end = from + subject[0].length;
    // "'r ymgeisydd" is quoted with the verb it hangs on: "mae'r ymgeisydd".
    const start = /^['’]/.test(name) ? from : end - name.length;
    const words = text.slice(start, end);
    report({ range: span(item.line, start, end), message: say(MESSAGES.thirdPerson, { words, you: YOU[language] }) });
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
