// Counts of a `check` run, for its summary line and --max-warnings.

import { Severity, type Finding, type Lang } from '../core';
import { CLI } from './messages';

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

  /** e.g. `5 files, 3 errors, 12 warnings, 1 information, 0 hints`; `5 ffeil, 3 gwall, 12 rhybudd, 1 gwybodaeth, 0 awgrym`. */
  summary(lang: Lang): string {
    const counts = this.bySeverity;
    return CLI.summary[lang]({ files: this.files, errors: counts[1], warnings: counts[2], information: counts[3], hints: counts[4] });
  }
}
