import { foldApostrophes, nfc } from './normalise';

/** The words of a line: lower-case NFC keys for matching, and their offsets in the line. */
export interface Words {
  keys: string[];
  starts: number[];
  ends: number[];
}

// Words are runs of letters, marks and digits. Apostrophes and hyphens are
// boundaries, so "a'r" and "aml-ollwng" split into their parts.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function scanWords(line: string): Words {
  // Lower-case the line once when that keeps every offset: normalisation changes
  // nothing and lower-casing keeps the length (only rare letters such as "İ" grow, none
  // shrink). Otherwise one change could hide another of the opposite length (a
  // decomposed "é" before a term, "İ" after it), so lower-case word by word.
  const normal = nfc(line);
  const lower = normal === line ? line.toLowerCase() : '';
  const whole = normal === line && lower.length === line.length;
  const source = whole ? lower : line;
  const found: Words = { keys: [], starts: [], ends: [] };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m; m = WORD.exec(source)) {
    found.keys.push(whole ? m[0] : nfc(m[0]).toLowerCase());
    found.starts.push(m.index);
    found.ends.push(m.index + m[0].length);
  }
  return found;
}

/** Word keys of a phrase such as a glossary headword. */
export function wordKeys(phrase: string): string[] {
  return scanWords(foldApostrophes(phrase)).keys;
}
