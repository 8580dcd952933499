// Counts of a `check` run, for its summary line and --max-warnings.

import { Severity, type Finding } from '../core';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

export class Tally {
  files = 0;
  private readonly bySeverity: Record<Severity, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };

  add(findings: readonly Finding[]): void {
    this.files++;
    for (const finding of findings) this.bySeverity[finding.severity]++;
  }

  get warnings(): number {
    return this.bySeverity[Severity.Warning];
  }

  /** e.g. `5 files, 3 errors, 12 warnings, 1 information, 0 hints`. */
  summary(): string {
    const counts = this.bySeverity;
    return [
      plural(this.files, 'file'),
      plural(counts[1], 'error'),
      plural(counts[2], 'warning'),
      plural(counts[3], 'information', 'information'),
      plural(counts[4], 'hint'),
    ].join(', ');
  }
}
