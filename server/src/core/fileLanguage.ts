// A language named in the file name ("draft.cy.nos.txt"), which a writer chooses on
// purpose: it decides the language of a document with nothing yet to detect it from.

import type { Lang } from './types';

const NAMED = /\.(cy|en)\.(?:nos(?:\.txt|\.md)?|txt|md)$/i;

/** The language a file name declares, or null. */
export function languageOfName(path: string): Lang | null {
  const match = NAMED.exec(path);
  return match ? (match[1].toLowerCase() as Lang) : null;
}

/** The language to analyse a file in: the setting, unless 'auto', then its name's, if any. */
export function languageFor(setting: Lang | 'auto', path: string): Lang | 'auto' {
  return setting === 'auto' ? languageOfName(path) ?? 'auto' : setting;
}
