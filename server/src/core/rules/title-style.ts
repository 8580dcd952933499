// S21: the title starting with a verb, in sentence case, without a final full stop or a URN inside, and with
// "Legacy" at its end exactly when the standard's validity is Legacy.

import { say, type Message } from '../messages/message';
import { startsWithNoVerb } from '../conventions/verbs';
import { allowedValue } from '../metadata/allowed';
import { strictUrn } from '../metadata/urn';
import { endsInOneMark, SPACE_OR_INVISIBLE, spacesBefore, trimEndOf, withoutInvisibles } from '../text/normalise';
import { urnShaped } from '../model/preamble';
import type { TextSpan } from '../model/types';
import { Severity, type Range } from '../types';
import { defineRule, type DocumentContext } from './rule';

const MESSAGES = {
  description: {
    en: 'The title starts with a verb, is in sentence case, without a final full stop or a URN, and ends in “Legacy” exactly when the validity is Legacy.',
    cy: "Mae'r teitl yn dechrau â berf neu ferfenw, mewn priflythyren brawddeg, heb atalnod llawn ar y diwedd nac URN, ac mae'n gorffen â “Legacy” dim ond pan mai Legacy yw'r dilysrwydd.",
  },
  fullStop: { en: 'The title ends with a full stop: titles have none.', cy: "Mae'r teitl yn gorffen ag atalnod llawn: nid oes un gan deitlau." },
  dropStop: { en: 'Remove the full stop', cy: "Tynnu'r atalnod llawn" },
  titleCase: {
    en: ({ words }) => `The title capitalises ${words}: titles are in sentence case, with capitals only for the first word and names.`,
    cy: ({ words }) => `Mae'r teitl yn rhoi priflythyren i ${words}: mae teitlau mewn priflythyren brawddeg, gyda phriflythrennau ar gyfer y gair cyntaf ac enwau yn unig.`,
  } satisfies Message<{ words: string }>,
  sentenceCase: { en: 'Write the title in sentence case', cy: "Ysgrifennu'r teitl mewn priflythyren brawddeg" },
  urnInside: {
    en: ({ urn }) => `The title holds the URN “${urn}”: the URN has a field of its own.`,
    cy: ({ urn }) => `Mae'r URN “${urn}” yn y teitl: mae gan yr URN ei faes ei hun.`,
  } satisfies Message<{ urn: string }>,
  legacyNotInTitle: {
    en: 'The validity is Legacy, but the title does not end with “Legacy”.',
    cy: "Legacy yw'r dilysrwydd, ond nid yw'r teitl yn gorffen â “Legacy”.",
  },
  // By the document's language, whatever the messages': its titles start with its verbs.
  notVerb: {
    en: ({ word }) => `The title starts with “${word}”, not a verb: a title names the function by what the person does (“Install”, “Manage”).`,
    cy: ({ word }) => `Mae'r teitl yn dechrau â “${word}”, nid â berf: mae teitl yn enwi'r swyddogaeth drwy'r hyn mae'r person yn ei wneud (“Install”, “Manage”).`,
  } satisfies Message<{ word: string }>,
  notVerbNoun: {
    en: ({ word }) => `The title starts with “${word}”, not a verb-noun: a title names the function by what the person does (“Gosod”, “Rheoli”).`,
    cy: ({ word }) => `Mae'r teitl yn dechrau â “${word}”, nid â berfenw: mae teitl yn enwi'r swyddogaeth drwy'r hyn mae'r person yn ei wneud (“Gosod”, “Rheoli”).`,
  } satisfies Message<{ word: string }>,
  legacyInTitle: {
    en: 'The title ends with “Legacy”, but the validity is not Legacy.',
    cy: "Mae'r teitl yn gorffen â “Legacy”, ond nid Legacy yw'r dilysrwydd.",
  },
};

const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Short words, and words in capitals (acronyms: NOS, NHS, SOC), are not judged. */
const JUDGED = (word: string) => word.length >= 4 && word !== word.toUpperCase();

function within(title: TextSpan, start: number, end: number): Range {
  const { line, character } = title.range.start;
  return { start: { line, character: character + start }, end: { line, character: character + end } };
}

function checkCase({ report }: DocumentContext, title: TextSpan): void {
  const later = [...title.text.matchAll(WORD)].slice(1);
  const judged = later.filter((m) => JUDGED(m[0]));
  const capitalised = (m: RegExpMatchArray) => /^\p{Lu}(?:\p{Ll}|$)/u.test(m[0]);
  // Title Case, not a name or two: three or more judged words, and most, capitalised.
  const capitals = judged.filter(capitalised);
  if (capitals.length < 3 || capitals.length * 3 < judged.length * 2) return;
  // The fix lowers every capitalised word but acronyms; the writer puts names back.
  const edits = later.filter(capitalised).map((m) => ({ range: within(title, m.index!, m.index! + 1), newText: m[0].charAt(0).toLowerCase() }));
  report({
    range: title.range,
    message: say(MESSAGES.titleCase, { words: [...new Set(capitals.map((m) => `“${m[0]}”`))].join(', ') }),
    fixes: [{ title: MESSAGES.sentenceCase, edits }],
  });
}

function check(context: DocumentContext): void {
  const { doc, report } = context;
  const title = doc.title;
  if (!title || title.text.trim() === '') return;
  const text = title.text;
  // The final stop, before spaces and invisible characters (which are invisible-character's).
  const body = trimEndOf(text, SPACE_OR_INVISIBLE);
  // A title of a stop alone has no title to keep: dropping it would make the next line the title.
  // Nor a stop after another and markup ("0. *."): the title is read without its closing
  // markup, so without this stop it would end in the other.
  if (endsInOneMark(body) && !/\.[\s*_]*$/.test(withoutInvisibles(body.slice(0, -1)))) {
    const stop = body.length - 1;
    // "Title ." loses its space with its stop: left at the end of the title, it is a defect of its own.
    // The finding spans them too, so invisible-character's findings on those spaces give way to it.
    const range = within(title, spacesBefore(text, stop), stop + 1);
    // A URN and a stop is a title; without the stop, the bare URN of a PDF copy, and the next line the title.
    const safe = !urnShaped(withoutInvisibles(body.slice(0, stop)).trim());
    report({
      range,
      message: MESSAGES.fullStop,
      fixes: [{ title: MESSAGES.dropStop, edits: [{ range, newText: '' }], safe, isPreferred: true }],
    });
  }
  checkCase(context, title);
  checkVerb(context, title);
  const urn = doc.fields.find((f) => f.id === 'urn')?.value.trim();
  for (const match of text.matchAll(/[A-Za-z0-9]+/g)) {
    if ((urn && match[0] === urn) || (strictUrn(match[0]) && /\d/.test(match[0]) && /[a-z]/i.test(match[0]) && match[0].length >= 5)) {
      report({ range: within(title, match.index, match.index + match[0].length), message: say(MESSAGES.urnInside, { urn: match[0] }) });
    }
  }
  const validity = doc.fields.find((f) => f.id === 'validity');
  const meaning = validity && allowedValue('validity', validity.value)?.meaning;
  // "… Legacy", "… - Legacy" or "… (Legacy)".
  const endsLegacy = /\blegacy\s*$/i.test(trimEndOf(text, /[.\s)\]]/));
  if (meaning === 'legacy' && !endsLegacy) report({ range: title.range, message: MESSAGES.legacyNotInTitle });
  else if (meaning === 'current' && endsLegacy) report({ range: title.range, message: MESSAGES.legacyInTitle });
}

/**
 * A title starts with a verb, perhaps after an adverb, as a criterion does (nos-format.md §4.1).
 * Gerunds are let be ("Carrying out …", a tenth of published titles), as is any word that may
 * be a verb: only a sure "not a verb" is reported, as information.
 */
function checkVerb({ report, language }: DocumentContext, title: TextSpan): void {
  const found = startsWithNoVerb(title.text, language);
  if (!found || /ing$/i.test(found.word)) return;
  const { start, word } = found;
  report({
    range: within(title, start, start + word.length),
    severity: Severity.Information,
    message: say(language === 'cy' ? MESSAGES.notVerbNoun : MESSAGES.notVerb, { word }),
  });
}

export const titleStyle = defineRule({
  id: 'title-style',
  covers: ['S21'],
  defaultSeverity: Severity.Warning,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
