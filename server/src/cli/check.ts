// `nos check`: report findings per file as text lines or as a streamed JSON document.

import { Severity, type Lang } from '../core';
import { inputFiles } from './files';
import { jsonFile, Tally, textLine } from './format';
import { Outcome } from './outcome';
import { write } from './output';
import { loadDraft } from './read';

export interface CheckOptions {
  format: 'text' | 'json';
  language: Lang | 'auto';
}

export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
  const outcome = new Outcome();
  const tally = new Tally();
  const json = options.format === 'json';
  if (json) await write('{"files":[');
  // Files are read, checked and written out one at a time, so memory stays flat on big trees.
  for (const path of inputFiles(paths, outcome.problem)) {
    const loaded = loadDraft(path, options.language, outcome.problem);
    if (!loaded) continue;
    const { doc, findings } = loaded.analysis;
    if (findings.some((f) => f.severity === Severity.Error)) outcome.foundError();
    if (json) {
      await write(`${tally.files ? ',' : ''}\n${jsonFile(path, doc.language, findings)}`);
    } else if (findings.length) {
      await write(findings.map((f) => textLine(path, f) + '\n').join(''));
    }
    tally.add(findings);
  }
  await write(json ? '\n]}\n' : tally.summary() + '\n');
  return outcome.exitCode;
}
