// `nos check`: report findings per file in the chosen format, streamed file by file.

import { Severity, type Lang } from '../core';
import type { DiagnosticEncoder } from '../shared/diagnostic';
import type { CliConfig } from './config';
import { inputFiles } from './files';
import { CHECK_FORMATS, type CheckFormatName } from './formats';
import type { CheckedFile } from './formats/format';
import { Outcome } from './outcome';
import { write } from './output';
import { loadDraft } from './read';
import { spellingAnalyser, withSpelling } from './spelling';
import { namesAFolder, SuiteRun } from './suite';
import { Tally } from './tally';

export interface CheckOptions {
  format: CheckFormatName;
  config: CliConfig;
  encoder: DiagnosticEncoder;
  /** Language of text about no one draft (rule descriptions in SARIF). */
  lang: Lang;
  /** More warnings than this fail the run (exit status 1). */
  maxWarnings?: number;
  /** False (`--no-workspace`): no suite checks, even on a folder. */
  workspace?: boolean;
}

/** Drafts whose findings a suite run holds until the suite is checked (about 40 KB each); later ones are checked again. */
const HELD = 2000;

async function checkAgain(path: string, config: CliConfig, problem: (path: string, reason: string) => void): Promise<CheckedFile | null> {
  const analyseOptions = await config.optionsFor(path, problem);
  const loaded = analyseOptions && loadDraft(path, analyseOptions, problem, spellingAnalyser(path));
  if (!loaded) return null;
  const { doc, findings } = await withSpelling(loaded.analysis, loaded.draft.text, path, analyseOptions);
  return { path, language: doc.language, findings };
}

export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
  const outcome = new Outcome();
  const tally = new Tally();
  const writer = CHECK_FORMATS[options.format]({ encoder: options.encoder, lang: options.lang });
  const written = async (checked: CheckedFile) => {
    if (checked.findings.some((f) => f.severity === Severity.Error)) outcome.foundError();
    await write(writer.file(checked, tally.files));
    tally.add(checked.findings);
  };
  // On a folder the suite rules need every draft before any can be written out: the
  // drafts' findings wait (not their models; beyond HELD drafts, not even their findings,
  // which are found again), then are written file by file. Otherwise files are read,
  // checked and written one at a time, so memory stays flat on big trees.
  const suite = options.workspace !== false && namesAFolder(paths) ? new SuiteRun() : null;
  const waiting: Array<{ checked: CheckedFile | null; path: string; uri: string }> = [];
  await write(writer.begin());
  for (const path of inputFiles(paths, outcome.problem, (dir) => options.config.listedIn(dir))) {
    const analyseOptions = await options.config.optionsFor(path, outcome.problem);
    if (!analyseOptions) continue;
    const loaded = loadDraft(path, analyseOptions, outcome.problem, spellingAnalyser(path));
    if (!loaded) continue;
    const { doc, findings } = await withSpelling(loaded.analysis, loaded.draft.text, path, analyseOptions);
    const checked = { path, language: doc.language, findings };
    const twin = suite ? await options.config.twinOf(path) : undefined;
    if (suite) waiting.push({ checked: waiting.length < HELD ? checked : null, path, uri: suite.add(path, loaded.analysis, analyseOptions, twin) });
    else await written(checked);
  }
  for (const { checked, path, uri } of waiting) {
    const again = checked ?? (await checkAgain(path, options.config, outcome.problem));
    if (again) await written({ ...again, findings: suite!.findingsOf(uri, again.findings) });
  }
  await write(writer.end(tally));
  if (options.maxWarnings !== undefined && tally.warnings > options.maxWarnings) {
    outcome.tooManyWarnings(`${tally.warnings} warnings, more than --max-warnings ${options.maxWarnings}`);
  }
  return outcome.exitCode;
}
