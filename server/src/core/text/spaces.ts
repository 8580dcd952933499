// What separates an item label from its text: any Unicode space, and the invisible
// characters word processors and PDF extraction leave there instead of one.

/** \s covers U+FEFF, NBSP and every space separator; the rest are invisible. */
const SEPARATOR = /[\s\u180e\u200b-\u200d\u2060\u00ad]/;

export function isSeparator(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  return SEPARATOR.test(String.fromCharCode(code));
}

/** Offset of the first character at or after `from` that is no separator. */
export function skipSeparators(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
  return i;
}
