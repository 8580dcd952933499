// What an output format of `nos check` is: text written before the first file, for each
// file as it is checked (so output streams), and after the last.

import type { Finding, Lang } from '../../core';
import type { DiagnosticEncoder } from '../../shared/diagnostic';
import type { Tally } from '../tally';

export interface CheckedFile {
  path: string;
  language: Lang;
  findings: readonly Finding[];
}

export interface CheckWriter {
  /** Whether `file` writes the findings' safe fixes: other writers are given findings without fixes. */
  safeFixes?: boolean;
  begin(): string;
  /** `index` counts the files written before this one. */
  file(checked: CheckedFile, index: number): string;
  end(tally: Tally): string;
}

export interface FormatContext {
  encoder: DiagnosticEncoder;
  /** The run's language: of text about no one draft (the summary line, rule descriptions). */
  lang: Lang;
}

export type CheckFormat = (context: FormatContext) => CheckWriter;
