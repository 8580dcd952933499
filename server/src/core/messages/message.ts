// Message tables: every user-facing string of an area (a rule, the editor features)
// sits in one table, each entry in English and Welsh side by side, so a translator
// reviews all of an area's Welsh in one place. Entries with values are functions of
// those values; values the format defines only in English are quoted, never translated.

import type { Bilingual, Lang } from '../types';

/** A message in both languages, written from its values. */
export type Message<P> = { readonly en: (values: P) => string; readonly cy: (values: P) => string };

/** Text in the language asked for, written only when asked (findings come by the thousand). */
export function say<P>(message: Message<P>, values: P): (lang: Lang) => string {
  return (lang) => message[lang](values);
}

/** The values of a message: each the same in both languages, or given in both, each language taking its own. */
export type Values<P> = { [K in keyof P]: P[K] | Bilingual };

function isBilingual(value: unknown): value is Bilingual {
  return typeof value === 'object' && value !== null && 'en' in value && 'cy' in value;
}

/** A message written in both languages, for text that is kept or sent before a language is chosen (problems, reasons). */
export function bilingual<P extends object>(message: Message<P>, values: Values<P>): Bilingual {
  const inLanguage = (lang: Lang) =>
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, isBilingual(value) ? value[lang] : value])) as P;
  return { en: message.en(inLanguage('en')), cy: message.cy(inLanguage('cy')) };
}

/** Text in both languages on one line, English first, for a reader whose language is not known. */
export function bothLanguages({ en, cy }: Bilingual): string {
  return `${en} / ${cy}`;
}

/** Text that stays as it is in both languages: words of Node or of another program, quoted as given. */
export function asGiven(text: string): Bilingual {
  return { en: text, cy: text };
}

/** An area's table: plain text in both languages, messages with values, or nested tables. */
export interface MessageTable {
  readonly [key: string]: { readonly en: string; readonly cy: string } | Message<any> | MessageTable;
}
