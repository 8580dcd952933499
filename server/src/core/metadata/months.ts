// Month names as NOS dates print them (nos-format.md §6.2): English and Welsh, each with its
// abbreviations (CLDR format and stand-alone forms, `Sept`) and full name. Data only.

import type { Lang } from '../types';

export interface MonthNames {
  /** The abbreviation current documents print: `Feb`, `Chwef`. */
  short: string;
  full: string;
  /** Other spellings accepted when reading. */
  also: readonly string[];
}

export const MONTHS: Readonly<Record<Lang, readonly MonthNames[]>> = {
  en: [
    { short: 'Jan', full: 'January', also: [] },
    { short: 'Feb', full: 'February', also: [] },
    { short: 'Mar', full: 'March', also: [] },
    { short: 'Apr', full: 'April', also: [] },
    { short: 'May', full: 'May', also: [] },
    { short: 'Jun', full: 'June', also: [] },
    { short: 'Jul', full: 'July', also: [] },
    { short: 'Aug', full: 'August', also: [] },
    { short: 'Sep', full: 'September', also: ['Sept'] },
    { short: 'Oct', full: 'October', also: [] },
    { short: 'Nov', full: 'November', also: [] },
    { short: 'Dec', full: 'December', also: [] },
  ],
  cy: [
    { short: 'Ion', full: 'Ionawr', also: [] },
    { short: 'Chwef', full: 'Chwefror', also: ['Chw'] },
    { short: 'Maw', full: 'Mawrth', also: [] },
    { short: 'Ebr', full: 'Ebrill', also: [] },
    { short: 'Mai', full: 'Mai', also: [] },
    { short: 'Meh', full: 'Mehefin', also: [] },
    { short: 'Gorff', full: 'Gorffennaf', also: ['Gor'] },
    { short: 'Awst', full: 'Awst', also: [] },
    { short: 'Medi', full: 'Medi', also: [] },
    { short: 'Hyd', full: 'Hydref', also: [] },
    { short: 'Tach', full: 'Tachwedd', also: [] },
    { short: 'Rhag', full: 'Rhagfyr', also: [] },
  ],
};
