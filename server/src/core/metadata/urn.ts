// The shapes of a URN (nos-format.md §6.1), measured on 22,077 published URNs: the loose
// pattern matches 99.4 % of them, the strict one (three capitals, letters and digits only)
// 82 %. Shared by urn-format and the suite checks.

// The two patterns of §6.1, tested without backtracking (as expressions, each backtracks
// quadratically over a long run without a digit where one must come):
//   loose  /^[A-Za-z]{2,}[A-Za-z0-9 ._&/-]*[0-9][A-Za-z0-9._-]*$/
//   strict /^[A-Z]{3}[A-Za-z0-9]*[0-9][A-Za-z0-9]*$/
const LOOSE_CHARACTERS = /^[A-Za-z]{2}[A-Za-z0-9 ._&/-]*$/;
const STRICT_CHARACTERS = /^[A-Z]{3}[A-Za-z0-9]*$/;

function lastDigit(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return i;
  }
  return -1;
}

/** Every real URN has this shape; text that does not is malformed. */
export function looseUrn(text: string): boolean {
  if (!LOOSE_CHARACTERS.test(text)) return false;
  // A digit after the leading letters with none of " &/" after it: the last digit, if any is.
  const digit = lastDigit(text);
  return digit >= 2 && !/[ &/]/.test(text.slice(digit + 1));
}

/** Most URNs have this shape; others (spaces, dots, lower case) are unusual but real. */
export function strictUrn(text: string): boolean {
  return STRICT_CHARACTERS.test(text) && lastDigit(text) >= 3;
}

/** Characters that cannot be seen: no-break and zero-width spaces, joiners, marks. */
export const INVISIBLE = /[\u00a0\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

export type UrnShape = 'strict' | 'unusual' | 'malformed';

export function urnShape(urn: string): UrnShape {
  if (strictUrn(urn)) return 'strict';
  return looseUrn(urn) ? 'unusual' : 'malformed';
}
