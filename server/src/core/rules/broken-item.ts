// S10: an item split in two by a blank line, or by a line break before its
// continuation (PDF and Word copies), items run together on one line (web copies), and
// an item with no text at all. A continuation
// after a page footer is how PDF pages break, not a defect: the footer is page-noise's.

import { sectionSpec } from '../catalogue';
import { say, type Message } from '../messages/message';
import type { Item } from '../model/types';
import { Severity, type Range } from '../types';
import { defineRule, type DocumentContext, type SectionContext } from './rule';
import { sectionRunOns } from './runOns';
import { allItems, lineRoles, ownLastLine, span, type LineRole } from './spans';

const MESSAGES = {
  description: {
    en: 'Each item is whole on a line of its own: not split by a blank line or a line break, not run together with the next, and not empty.',
    cy: "Mae pob eitem yn gyfan ar ei llinell ei hun: heb ei hollti gan linell wag neu doriad llinell, heb redeg at yr eitem nesaf, a heb fod yn wag.",
  },
  empty: {
    en: ({ label }) => `The item “${label}” has no text.`,
    cy: ({ label }) => `Nid oes testun gan yr eitem “${label}”.`,
  } satisfies Message<{ label: string }>,
  emptyBullet: {
    en: 'This bullet has no text.',
    cy: "Nid oes testun gan y bwled hwn.",
  },
  removeEmpty: { en: 'Remove the empty item', cy: "Tynnu'r eitem wag" },
  blank: {
    en: ({ label }) => `A blank line splits item “${label}”: this line continues it.`,
    cy: ({ label }) => `Mae llinell wag yn hollti'r eitem “${label}”: mae'r llinell hon yn ei pharhau.`,
  } satisfies Message<{ label: string }>,
  wrapped: {
    en: ({ label }) => `Item “${label}” is broken over lines: this line continues it.`,
    cy: ({ label }) => `Mae'r eitem “${label}” wedi'i thorri dros linellau: mae'r llinell hon yn ei pharhau.`,
  } satisfies Message<{ label: string }>,
  join: { en: 'Join the lines', cy: "Uno'r llinellau" },
  joinList: { en: 'Join the broken lines of this list', cy: "Uno llinellau toredig y rhestr hon" },
  runTogether: {
    en: ({ count, first, last }) => `${count} items run together on this line, “${first}” to “${last}”: each item goes on a line of its own.`,
    cy: ({ count, first, last }) => `Mae ${count} eitem yn rhedeg at ei gilydd ar y llinell hon, o “${first}” i “${last}”: dylai pob eitem fod ar ei llinell ei hun.`,
  } satisfies Message<{ count: number; first: string; last: string }>,
  splitItems: { en: 'Put each item on a line of its own', cy: 'Rhoi pob eitem ar ei llinell ei hun' },
};

export interface Break {
  /** The continuation line. */
  line: number;
  /** From the end of the text before the break to the start of the continuation. */
  join: Range;
  /** A blank line stands in the break. */
  blank: boolean;
}

/** The breaks inside an item, skipping those at a page footer. */
export function itemBreaks(item: Item, roles: readonly LineRole[], first: number, lineText: (line: number) => string): Break[] {
  const breaks: Break[] = [];
  let previous = item.line;
  for (let line = item.line + 1; line <= ownLastLine(item); line++) {
    if (roles[line - first] !== 'continuation') continue;
    let afterFooter = false;
    for (let between = previous + 1; between < line && !afterFooter; between++) afterFooter = roles[between - first] === 'noise';
    if (!afterFooter) {
      const text = lineText(line);
      breaks.push({
        line,
        join: { start: { line: previous, character: lineText(previous).trimEnd().length }, end: { line, character: text.length - text.trimStart().length } },
        blank: line - previous > 1,
      });
    }
    previous = line;
  }
  return breaks;
}

function checkSection(context: SectionContext): void {
  const { section, lineText } = context;
  if (!sectionSpec(section.id).sequence) return;
  const roles = lineRoles(section, lineText);
  const { items } = section;
  // The last item of a list is left alone when empty: that is where the writer is typing
  // (a new "1. " or the item Enter started).
  for (let i = 0; i < items.length - 1; i++) {
    const item = items[i];
    if (item.lastLine !== item.line || /\S/.test(item.text)) continue;
    // Up to the next line with text, which is in the section: the next item's at the latest.
    let next = item.line + 1;
    while (roles[next - section.firstLine] === 'blank') next++;
    context.report({
      range: item.labelRange,
      // A bullet is no label to name: "The item “-”" reads as a dash in the text.
      message: /[\p{L}\p{N}]/u.test(item.label) ? say(MESSAGES.empty, { label: item.label }) : MESSAGES.emptyBullet,
      unnecessary: true,
      fixes: [{ title: MESSAGES.removeEmpty, edits: [{ range: { start: { line: item.line, character: 0 }, end: { line: next, character: 0 } }, newText: '' }] }],
    });
  }
  // A PDF copy wraps most items of a list: one action joins them all. A blank line may
  // stand between two items as well as inside one, so each of those is joined apart.
  const wraps = { key: 'wrapped', local: true, title: MESSAGES.joinList };
  for (const item of allItems(section)) {
    for (const broken of itemBreaks(item, roles, section.firstLine, lineText)) {
      context.report({
        range: span(broken.line, broken.join.end.character, lineText(broken.line).trimEnd().length),
        severity: broken.blank ? Severity.Warning : Severity.Information,
        message: say(broken.blank ? MESSAGES.blank : MESSAGES.wrapped, { label: item.label }),
        fixes: [{ title: MESSAGES.join, edits: [{ range: broken.join, newText: ' ' }], isPreferred: true }],
        group: broken.blank ? undefined : wraps,
      });
    }
  }
}

/**
 * Items run together on one line, each with a fix that puts the items on lines of their
 * own: document-wide, since the line breaks it writes are the text's own.
 */
function check({ doc, report }: DocumentContext): void {
  const { lines } = doc;
  const lineText = (line: number) => lines.lineText(line);
  for (const section of doc.sections) {
    if (!sectionSpec(section.id).sequence) continue;
    for (const { item, runOns } of sectionRunOns(section, lineText)) {
      const line = lineText(item.line);
      const indent = line.slice(0, line.length - line.trimStart().length);
      const last = runOns[runOns.length - 1];
      report({
        range: span(item.line, item.labelRange.start.character, last.end + last.label.length),
        message: say(MESSAGES.runTogether, { count: runOns.length + 1, first: item.label, last: last.label }),
        fixes: [{ title: MESSAGES.splitItems, edits: runOns.map(({ start, end }) => ({ range: span(item.line, start, end), newText: lines.eol + indent })) }],
      });
    }
  }
}

export const brokenItem = defineRule({
  id: 'broken-item',
  covers: ['S10'],
  defaultSeverity: Severity.Warning,
  physicalLinesOnly: true,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  checkSection,
  check,
});
