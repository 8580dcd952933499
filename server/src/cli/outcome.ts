// What a command run amounts to: its exit status and the one-line problem reports, in the
// run's language.

import type { Lang } from '../core';
import type { Reason } from './messages';
import { printable } from './terminal';

export class Outcome {
  private badInput = false;
  private errorFound = false;

  constructor(private readonly lang: Lang) {}

  /**
   * Reports an input that could not be handled; the run goes on with the others. The reason
   * is in both languages, or already in the run's (from a worker thread, or the Word conversions).
   */
  readonly problem = (path: string, reason: Reason | string): void => {
    this.badInput = true;
    process.stderr.write(printable(`nos: ${path}: ${typeof reason === 'string' ? reason : reason[this.lang]}`) + '\n');
  };

  foundError(): void {
    this.errorFound = true;
  }

  /** Fails the run as error-level findings do, saying why on stderr. */
  tooManyWarnings(reason: Reason): void {
    this.errorFound = true;
    process.stderr.write(`nos: ${reason[this.lang]}\n`);
  }

  /** 2 for bad input wins over 1 for error-level findings or too many warnings. */
  get exitCode(): number {
    return this.badInput ? 2 : this.errorFound ? 1 : 0;
  }
}
