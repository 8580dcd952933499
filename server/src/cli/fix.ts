// `nos fix`: apply every safe fix (those the rule pages call safe) in place, or print the result for one file;
// with --reflow, put each part of flattened text on a line of its own instead.

import { applyEdits, fixAll, type Analysis, type Lang, type TextEdit } from '../core';
import type { CliConfig } from './config';
import { describe, UsageError } from './errors';
import { inputFiles, singleFile } from './files';
import { bilingual } from '../core/messages/message';
import { CLI, type Reason } from './messages';
import { Outcome } from './outcome';
import { write } from './output';
import { encodeDraft, loadDraft } from './read';
import { reflowChange } from './reflow';
import { replaceFile } from './replaceFile';
import { printable } from './terminal';

export interface FixOptions {
  stdout: boolean;
  config: CliConfig;
  reflow?: boolean;
  /** The run's language, of its problems and what it did to each file. */
  lang: Lang;
}

/** The edits a command makes to one file. */
export interface FileChange {
  edits: TextEdit[];
  /** What they do, for the line on stderr: "3 fixes", "3 trwsiad". */
  summary: Reason;
}

function safeFixes(analysis: Analysis): FileChange {
  const combined = fixAll(analysis);
  return { edits: combined?.edits ?? [], summary: bilingual(CLI.fixes, { count: combined?.count ?? 0 }) };
}

export async function fix(paths: readonly string[], options: FixOptions): Promise<number> {
  const outcome = new Outcome(options.lang);
  let files: Iterable<string>;
  if (options.stdout) {
    const file = singleFile(paths);
    if (!file) throw new UsageError('fix --stdout takes one file');
    files = [file];
  } else {
    files = inputFiles(paths, outcome.problem, (dir) => options.config.listedIn(dir));
  }
  for (const path of files) {
    const analyseOptions = await options.config.optionsFor(path, outcome.problem);
    const loaded = analyseOptions && loadDraft(path, analyseOptions, outcome.problem);
    if (!loaded) continue;
    const { draft, analysis } = loaded;
    const change = options.reflow ? reflowChange(analysis) : safeFixes(analysis);
    const fixed = applyEdits(draft.text, change.edits);
    const changed = fixed !== draft.text;
    if (options.stdout) {
      await write(encodeDraft(fixed, draft.bom));
    } else if (changed) {
      try {
        replaceFile(path, encodeDraft(fixed, draft.bom), draft.bytes);
      } catch (error) {
        outcome.problem(path, describe(error));
        continue;
      }
    }
    if (changed) process.stderr.write(`${printable(path)}: ${change.summary[options.lang]}\n`);
  }
  return outcome.exitCode;
}
