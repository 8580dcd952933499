// Writing a file back safely: never truncated on error, never over someone else's change,
// and never as anything but the same file: what a rename would change (its owner, its hard
// links) or a protection it has (read-only, for root too) makes the file refused instead.

import { randomBytes } from 'node:crypto';
import { accessSync, closeSync, constants, fchmodSync, fchownSync, fstatSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from './errors';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import { readBytes } from './readBytes';

/** The file is left as it is, for this reason. */
function notWritten(reason: Reason): InputError {
  return new InputError(bilingual(CLI.notWritten, { reason }));
}

/** Why the file must not be replaced, or null. */
function refusal(target: string): Reason | null {
  const stats = statSync(target);
  if (!stats.isFile()) return bilingual(CLI.notRegular, {});
  // Root may write anything; a file nobody may write is still meant to stay as it is.
  if ((stats.mode & 0o222) === 0) return CLI.readOnly;
  if (stats.nlink > 1) return bilingual(CLI.hardLinks, { count: stats.nlink });
  return null;
}

/**
 * Replaces the file's content with `content` if it still holds `original`: the new text
 * goes to a temporary file beside it (same file system, mode, owner and group) that is
 * renamed over it.
 */
export function replaceFile(path: string, content: Uint8Array, original: Buffer): void {
  // Through a symbolic link to its target, so the link stays a link.
  const target = realpathSync(path);
  const refused = refusal(target);
  if (refused) throw notWritten(refused);
  // Renaming would replace a file this user may not write; respect that as editors do.
  accessSync(target, constants.W_OK);
  const { mode, uid, gid } = statSync(target);
  // A short name of its own: the draft's name may already be as long as names can be.
  const temp = join(dirname(target), `.nos-fix-${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', mode & 0o777);
  try {
    try {
      const made = fstatSync(fd);
      // Only when it differs: some file systems refuse any chown.
      if (made.uid !== uid || made.gid !== gid) {
        try {
          fchownSync(fd, uid, gid);
        } catch {
          throw notWritten(CLI.otherOwner);
        }
      }
      writeFileSync(fd, content);
      // The umask narrowed the mode given to open, and chown may have cleared set-id bits.
      fchmodSync(fd, mode & 0o7777);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!readBytes(target).equals(original)) throw notWritten(CLI.changedOnDisk);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
