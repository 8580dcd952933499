// What a command run amounts to: its exit status and the one-line problem reports.

export class Outcome {
  private badInput = false;
  private errorFound = false;

  /** Reports an input that could not be handled; the run goes on with the others. */
  readonly problem = (path: string, reason: string): void => {
    this.badInput = true;
    process.stderr.write(`nos: ${path}: ${reason}\n`);
  };

  foundError(): void {
    this.errorFound = true;
  }

  /** Fails the run as error-level findings do, saying why on stderr. */
  tooManyWarnings(reason: string): void {
    this.errorFound = true;
    process.stderr.write(`nos: ${reason}\n`);
  }

  /** 2 for bad input wins over 1 for error-level findings or too many warnings. */
  get exitCode(): number {
    return this.badInput ? 2 : this.errorFound ? 1 : 0;
  }
}
