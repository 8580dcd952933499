// Everything the analyser offers, run once over a text: what must return for any input.

import { analyse, applyEdits, completionsAt, fixAll, hoverAt, outline, type AnalyseOptions } from '../../server/src/core';

/** Analyses, outlines, hovers and completes at the start and end, applies fix-all; returns the finding count. */
export function exercise(text: string, options?: AnalyseOptions): number {
  const analysis = analyse(text, options);
  const { doc } = analysis;
  outline(doc);
  const last = doc.lines.lineCount - 1;
  for (const position of [{ line: 0, character: 0 }, doc.lines.positionAt(text.length), { line: last, character: 0 }]) {
    hoverAt(doc, position);
    completionsAt(doc, position);
  }
  const all = fixAll(analysis);
  if (all) analyse(applyEdits(text, all.edits), options);
  return analysis.findings.length;
}
