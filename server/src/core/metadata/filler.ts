// Template filler: text left in a draft in place of a value or sentence (nos-format.md has
// none of it; teams find it in drafts). Data only; `placeholder-text` reports it and the
// value rules stay silent on it.

/** Whole values that are filler, compared without case or surrounding space. */
export const FILLER_PATTERNS: readonly RegExp[] = [
  /^DD[ /.-]?(?:MM|Mon|Mis)[ /.-]?(?:YYYY|BBBB)$/i,
  /^(?:X{2,}|\?{2,}|_{3,}|\.{3,}|…)$/i,
  /^(?:TBC|TBA|TBD|to be confirmed|to be agreed|I'w gadarnhau|I’w gadarnhau|I'w gytuno|I’w gytuno)$/i,
  /^\[(?:insert|add|enter|rhowch|ychwanegwch|mewnosod)\b[^\]]*\]$/i,
  /^lorem ipsum\b/i,
];

/** Filler met anywhere in a line: bracketed instructions and lorem ipsum. */
export const INLINE_FILLER = /\[(?:insert|add|enter|rhowch|ychwanegwch|mewnosod)\b[^\]\n]{0,200}\]|\blorem ipsum\b|\b(?:TBC|I['’]w gadarnhau)\b/gi;

/** Text INLINE_FILLER can match holds one of these: a line without any is passed over at a quarter of the cost. */
export const MAY_HOLD_FILLER = /\[|lorem|tbc|gadarnhau/i;

export function isFiller(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && FILLER_PATTERNS.some((pattern) => pattern.test(trimmed));
}
