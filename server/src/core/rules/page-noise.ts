// S27: page footers of PDF copies (the URN, the title and the page number, repeated on
// every page) that the parser skips. Off by default: a writer turns it on to clean up
// a PDF copy, and then one action (and fix-all) removes every footer.

import type { NosDocument } from '../model/types';
import { Severity } from '../types';
import { defineRule, type DocumentContext } from './rule';

/** Runs of footer lines, blank lines between them included: [first, last]. */
export function footerRuns(doc: NosDocument): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const { lines } = doc;
  for (const line of doc.noiseLines) {
    const run = runs[runs.length - 1];
    let joined = false;
    if (run) {
      let between = run[1] + 1;
      while (between < line && lines.lineText(between).trim() === '') between++;
      joined = between === line;
    }
    if (joined) run[1] = line;
    else runs.push([line, line]);
  }
  return runs;
}

const MESSAGES = {
  description: {
    en: 'Page footers of PDF copies (URN, title, page number), which the checks skip; off unless turned on to clean a copy.',
    cy: "Troedynnau tudalen copïau PDF (URN, teitl, rhif tudalen), y mae'r gwiriadau'n eu hepgor; i ffwrdd oni bai eich bod yn ei droi ymlaen i lanhau copi.",
  },
  footer: {
    en: 'A page footer from a PDF copy (URN, title, page number): it is not part of the standard.',
    cy: "Troedyn tudalen o gopi PDF (URN, teitl, rhif tudalen): nid yw'n rhan o'r safon.",
  },
  remove: { en: 'Remove the page footer', cy: 'Tynnu troedyn y dudalen' },
  removeAll: { en: 'Remove all page footers', cy: 'Tynnu pob troedyn tudalen' },
};

function check(context: DocumentContext): void {
  const { doc } = context;
  const { lines } = doc;
  for (const [first, last] of footerRuns(doc)) {
    const text = lines.lineText(first);
    const start = text.length - text.trimStart().length;
    context.report({
      range: lines.span(first, start, Math.max(start, text.trimEnd().length)),
      message: MESSAGES.footer,
      unnecessary: true,
      fixes: [{ title: MESSAGES.remove, edits: [{ range: lines.wholeLinesRange(first, last), newText: '' }], safe: true, isPreferred: true }],
      group: { key: 'page-noise', title: MESSAGES.removeAll },
    });
  }
}

export const pageNoise = defineRule({
  id: 'page-noise',
  covers: ['S27'],
  defaultSeverity: Severity.Information,
  offByDefault: true,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
