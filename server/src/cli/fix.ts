// `nos fix`: apply every safe fix (renumbering) in place, or print the result for one file.

import { applyEdits, fixAll } from '../core';
import type { CliConfig } from './config';
import { describe, UsageError } from './errors';
import { inputFiles, singleFile } from './files';
import { Outcome } from './outcome';
import { write } from './output';
import { encodeDraft, loadDraft } from './read';
import { replaceFile } from './replaceFile';

export interface FixOptions {
  stdout: boolean;
  config: CliConfig;
}

export async function fix(paths: readonly string[], options: FixOptions): Promise<number> {
  const outcome = new Outcome();
  let files: Iterable<string>;
  if (options.stdout) {
    const file = singleFile(paths);
    if (!file) throw new UsageError('fix --stdout takes one file');
    files = [file];
  } else {
    files = inputFiles(paths, outcome.problem);
  }
  for (const path of files) {
    const analyseOptions = await options.config.optionsFor(path, outcome.problem);
    const loaded = analyseOptions && loadDraft(path, analyseOptions, outcome.problem);
    if (!loaded) continue;
    const { draft, analysis } = loaded;
    const combined = fixAll(analysis);
    const fixed = combined ? applyEdits(draft.text, combined.edits) : draft.text;
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
    if (changed && combined) process.stderr.write(`${path}: ${combined.count} ${combined.count === 1 ? 'fix' : 'fixes'}\n`);
  }
  return outcome.exitCode;
}
