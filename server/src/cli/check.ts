// `nos check`: report findings per file in the chosen format, streamed file by file.

import { Severity, type Lang } from '../core';
import type { DiagnosticEncoder } from '../shared/diagnostic';
import type { CliConfig } from './config';
import { inputFiles } from './files';
import { CHECK_FORMATS, type CheckFormatName } from './formats';
import { Outcome } from './outcome';
import { write } from './output';
import { loadDraft } from './read';
import { spellingAnalyser, withSpelling } from './spelling';
import { Tally } from './tally';

export interface CheckOptions {
  format: CheckFormatName;
  config: CliConfig;
  encoder: DiagnosticEncoder;
  /** Language of text about no one draft (rule descriptions in SARIF). */
  lang: Lang;
  /** More warnings than this fail the run (exit status 1). */
  maxWarnings?: number;
}

export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
  const outcome = new Outcome();
  const tally = new Tally();
  const writer = CHECK_FORMATS[options.format]({ encoder: options.encoder, lang: options.lang });
  await write(writer.begin());
  // Files are read, checked and written out one at a time, so memory stays flat on big trees.
  for (const path of inputFiles(paths, outcome.problem)) {
    const analyseOptions = await options.config.optionsFor(path, outcome.problem);
    if (!analyseOptions) continue;
    const loaded = loadDraft(path, analyseOptions, outcome.problem, spellingAnalyser(path));
    if (!loaded) continue;
    const { doc, findings } = await withSpelling(loaded.analysis, loaded.draft.text, path, analyseOptions);
    if (findings.some((f) => f.severity === Severity.Error)) outcome.foundError();
    await write(writer.file({ path, language: doc.language, findings }, tally.files));
    tally.add(findings);
  }
  await write(writer.end(tally));
  if (options.maxWarnings !== undefined && tally.warnings > options.maxWarnings) {
    outcome.tooManyWarnings(`${tally.warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  }
  return outcome.exitCode;
}
