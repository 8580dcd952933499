// Writing a file back safely: never truncated on error, never over someone else's change.

import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './errors';

/**
 * Replaces the file's content with `content` if it still holds `original`: the new text
 * goes to a temporary file beside it (same file system, same mode) that is renamed over it.
 */
export function replaceFile(path: string, content: Uint8Array, original: Buffer): void {
  // Through a symbolic link to its target, so the link stays a link.
  const target = realpathSync(path);
  // Renaming would replace a read-only file too; respect the protection as editors do.
  accessSync(target, constants.W_OK);
  const mode = statSync(target).mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode);
  try {
    try {
      writeFileSync(fd, content);
      // The umask may have narrowed the mode given to open.
      fchmodSync(fd, mode);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!readFileSync(target).equals(original)) throw new InputError('changed on disk since it was read; not written');
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
