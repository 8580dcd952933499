// `check --format text`: one line per finding, `path:line:col severity rule-id message`,
// then a summary of the run.

import type { Finding, Severity } from '../../core';
import type { CheckFormat } from './format';

export const SEVERITY_WORDS: Record<Severity, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** `path:line:col severity rule-id message`, with 1-based line and column. */
export function textLine(path: string, finding: Finding): string {
  const { line, character } = finding.range.start;
  const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return `${path}:${line + 1}:${character + 1} ${SEVERITY_WORDS[finding.severity]} ${finding.ruleId} ${message}`;
}

export const text: CheckFormat = () => ({
  begin: () => '',
  file: ({ path, findings }) => findings.map((finding) => textLine(path, finding) + '\n').join(''),
  end: (tally) => tally.summary() + '\n',
});
