// `check --format text`: one line per finding, `path:line:col severity rule-id message`,
// then a summary of the run. The severities stay English words whatever the messages'
// language, for the programs that read the lines; the summary is in the run's language.

import type { Finding, Severity } from '../../core';
import { printable } from '../terminal';
import type { CheckFormat } from './format';

export const SEVERITY_WORDS: Record<Severity, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

/** `path:line:col severity rule-id message`, with 1-based line and column. */
export function textLine(path: string, finding: Finding): string {
  const { line, character } = finding.range.start;
  const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
  return printable(`${path}:${line + 1}:${character + 1} ${SEVERITY_WORDS[finding.severity]} ${finding.ruleId} ${message}`);
}

export const text: CheckFormat = ({ lang }) => ({
  begin: () => '',
  file: ({ path, findings }) => findings.map((finding) => textLine(path, finding) + '\n').join(''),
  end: (tally) => tally.summary(lang) + '\n',
});
