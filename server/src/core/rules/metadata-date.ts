// S17, S18: the approval and review dates are real dates in either language, the review
// comes after the approval, one to five years on.

import { say, type Message } from '../messages/message';
import { DATE_FIELDS, dayNumber, daysIn, formatDate, misspeltMonthDate, monthsAfter, parseDate, type ParsedDate } from '../metadata/dates';
import { MONTHS } from '../metadata/months';
import { isFiller } from '../metadata/filler';
import type { MetadataField } from '../model/types';
import { Severity } from '../types';
import { defineRule, type DocumentContext, type FieldContext } from './rule';

/** A date in the document's style, for the messages to show, whatever their language. */
const EXAMPLE = { en: '13 Feb 2024', cy: '13 Chwef 2024' } as const;

const MESSAGES = {
  description: {
    en: 'Approval and review dates are real dates (English or Welsh month names), the review one to five years after the approval.',
    cy: "Mae'r dyddiadau cymeradwyo ac adolygu yn ddyddiadau go iawn (enwau misoedd Saesneg neu Gymraeg), a'r adolygiad rhwng blwyddyn a phum mlynedd ar ôl y gymeradwyaeth.",
  },
  notADate: {
    en: ({ value, label, example }) => `“${value}” under “${label}” is not a date: write it as “${example}”.`,
    cy: ({ value, label, example }) => `Nid yw “${value}” o dan “${label}” yn ddyddiad: ysgrifennwch ef fel “${example}”.`,
  } satisfies Message<{ value: string; label: string; example: string }>,
  impossible: {
    en: ({ value, monthEn, days }) => `“${value}” is not a day of the calendar: ${monthEn} has ${days} days.`,
    cy: ({ value, monthCy, days }) => `Nid yw “${value}” yn ddiwrnod yn y calendr: mae ${days} diwrnod ym mis ${monthCy}.`,
  } satisfies Message<{ value: string; monthEn: string; monthCy: string; days: string }>,
  partial: {
    en: ({ value, example }) => `“${value}” gives no day: write the full date, as “${example}”.`,
    cy: ({ value, example }) => `Nid yw “${value}” yn rhoi diwrnod: ysgrifennwch y dyddiad llawn, fel “${example}”.`,
  } satisfies Message<{ value: string; example: string }>,
  otherStyle: {
    en: ({ value, canonical }) => `Dates are printed as “DD Mon YYYY”: “${value}” reads “${canonical}”.`,
    cy: ({ value, canonical }) => `Caiff dyddiadau eu hargraffu fel “DD Mis BBBB”: “${value}” yw “${canonical}”.`,
  } satisfies Message<{ value: string; canonical: string }>,
  rewrite: {
    en: ({ canonical }) => `Write the date as “${canonical}”`,
    cy: ({ canonical }) => `Ysgrifennu'r dyddiad fel “${canonical}”`,
  } satisfies Message<{ canonical: string }>,
  reviewBeforeApproval: {
    en: ({ review, approved }) => `The review date ${review} is not after the approval date ${approved}.`,
    cy: ({ review, approved }) => `Nid yw'r dyddiad adolygu ${review} ar ôl y dyddiad cymeradwyo ${approved}.`,
  } satisfies Message<{ review: string; approved: string }>,
  tooSoon: {
    en: ({ review, approved }) => `The review date ${review} is less than a year after the approval date ${approved}; reviews usually come three to five years on.`,
    cy: ({ review, approved }) => `Mae'r dyddiad adolygu ${review} lai na blwyddyn ar ôl y dyddiad cymeradwyo ${approved}; fel arfer daw adolygiad dair i bum mlynedd wedyn.`,
  } satisfies Message<{ review: string; approved: string }>,
  tooLate: {
    en: ({ review, approved }) => `The review date ${review} is more than five years after the approval date ${approved}.`,
    cy: ({ review, approved }) => `Mae'r dyddiad adolygu ${review} fwy na phum mlynedd ar ôl y dyddiad cymeradwyo ${approved}.`,
  } satisfies Message<{ review: string; approved: string }>,
};

/** The value of a date field worth reading: written, not template filler. */
function written(field: MetadataField): string | null {
  const value = field.value.trim();
  return DATE_FIELDS.has(field.id) && field.valueRange && value !== '' && !isFiller(value) ? value : null;
}

/** "Gives no day": information for a month and year (the 2010-2020 template printed those), a warning for a year alone. */
function reportPartial(report: FieldContext['report'], field: MetadataField, date: ParsedDate, language: FieldContext['language']): void {
  const value = written(field)!;
  report({
    range: field.valueRange!,
    severity: date.precision === 'month' ? Severity.Information : Severity.Warning,
    message: say(MESSAGES.partial, { value, example: EXAMPLE[language] }),
  });
}

function checkField({ field, language, report }: FieldContext): void {
  const value = written(field);
  if (value === null) return;
  const range = field.valueRange!;
  const date = parseDate(value);
  if (!date) {
    // A month name misspelt: the date it means is the one to write, offered for the writer to confirm.
    const meant = misspeltMonthDate(value);
    const canonical = meant && formatDate(meant, meant.lang!);
    const label = field.label || field.id;
    report({
      range,
      severity: Severity.Error,
      message: say(MESSAGES.notADate, { value, label, example: canonical ?? EXAMPLE[language] }),
      fixes: canonical ? [{ title: say(MESSAGES.rewrite, { canonical }), edits: [{ range, newText: canonical }] }] : [],
    });
  } else if (date.impossible) {
    const { month, year } = date as Required<ParsedDate>;
    const [monthEn, monthCy] = [MONTHS.en, MONTHS.cy].map((names) => `${names[month - 1].full} ${year}`);
    report({ range, severity: Severity.Error, message: say(MESSAGES.impossible, { value, monthEn, monthCy, days: String(daysIn(year, month)) }) });
  } else if (date.precision !== 'day') {
    // The web header prints the year the database holds ("Approved on: 2023"): judged in
    // `check`, beside the full date of the metadata block.
    if (!field.header) reportPartial(report, field, date, language);
  } else if (!date.canonical) {
    // The month in the language the date is written in; numeric dates take the document's.
    const canonical = formatDate(date, date.lang ?? language)!;
    report({
      range,
      severity: Severity.Information,
      message: say(MESSAGES.otherStyle, { value, canonical }),
      fixes: [{ title: say(MESSAGES.rewrite, { canonical }), edits: [{ range, newText: canonical }] }],
    });
  }
}

interface Dated {
  date: ParsedDate;
  value: string;
  field: MetadataField;
}

function dated(field: MetadataField): Dated | null {
  const value = written(field);
  const date = value ? parseDate(value) : null;
  return value && date && !date.impossible ? { date, value, field } : null;
}

/** The date of a field: the first full one where the web header gives the year alone and the metadata block the day. */
function dateOf(context: DocumentContext, id: string): Dated | null {
  const all = context.doc.fields.filter((f) => f.id === id).map(dated).filter((d) => d !== null);
  return all.find((d) => d.date.precision === 'day') ?? all[0] ?? null;
}

/** Whether a full date agrees with a partial one: the same year, and month where it gives one. */
const agrees = (full: ParsedDate | undefined, partial: ParsedDate) =>
  full?.precision === 'day' && full.year === partial.year && (partial.precision === 'year' || full.month === partial.month);

function check(context: DocumentContext): void {
  for (const field of context.doc.fields) {
    const header = field.header ? dated(field) : null;
    if (!header || header.date.precision === 'day') continue;
    const full = context.doc.fields.some((f) => f.id === field.id && !f.header && agrees(dated(f)?.date, header.date));
    if (!full) reportPartial(context.report, field, header.date, context.language);
  }
  const approved = dateOf(context, 'date-approved');
  const review = dateOf(context, 'indicative-review-date');
  if (!approved || !review) return;
  const values = { review: review.value, approved: approved.value };
  const range = review.field.valueRange!;
  const reviewDay = dayNumber(review.date);
  // Partial dates are compared only where their precision allows.
  const comparable = approved.date.precision === 'day' && review.date.precision === 'day';
  if (reviewDay <= dayNumber(approved.date) && (comparable || review.date.year < approved.date.year)) {
    context.report({ range, severity: Severity.Error, message: say(MESSAGES.reviewBeforeApproval, values) });
  } else if (comparable && reviewDay < monthsAfter(approved.date, 12)) {
    context.report({ range, severity: Severity.Warning, message: say(MESSAGES.tooSoon, values) });
  } else if (comparable && reviewDay > monthsAfter(approved.date, 61)) {
    context.report({ range, severity: Severity.Warning, message: say(MESSAGES.tooLate, values) });
  }
}

export const metadataDate = defineRule({
  id: 'metadata-date',
  covers: ['S17', 'S18'],
  defaultSeverity: Severity.Error,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkField,
  check,
});
