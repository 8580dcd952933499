// S10: an item split in two by a blank line, or by a line break before its
// continuation (PDF and Word copies), and an item with no text at all. A continuation
// after a page footer is how PDF pages break, not a defect: the footer is page-noise's.

import { sectionSpec } from '../catalogue';
import { removeLines } from '../fixes/lineEdits';
import type { Item, NosDocument, Section } from '../model/types';
import { Severity, type Range } from '../types';
import type { Rule, RuleContext } from './rule';

export interface Break {
  /** The continuation line. */
  line: number;
  /** From the end of the text before the break to the start of the continuation. */
  join: Range;
  /** A blank line stands in the break. */
  blank: boolean;
}

/** The breaks inside an item, skipping those at a page footer. */
export function itemBreaks(doc: NosDocument, item: Item, noise: ReadonlySet<number>): Break[] {
  const { lines } = doc;
  const breaks: Break[] = [];
  let previous = item.line;
  for (let line = item.line + 1; line <= item.lastLine; line++) {
    const text = lines.lineText(line);
    if (noise.has(line) || text.trim() === '') continue;
    let afterFooter = false;
    for (let between = previous + 1; between < line && !afterFooter; between++) afterFooter = noise.has(between);
    if (!afterFooter) {
      const end = lines.lineText(previous).trimEnd().length;
      breaks.push({
        line,
        join: { start: { line: previous, character: end }, end: { line, character: text.length - text.trimStart().length } },
        blank: line - previous > 1,
      });
    }
    previous = line;
  }
  return breaks;
}

function checkSection(context: RuleContext, section: Section): void {
  if (!sectionSpec(section.id).sequence) return;
  const { doc } = context;
  const noise = new Set(doc.noiseLines);
  for (const item of section.items) {
    if (item.text.trim() === '' && item.lastLine === item.line) {
      context.report({
        range: item.labelRange,
        message: {
          en: `The item “${item.label}” has no text.`,
          cy: `Nid oes testun gan yr eitem “${item.label}”.`,
        },
        unnecessary: true,
        fixes: [{ title: { en: 'Remove the empty item', cy: "Tynnu'r eitem wag" }, edits: [removeLines(doc, item.line, item.line)] }],
      });
      continue;
    }
    for (const broken of itemBreaks(doc, item, noise)) {
      const text = doc.lines.lineText(broken.line);
      context.report({
        range: doc.lines.span(broken.line, broken.join.end.character, text.trimEnd().length),
        severity: broken.blank ? Severity.Warning : Severity.Information,
        message: broken.blank
          ? { en: `A blank line splits item “${item.label}”: this line continues it.`, cy: `Mae llinell wag yn hollti'r eitem “${item.label}”: mae'r llinell hon yn ei pharhau.` }
          : { en: `Item “${item.label}” is broken over lines: this line continues it.`, cy: `Mae'r eitem “${item.label}” wedi'i thorri dros linellau: mae'r llinell hon yn ei pharhau.` },
        fixes: [{
          title: { en: 'Join the lines', cy: "Uno'r llinellau" },
          edits: [{ range: broken.join, newText: ' ' }],
          isPreferred: true,
        }],
      });
    }
  }
}

export const brokenItem: Rule = {
  id: 'broken-item',
  covers: ['S10'],
  defaultSeverity: Severity.Warning,
  description: {
    en: 'Each item is whole on one line: not split by a blank line or a line break, and not empty.',
    cy: "Mae pob eitem yn gyfan ar un llinell: heb ei hollti gan linell wag neu doriad llinell, a heb fod yn wag.",
  },
  checkSection,
};
