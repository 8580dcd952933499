// S11: a performance criterion starts with a base-form verb (English: "identify", "agree")
// or a verb-noun (Welsh: "cyfathrebu", "nodi"), perhaps after an adverb.

import { startsWithNoVerb } from '../conventions/verbs';
import { say, type Message } from '../messages/message';
import { itemTextStart } from './itemText';
import { Severity } from '../types';
import { defineRule, type SectionContext } from './rule';

const MESSAGES = {
  description: {
    en: 'Performance criteria start with a verb (English) or a verb-noun (Welsh), perhaps after an adverb.',
    cy: "Mae meini prawf perfformiad yn dechrau â berf (Saesneg) neu ferfenw (Cymraeg), efallai ar ôl adferf.",
  },
  // By the document's language, whatever the messages': its criteria start with its verbs.
  notVerb: {
    en: ({ word }) => `This criterion starts with “${word}”, not a verb: criteria say what the person does (“identify”, “agree”, “record”).`,
    cy: ({ word }) => `Mae'r maen prawf hwn yn dechrau â “${word}”, nid â berf: mae meini prawf yn dweud beth mae'r person yn ei wneud (“identify”, “agree”, “record”).`,
  } satisfies Message<{ word: string }>,
  notVerbNoun: {
    en: ({ word }) => `This criterion starts with “${word}”, not a verb-noun: criteria say what the person does (“nodi”, “cytuno”, “cofnodi”).`,
    cy: ({ word }) => `Mae'r maen prawf hwn yn dechrau â “${word}”, nid â berfenw: mae meini prawf yn dweud beth mae'r person yn ei wneud (“nodi”, “cytuno”, “cofnodi”).`,
  } satisfies Message<{ word: string }>,
};

function checkSection({ section, lineText, span, language, report }: SectionContext): void {
  if (section.id !== 'performance-criteria') return;
  for (const item of section.items) {
    const line = lineText(item.line);
    const from = itemTextStart(line, item);
    const found = startsWithNoVerb(line.slice(from), language);
    if (!found) continue;
    const start = from + found.start;
    report({
      range: span(item.line, start, start + found.word.length),
      message: say(language === 'cy' ? MESSAGES.notVerbNoun : MESSAGES.notVerb, { word: found.word }),
    });
  }
}

export const criterionVerb = defineRule({
  id: 'criterion-verb',
  covers: ['S11'],
  defaultSeverity: Severity.Information,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  checkSection,
});
