// Reading a draft's bytes: only from a regular file (a named pipe or a device could block
// for ever or never end), bounded, so that gigabytes of logs are refused rather than read,
// and checked for a change made while they were read.

import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { MAX_CHARACTERS as LIMIT } from '../core/limits';
import { notUtf8, otherUnicode } from './encodings';
import { describe, InputError } from './errors';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';

/** The editors' default limit (nos.maxFileSize) holds here too. */
export const MAX_CHARACTERS = LIMIT;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit; 3 more for a byte order mark. */
const MAX_BYTES = 3 * MAX_CHARACTERS + 3;
const CHUNK = 1 << 16;

export const TOO_LARGE = bilingual(CLI.tooLarge, { characters: MAX_CHARACTERS.toLocaleString('en-GB') });

function readAll(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const read = readSync(fd, chunk, 0, CHUNK, null);
    if (read === 0) return Buffer.concat(chunks, total);
    const bytes = chunk.subarray(0, read);
    // Said at the first NUL: an image need not be read to the end.
    if (bytes.includes(0)) {
      const encoding = otherUnicode(total === 0 ? bytes : Buffer.concat([chunks[0], bytes]));
      throw new InputError(encoding ? notUtf8(encoding) : CLI.binary);
    }
    total += read;
    if (total > MAX_BYTES) throw new InputError(TOO_LARGE);
    chunks.push(bytes);
  }
}

/** What a path that is not a regular file is instead. */
function kind(stats: Stats): Reason {
  if (stats.isDirectory()) return CLI.reasons.EISDIR;
  if (stats.isFIFO()) return bilingual(CLI.notRegular, { kind: CLI.special.pipe });
  if (stats.isSocket()) return bilingual(CLI.notRegular, { kind: CLI.special.socket });
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return bilingual(CLI.notRegular, { kind: CLI.special.device });
  return bilingual(CLI.notRegular, {});
}

/**
 * Why a path cannot be opened, in a few words. Node reads a file name that is not valid
 * UTF-8 with U+FFFD in place of the bad bytes, so that name is not found: say so.
 */
export function unreadable(path: string, error: unknown): Reason {
  const reason = describe(error);
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' && path.includes('\uFFFD') ? bilingual(CLI.nameNotFound, { reason }) : reason;
}

/** Opens a regular file for reading; anything else is refused before it is opened. */
function openRegular(path: string): number {
  let fd: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw new InputError(kind(stats));
    // Non-blocking, in case a pipe took the file's place since: its open would wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(unreadable(path, error));
  }
  const stats = fstatSync(fd);
  if (stats.isFile()) return fd;
  closeSync(fd);
  throw new InputError(kind(stats));
}

/** The file's bytes; throws InputError for unreadable, special, binary, huge or changing files. */
export function readBytes(path: string): Buffer {
  const fd = openRegular(path);
  try {
    const before = fstatSync(fd);
    const bytes = readAll(fd);
    const after = fstatSync(fd);
    // An editor saving meanwhile leaves bytes that may be half old, half new.
    if (after.mtimeMs !== before.mtimeMs || after.size !== before.size || after.size !== bytes.length) {
      throw new InputError(CLI.changedWhileRead);
    }
    return bytes;
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(describe(error));
  } finally {
    closeSync(fd);
  }
}
