// How findings are shown: one text line each, or LSP diagnostics for JSON.

import type { Finding, Lang, Severity } from '../core';
import { toDiagnostic } from '../lsp/diagnostics';
import { printable } from './terminal';

const SEVERITY_WORDS: Record<Severity, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** `path:line:col severity rule-id message`, with 1-based line and column. */
export function textLine(path: string, finding: Finding): string {
  const { line, character } = finding.range.start;
  const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return printable(`${path}:${line + 1}:${character + 1} ${SEVERITY_WORDS[finding.severity]} ${finding.ruleId} ${message}`);
}

/** One file's entry of `check --format json`. */
export function jsonFile(path: string, language: Lang, findings: readonly Finding[]): string {
  return JSON.stringify({ path, language, diagnostics: findings.map(toDiagnostic) });
}

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
