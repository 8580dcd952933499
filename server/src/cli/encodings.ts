// Naming the Unicode encodings other than UTF-8 that drafts arrive in (Windows "Unicode"
// saves UTF-16), so that such a file is not called binary or invalid.

/** Byte order marks, longest first: UTF-32 LE starts as UTF-16 LE does. */
const MARKS: Array<[number[], string]> = [
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 (little-endian)'],
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 (big-endian)'],
  [[0xff, 0xfe], 'UTF-16 (little-endian)'],
  [[0xfe, 0xff], 'UTF-16 (big-endian)'],
];

/**
 * The encoding the start of a file shows: a byte order mark, or, without one, the NUL in
 * every other byte that Latin-script UTF-16 text has (in the odd bytes little-endian, the
 * even ones big-endian). Null for anything else.
 */
export function otherUnicode(start: Uint8Array): string | null {
  for (const [mark, name] of MARKS) {
    if (mark.every((byte, i) => start[i] === byte)) return name;
  }
  const pairs = Math.floor(start.length / 2);
  if (pairs < 2) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (start[i] === 0) evenNuls++;
    if (start[i + 1] === 0) oddNuls++;
  }
  // Most characters of a draft are Latin letters, spaces and punctuation: one NUL each.
  if (evenNuls === 0 && oddNuls >= pairs * 0.6) return 'UTF-16 (little-endian, no byte order mark)';
  if (oddNuls === 0 && evenNuls >= pairs * 0.6) return 'UTF-16 (big-endian, no byte order mark)';
  return null;
}

/** The reason given for a file in another Unicode encoding. */
export function notUtf8(encoding: string): string {
  return `${encoding} text; save it as UTF-8`;
}
