// S25: section headings and metadata labels in the other language than the document's.
// URN and other labels spelt alike in both languages, metadata values and organisation
// names are never reported; lead-ins are lead-in's.

import { fieldSpec, sectionSpec, type SectionSpec } from '../catalogue';
import { midLine } from '../fixes/lineEdits';
import { say, type Message } from '../messages/message';
import { labelKey } from '../text/normalise';
import { Severity, type Lang, type Range } from '../types';
import { defineRule, type DocumentContext, type SectionContext } from './rule';

type Foreign = { written: string; wanted: string };

const MESSAGES = {
  description: {
    en: 'Section headings and metadata labels are in the document’s language (URN, SOC, NOS, names and metadata values may stay English).',
    cy: "Mae penawdau adrannau a labeli metadata yn iaith y ddogfen (gall URN, SOC, NOS, enwau a gwerthoedd metadata aros yn Saesneg).",
  },
  /** In a Welsh document: "dogfen Gymraeg", the adjective after a feminine noun mutated. */
  englishHeading: {
    en: ({ written, wanted }) => `The heading “${written}” is in English in a document in Welsh: use “${wanted}”.`,
    cy: ({ written, wanted }) => `Mae'r pennawd “${written}” yn Saesneg mewn dogfen Gymraeg: defnyddiwch “${wanted}”.`,
  } satisfies Message<Foreign>,
  welshHeading: {
    en: ({ written, wanted }) => `The heading “${written}” is in Welsh in a document in English: use “${wanted}”.`,
    cy: ({ written, wanted }) => `Mae'r pennawd “${written}” yn Gymraeg mewn dogfen Saesneg: defnyddiwch “${wanted}”.`,
  } satisfies Message<Foreign>,
  englishLabel: {
    en: ({ written, wanted }) => `The metadata label “${written}” is in English in a document in Welsh: use “${wanted}”.`,
    cy: ({ written, wanted }) => `Mae'r label metadata “${written}” yn Saesneg mewn dogfen Gymraeg: defnyddiwch “${wanted}”.`,
  } satisfies Message<Foreign>,
  welshLabel: {
    en: ({ written, wanted }) => `The metadata label “${written}” is in Welsh in a document in English: use “${wanted}”.`,
    cy: ({ written, wanted }) => `Mae'r label metadata “${written}” yn Gymraeg mewn dogfen Saesneg: defnyddiwch “${wanted}”.`,
  } satisfies Message<Foreign>,
  changeTo: {
    en: ({ wanted }) => `Change to “${wanted}”`,
    cy: ({ wanted }) => `Newid i “${wanted}”`,
  } satisfies Message<{ wanted: string }>,
};

/**
 * The label in `to` for one written in the other language: its pair in the catalogue
 * (a web header's "Approved on" becomes "Cymeradwy ar"), else the first label.
 */
export function translation(spec: Pick<SectionSpec, 'labels' | 'pairs'>, written: string, from: Lang, to: Lang): string {
  const key = labelKey(written);
  return spec.pairs?.find((pair) => labelKey(pair[from]) === key)?.[to] ?? spec.labels[to][0];
}

function foreign(context: { report: DocumentContext['report'] }, range: Range, values: Foreign, from: Lang, what: 'Heading' | 'Label', safe = true): void {
  context.report({
    range,
    message: say(MESSAGES[`${from === 'en' ? 'english' : 'welsh'}${what}`], values),
    fixes: [{ title: say(MESSAGES.changeTo, values), edits: [{ range, newText: values.wanted }], safe, isPreferred: true }],
  });
}

const multiWord = (label: string) => /\s/.test(label.trim());

/**
 * Whether the parser's line starts inside a line of the text: a part of flattened text.
 * Whether a run-on line is flattened rests on the headings and labels found inside it
 * (model/flat/read.ts), so there a translation is offered but left out of fix-all.
 */
const insideLine = (context: Pick<SectionContext, 'span'>, line: number) => midLine(context.span(line, 0, 0).start);

export const mixedLanguage = defineRule({
  id: 'mixed-language',
  covers: ['S25'],
  defaultSeverity: Severity.Warning,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkSection(context) {
    const heading = context.section.heading;
    const lang = context.language;
    if (!heading?.lang || heading.lang === lang) return;
    const wanted = translation(sectionSpec(context.section.id), heading.text, heading.lang, lang);
    foreign(context, heading.range, { written: heading.text, wanted }, heading.lang, 'Heading', !insideLine(context, heading.line));
  },
  checkField(context) {
    const { field } = context;
    const lang = context.language;
    if (!field.lang || field.lang === lang || !field.label || field.misspelt) return;
    const wanted = translation(fieldSpec(field.id), field.label, field.lang, lang);
    // A label is read as one partly by its number of words (model/parse.ts): as the first
    // after a section, and wherever a space alone parts it from its value ("Keywords x" may
    // be prose or a value of the label above, "Geiriau allweddol x" is a label). There a
    // translation with another number is offered, but left out of fix-all, which never
    // changes what a line is.
    const value = field.inline ? field.valueRange : null;
    const spaced = value !== null && value.start.line === field.line &&
      !context.lineText(field.line).slice(field.labelRange.end.character, value.start.character).includes(':');
    const safe = (multiWord(wanted) === multiWord(field.label) || (!field.startsBlock && !spaced)) && !insideLine(context, field.line);
    foreign(context, field.labelRange, { written: field.label, wanted }, field.lang, 'Label', safe);
  },
});
