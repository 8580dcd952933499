// Naming the Unicode encodings other than UTF-8 that drafts arrive in (Windows "Unicode"
// saves UTF-16), so that such a file is not called binary or invalid.

import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';

interface Encoding {
  bits: 16 | 32;
  order: 'LE' | 'BE';
}

/** Byte order marks, longest first: UTF-32 LE starts as UTF-16 LE does. */
const MARKS: Array<[number[], Encoding]> = [
  [[0xff, 0xfe, 0x00, 0x00], { bits: 32, order: 'LE' }],
  [[0x00, 0x00, 0xfe, 0xff], { bits: 32, order: 'BE' }],
  [[0xff, 0xfe], { bits: 16, order: 'LE' }],
  [[0xfe, 0xff], { bits: 16, order: 'BE' }],
];

/**
 * The encoding the start of a file shows, named in both languages: a byte order mark, or,
 * without one, the NUL in every other byte that Latin-script UTF-16 text has (in the odd
 * bytes little-endian, the even ones big-endian). Null for anything else.
 */
export function otherUnicode(start: Uint8Array): Reason | null {
  for (const [mark, encoding] of MARKS) {
    if (mark.every((byte, i) => start[i] === byte)) return bilingual(CLI.encoding, { ...encoding, noMark: false });
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
  if (evenNuls === 0 && oddNuls >= pairs * 0.6) return bilingual(CLI.encoding, { bits: 16, order: 'LE', noMark: true });
  if (oddNuls === 0 && evenNuls >= pairs * 0.6) return bilingual(CLI.encoding, { bits: 16, order: 'BE', noMark: true });
  return null;
}

/** The reason given for a file in another Unicode encoding. */
export function notUtf8(encoding: Reason): Reason {
  return bilingual(CLI.otherEncoding, { encoding });
}
