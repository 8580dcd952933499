// S19: validity, status and category hold one of the values the database allows, the
// version is a whole number, and keywords end without a dangling separator.

import { fieldSpec } from '../catalogue';
import { say, type Message } from '../messages/message';
import { allowedValue, CHOICES, nearestValue } from '../metadata/allowed';
import { isFiller } from '../metadata/filler';
import { listParts, valueSpan } from '../metadata/lists';
import type { MetadataField } from '../model/types';
import { blankAsSeen, trimEndOf, withoutInvisibles } from '../text/normalise';
import { Severity, type Lang } from '../types';
import { defineRule, type FieldContext, type FixSpec } from './rule';

const MESSAGES = {
  description: {
    en: 'Validity, status and category hold an allowed value, the version is a whole number, and keywords end without a separator.',
    cy: "Mae gwerth a ganiateir yn y dilysrwydd, y statws a'r categori, rhif cyfan yw'r fersiwn, ac nid yw'r geiriau allweddol yn gorffen â gwahanydd.",
  },
  notAllowed: {
    en: ({ value, label, allowed }) => `“${value}” is not a value “${label}” takes: ${allowed}`,
    cy: ({ value, label, allowed }) => `Nid yw “${value}” yn werth a ganiateir ar gyfer “${label}”: ${allowed}`,
  } satisfies Message<{ value: string; label: string; allowed: string }>,
  /** The last two of a list of allowed values: "“Current” or “Legacy”". */
  or: {
    en: ({ last }) => `or ${last}`,
    cy: ({ last }) => `neu ${last}`,
  } satisfies Message<{ last: string }>,
  notWhole: {
    en: ({ value }) => `The version number “${value}” should be a whole number, 1 or more.`,
    cy: ({ value }) => `Dylai'r rhif fersiwn “${value}” fod yn rhif cyfan, 1 neu fwy.`,
  } satisfies Message<{ value: string }>,
  dangling: {
    en: ({ separator }) => `The keywords end with “${separator}”: nothing follows it.`,
    cy: ({ separator }) => `Mae'r geiriau allweddol yn gorffen â “${separator}”: nid oes dim yn ei ddilyn.`,
  } satisfies Message<{ separator: string }>,
  write: {
    en: ({ value }) => `Write “${value}”`,
    cy: ({ value }) => `Ysgrifennu “${value}”`,
  } satisfies Message<{ value: string }>,
  dropSeparator: {
    en: ({ separator }) => `Remove the last “${separator}”`,
    cy: ({ separator }) => `Tynnu'r “${separator}” olaf`,
  } satisfies Message<{ separator: string }>,
};

/** "2", "v2", "V 2", "2.0": the whole number a version is written as, or null. */
const VERSION = /^(?:v(?:ersion|ersiwn)?\.?\s*)?0*([1-9]\d{0,5})(?:\.0+)?$/i;

function replaceValue(field: MetadataField, value: string, safe = false): FixSpec[] {
  const range = valueSpan(field, 0, field.value.length);
  return range ? [{ title: say(MESSAGES.write, { value }), edits: [{ range, newText: value }], safe, isPreferred: true }] : [];
}

function checkChoice({ field, report }: FieldContext, lang: Lang): void {
  const value = field.value.trim();
  if (allowedValue(field.id, value)) return;
  const nearest = nearestValue(field.id, value);
  const label = field.label || fieldSpec(field.id).name[lang];
  // The values as the document's language prints them, whatever language the message is in.
  const values = (CHOICES[field.id] ?? []).map((choice) => `“${choice.printed[lang]}”`);
  const allowed = (says: Lang) => `${values.slice(0, -1).join(', ')} ${MESSAGES.or[says]({ last: values[values.length - 1] })}.`;
  report({
    range: field.valueRange!,
    severity: Severity.Warning,
    message: (says) => MESSAGES.notAllowed[says]({ value, label, allowed: allowed(says) }),
    fixes: nearest ? replaceValue(field, nearest) : [],
  });
}

function checkVersion({ field, report }: FieldContext): void {
  const value = field.value.trim();
  if (/^[1-9]\d*$/.test(value)) return;
  const whole = VERSION.exec(value)?.[1];
  report({ range: field.valueRange!, severity: Severity.Warning, message: say(MESSAGES.notWhole, { value }), fixes: whole ? replaceValue(field, whole) : [] });
}

function checkKeywords({ field, report }: FieldContext): void {
  // Keywords are separated by ";" in the database, by commas in some documents.
  const separator = field.value.includes(';') ? ';' : ',';
  const parts = listParts(field.value, new RegExp(separator, 'g'));
  const last = parts[parts.length - 1];
  // Nothing follows that a reader sees: invisible characters are invisible-character's.
  if (parts.length < 2 || !blankAsSeen(last.text)) return;
  // The separator after the last keyword, and the spaces around it; with invisible
  // characters after it, only up to the separator, leaving them to invisible-character.
  const previous = parts[parts.length - 2];
  // The other separator before this one goes with it ("!,;"): else, this one gone, that one dangles.
  const kept = trimEndOf(previous.text, /[\s,;]/u);
  const from = previous.start + kept.length;
  const tail = field.value.slice(from);
  const range = valueSpan(field, from, withoutInvisibles(tail) === tail ? tail.length : tail.indexOf(separator) + 1);
  report({
    range: range ?? field.valueRange!,
    severity: Severity.Warning,
    message: say(MESSAGES.dangling, { separator }),
    fixes: range && kept !== '' ? [{ title: say(MESSAGES.dropSeparator, { separator }), edits: [{ range, newText: '' }], safe: true, isPreferred: true }] : [],
  });
}

function checkField(context: FieldContext): void {
  const { field, language } = context;
  if (!field.valueRange || field.value.trim() === '' || isFiller(field.value)) return;
  if (CHOICES[field.id]) checkChoice(context, field.lang ?? language);
  else if (field.id === 'version-number') checkVersion(context);
  else if (field.id === 'keywords') checkKeywords(context);
}

export const metadataValue = defineRule({
  id: 'metadata-value',
  covers: ['S19'],
  defaultSeverity: Severity.Warning,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkField,
});
