// Message tables: every user-facing string of an area (a rule, the editor features)
// sits in one table, each entry in English and Welsh side by side, so a translator
// reviews all of an area's Welsh in one place. Entries with values are functions of
// those values; values the format defines only in English are quoted, never translated.

import type { Lang } from '../types';

/** A message in both languages, written from its values. */
export type Message<P> = { readonly en: (values: P) => string; readonly cy: (values: P) => string };

/** Text in the language asked for, written only when asked (findings come by the thousand). */
export function say<P>(message: Message<P>, values: P): (lang: Lang) => string {
  return (lang) => message[lang](values);
}

/** An area's table: plain text in both languages, messages with values, or nested tables. */
export interface MessageTable {
  readonly [key: string]: { readonly en: string; readonly cy: string } | Message<any> | MessageTable;
}
