// Problems with the command line or an input file: reported as one line, never a stack trace.

/** The command line is wrong: the usage text follows the message. */
export class UsageError extends Error {}

/** One input cannot be read or written; its message is the reason shown after the path. */
export class InputError extends Error {}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
};

/** A short reason for a failed file operation, without the code and path Node prefixes. */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}
