// S16: the URN and the original URN have the shape real URNs have, with nothing invisible
// inside.

import { say, type Message } from '../messages/message';
import { isFiller } from '../metadata/filler';
import { listParts, valueSpan, type ListPart } from '../metadata/lists';
import { INVISIBLE, urnShape } from '../metadata/urn';
import { Severity, type Range } from '../types';
import { defineRule, type FieldContext } from './rule';

const MESSAGES = {
  description: {
    en: 'The URN and original URN are letters then digits, as real URNs are, with nothing invisible inside.',
    cy: "Llythrennau ac yna digidau yw'r URN a'r URN gwreiddiol, fel URNau go iawn, heb ddim byd anweledig ynddynt.",
  },
  malformed: {
    en: ({ urn }) => `“${urn}” is not a URN: a URN is the developer's letters, the suite and a number, such as “LANAgM17”.`,
    cy: ({ urn }) => `Nid yw “${urn}” yn URN: llythrennau'r datblygwr, y gyfres a rhif yw URN, fel “LANAgM17”.`,
  } satisfies Message<{ urn: string }>,
  unusual: {
    en: ({ urn }) => `“${urn}” is an unusual URN: most are three capitals, then letters and digits only, such as “SKAEAF2”. Check it against the database.`,
    cy: ({ urn }) => `Mae “${urn}” yn URN anarferol: tair priflythyren, yna llythrennau a digidau yn unig, yw'r rhan fwyaf, fel “SKAEAF2”. Gwiriwch ef yn erbyn y gronfa ddata.`,
  } satisfies Message<{ urn: string }>,
  invisible: {
    en: ({ urn }) => `The URN “${urn}” has invisible characters inside: searches and links will not find it.`,
    cy: ({ urn }) => `Mae nodau anweledig y tu mewn i'r URN “${urn}”: ni fydd chwiliadau a dolenni yn dod o hyd iddo.`,
  } satisfies Message<{ urn: string }>,
  removeInvisible: { en: 'Remove the invisible characters', cy: "Tynnu'r nodau anweledig" },
};

const URN_FIELDS: ReadonlySet<string> = new Set(['urn', 'original-urn']);
const INVISIBLE_CHARACTER = new RegExp(INVISIBLE.source);
const blank = (c: string) => c.trim() === '' || INVISIBLE_CHARACTER.test(c);

/**
 * A part without the spaces and invisible characters at its edges: they lie around the URN
 * (invisible-character's), and whether a URN is well formed does not hang on them.
 */
function inner({ text, start }: ListPart): ListPart {
  let from = 0;
  let to = text.length;
  while (from < to && blank(text[from])) from++;
  while (to > from && blank(text[to - 1])) to--;
  return { text: text.slice(from, to), start: start + from };
}

function checkField({ field, report }: FieldContext): void {
  const range = field.valueRange;
  if (!URN_FIELDS.has(field.id) || !range || isFiller(field.value)) return;
  const oneLine = valueSpan(field, 0, 0) !== null;
  const at = (start: number, length: number): Range => valueSpan(field, start, length) ?? range;
  // An original URN may list several.
  for (const { text, start } of listParts(field.value).map(inner)) {
    if (text === '') continue;
    const clean = text.replace(INVISIBLE, '');
    const shape = urnShape(clean);
    if (shape === 'malformed') {
      report({ range: at(start, text.length), severity: Severity.Error, message: say(MESSAGES.malformed, { urn: clean }) });
    } else if (clean !== text) {
      const edits = oneLine ? [...text.matchAll(INVISIBLE)].map((m) => ({ range: at(start + m.index, m[0].length), newText: '' })) : [];
      report({
        range: at(start, text.length),
        severity: Severity.Warning,
        message: say(MESSAGES.invisible, { urn: clean }),
        fixes: edits.length ? [{ title: MESSAGES.removeInvisible, edits, safe: true, isPreferred: true }] : [],
      });
    } else if (shape === 'unusual') {
      report({ range: at(start, text.length), severity: Severity.Warning, message: say(MESSAGES.unusual, { urn: text }) });
    }
  }
}

export const urnFormat = defineRule({
  id: 'urn-format',
  covers: ['S16'],
  defaultSeverity: Severity.Error,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkField,
});
