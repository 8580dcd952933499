// Everything the analyser offers, run once over a text: what must return for any input.

import { applyEdits, createNosService, fixAll, type AnalyseOptions } from '../../server/src/core';

/** Analyses, outlines, hovers and completes at the start and end, applies fix-all; returns the finding count. */
export function exercise(text: string, options?: AnalyseOptions): number {
  const service = createNosService();
  const analysis = service.analyse(text, options);
  const { doc } = analysis;
  service.outline(analysis);
  const last = doc.lines.lineCount - 1;
  for (const position of [{ line: 0, character: 0 }, doc.lines.positionAt(text.length), { line: last, character: 0 }]) {
    service.hover(analysis, position);
    service.completions(analysis, position);
  }
  const all = fixAll(analysis);
  if (all) service.analyse(applyEdits(text, all.edits), options);
  return analysis.findings.length;
}
