import { foldApostrophes, nfc } from './normalise';

export interface Word {
  /** Lower-case, NFC, for matching. */
  key: string;
  /** Offsets in the original line text. */
  start: number;
  end: number;
}

// Words are runs of letters, marks and digits. Apostrophes and hyphens are
// boundaries, so "a'r" and "aml-ollwng" split into their parts.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Words of one line with their offsets in that line. */
export function words(line: string): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    found.push({ key: nfc(m[0]).toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Word keys of a phrase such as a glossary headword. */
export function wordKeys(phrase: string): string[] {
  return words(foldApostrophes(phrase)).map((w) => w.key);
}
