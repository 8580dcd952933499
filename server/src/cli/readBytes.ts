// Reading a draft's bytes: bounded, so that a device or gigabytes of logs are refused
// rather than read for ever, and checked for a change made while they were read.

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_CHARACTERS as LIMIT } from '../core/limits';
import { describe, InputError } from './errors';

/** The editors' default limit (nos.maxFileSize) holds here too. */
export const MAX_CHARACTERS = LIMIT;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit; 3 more for a byte order mark. */
const MAX_BYTES = 3 * MAX_CHARACTERS + 3;
const CHUNK = 1 << 16;

export const TOO_LARGE = `too large for a draft (over ${MAX_CHARACTERS.toLocaleString('en-GB')} characters)`;

function readAll(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const read = readSync(fd, chunk, 0, CHUNK, null);
    if (read === 0) return Buffer.concat(chunks, total);
    const bytes = chunk.subarray(0, read);
    // Said at the first NUL: /dev/urandom or an image need not be read to the end.
    if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes)');
    total += read;
    if (total > MAX_BYTES) throw new InputError(TOO_LARGE);
    chunks.push(bytes);
  }
}

/** The file's bytes; throws InputError for unreadable, binary, huge or changing files. */
export function readBytes(path: string): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw new InputError(describe(error));
  }
  try {
    const before = fstatSync(fd);
    const bytes = readAll(fd);
    const after = fstatSync(fd);
    // An editor saving meanwhile leaves bytes that may be half old, half new.
    if (before.isFile() && (after.mtimeMs !== before.mtimeMs || after.size !== before.size || after.size !== bytes.length)) {
      throw new InputError('changed while it was read');
    }
    return bytes;
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describe(error));
  } finally {
    closeSync(fd);
  }
}
