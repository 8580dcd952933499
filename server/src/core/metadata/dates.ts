// Reads and writes metadata dates in both languages (nos-format.md §6.2): `13 Feb 2024`,
// `05 Chwef 2021`, full month names, `Sept`, a trailing dot, `Month YYYY` and `YYYY` (partial
// dates), and the numeric forms Word and spreadsheets leave behind (`13/02/2024`,
// `2024-02-13`). Shared by the metadata rules and the suite checks that compare twins.

import { distance } from 'fastest-levenshtein';
import { swapsTwoLetters } from '../text/typos';
import type { Lang } from '../types';
import { MONTHS } from './months';

/** The metadata fields that hold dates. */
export const DATE_FIELDS: ReadonlySet<string> = new Set(['date-approved', 'indicative-review-date']);

export type DatePrecision = 'day' | 'month' | 'year';

export interface ParsedDate {
  year: number;
  /** 1-12; absent for a year alone. */
  month?: number;
  /** 1-31; absent for a month or year alone. */
  day?: number;
  precision: DatePrecision;
  /** The language of the month name, when one is written. */
  lang: Lang | null;
  /**
   * Written as standards write dates: a day, a month name as the catalogue spells it
   * (`Feb`, `February`, `Sept`, `Chwefror`), an abbreviation with its dot or without, and
   * a year (`13 Feb 2024`, `5 March 2024`, `01 Gorff. 2025`).
   */
  canonical: boolean;
  /** A day that the month does not have (`31 Chwef 2021`). */
  impossible: boolean;
}

/** Every accepted month name, lower-case, with its spelling in the catalogue and whether it is cut short. */
const monthByName = new Map<string, { month: number; lang: Lang; written: string; abbreviated: boolean }>();
for (const lang of ['en', 'cy'] as const) {
  MONTHS[lang].forEach((names, index) => {
    for (const name of [names.short, names.full].concat(names.also)) {
      const abbreviated = name !== names.full;
      if (!monthByName.has(name.toLowerCase())) monthByName.set(name.toLowerCase(), { month: index + 1, lang, written: name, abbreviated });
    }
  });
}

const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th|af|ain|ydd|ed|fed)?\s+([\p{L}]+)\.?,?\s+(\d{4})$/u;
const MONTH_YEAR = /^([\p{L}]+)\.?\s+(\d{4})$/u;
const YEAR = /^(\d{4})$/;
const NUMERIC_DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The days of a month (1-12) of a year. */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dated(year: number, month: number, day: number, lang: Lang | null, canonical: boolean): ParsedDate | null {
  if (month < 1 || month > 12 || day < 1) return null;
  return { year, month, day, precision: 'day', lang, canonical, impossible: day > daysIn(year, month) };
}

/** The date written in `text`, or null when it is not one. */
export function parseDate(text: string): ParsedDate | null {
  const value = text.trim().replace(/\s+/g, ' ');
  let m = DAY_MONTH_YEAR.exec(value);
  if (m) {
    const name = monthByName.get(m[2].toLowerCase());
    if (!name) return null;
    const canonical = name.written === m[2] &&
      (value === `${m[1]} ${m[2]} ${m[3]}` || (name.abbreviated && value === `${m[1]} ${m[2]}. ${m[3]}`));
    return dated(Number(m[3]), name.month, Number(m[1]), name.lang, canonical);
  }
  if ((m = ISO.exec(value))) return dated(Number(m[1]), Number(m[2]), Number(m[3]), null, false);
  if ((m = NUMERIC_DMY.exec(value))) return dated(Number(m[3]), Number(m[2]), Number(m[1]), null, false);
  if ((m = MONTH_YEAR.exec(value))) {
    const name = monthByName.get(m[1].toLowerCase());
    return name ? { year: Number(m[2]), month: name.month, precision: 'month', lang: name.lang, canonical: false, impossible: false } : null;
  }
  if ((m = YEAR.exec(value))) return { year: Number(m[1]), precision: 'year', lang: null, canonical: false, impossible: false };
  return null;
}

/**
 * The one month whose name `written` is a slip of ("Mehefn", "Ebrl", "Febuary", "Chewf"): a
 * letter out, in or changed, or two swapped; two slips in a name of seven letters or more.
 * Null when no month is that near, or two are, or the name has three letters, too few to
 * tell ("Mau": May or Maw?).
 */
function nearMonth(written: string): { month: number; lang: Lang } | null {
  if (written.length < 4) return null;
  const word = written.toLowerCase();
  let best = written.length >= 7 ? 2 : 1;
  let found: { month: number; lang: Lang } | null = null;
  for (const [name, month] of monthByName) {
    const apart = swapsTwoLetters(word, name) ? 1 : distance(word, name);
    if (apart > best) continue;
    const same: boolean = found !== null && found.month === month.month && found.lang === month.lang;
    // Two months as near: none is meant more than the other.
    found = apart < best || found === null || same ? month : { month: 0, lang: month.lang };
    best = apart;
  }
  return found && found.month > 0 ? found : null;
}

/** The date `text` means when its month name is misspelt ("14 Mehefn 2024"), or null. */
export function misspeltMonthDate(text: string): ParsedDate | null {
  const m = DAY_MONTH_YEAR.exec(text.trim().replace(/\s+/g, ' '));
  const near = m && !monthByName.has(m[2].toLowerCase()) ? nearMonth(m[2]) : null;
  return near && dated(Number(m![3]), near.month, Number(m![1]), near.lang, false);
}

/** `DD Mon YYYY` in the language given, as current documents print dates. */
export function formatDate(date: ParsedDate, lang: Lang): string | null {
  if (date.precision !== 'day' || date.impossible) return null;
  const month = MONTHS[lang][date.month! - 1].short;
  return `${String(date.day).padStart(2, '0')} ${month} ${date.year}`;
}

/** A day count for comparisons (partial dates count from their first day). */
export function dayNumber(date: ParsedDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1) / 86_400_000;
}

/** The day number of the date `months` calendar months after `date` (the day clamped to the month). */
export function monthsAfter(date: ParsedDate, months: number): number {
  const total = (date.month ?? 1) - 1 + months;
  const year = date.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  return Date.UTC(year, month - 1, Math.min(date.day ?? 1, daysIn(year, month))) / 86_400_000;
}
