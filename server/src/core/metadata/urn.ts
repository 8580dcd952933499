// The shapes of a URN (nos-format.md §6.1), measured on 22,077 published URNs: the loose
// pattern matches 99.4 % of them, the strict one (three capitals, letters and digits only)
// 82 %. Shared by urn-format and the suite checks.

/** Every real URN matches this; text that does not is malformed. */
export const LOOSE_URN = /^[A-Za-z]{2,}[A-Za-z0-9 ._&/-]*[0-9][A-Za-z0-9._-]*$/;
/** Most URNs match this; others (spaces, dots, lower case) are unusual but real. */
export const STRICT_URN = /^[A-Z]{3}[A-Za-z0-9]*[0-9][A-Za-z0-9]*$/;

/** Characters that cannot be seen: no-break and zero-width spaces, joiners, marks. */
export const INVISIBLE = /[\u00a0\u00ad\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

export type UrnShape = 'strict' | 'unusual' | 'malformed';

export function urnShape(urn: string): UrnShape {
  if (STRICT_URN.test(urn)) return 'strict';
  return LOOSE_URN.test(urn) ? 'unusual' : 'malformed';
}
