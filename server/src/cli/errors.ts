// Problems with the command line or an input file: reported as one line, never a stack trace.

import { asGiven } from '../core/messages/message';
import { CLI, type Reason } from './messages';

/** The command line is wrong: the usage text follows the message (English, as the usage is). */
export class UsageError extends Error {}

/** One input cannot be read or written; its reason, in both languages, is shown after the path. */
export class InputError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.en);
  }
}

/**
 * A short reason for a failed file operation, without the code and path Node prefixes.
 * An error code the table does not name keeps Node's own words, in either language.
 */
export function describe(error: unknown): Reason {
  if (error instanceof InputError) return error.reason;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && Object.hasOwn(CLI.reasons, code)) return CLI.reasons[code as keyof typeof CLI.reasons];
  return asGiven(error instanceof Error ? error.message : String(error));
}
