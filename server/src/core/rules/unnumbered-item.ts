// S9: bullets ("-", "•", "*") used as performance criteria or knowledge items, which
// should be numbered. Bullets under a numbered item are its sub-list, not items: the
// parser keeps them with that item (model/lists.ts).

import { sectionSpec } from '../catalogue';
import type { Item, Section } from '../model/types';
import { say, type Message } from '../messages/message';
import { skipSeparators } from '../text/spaces';
import { Severity } from '../types';
import { dominantExample, relabel } from './criteria-numbering';
import { defineRule, type SectionContext } from './rule';
import { labelAlone } from './spans';

type Run = { bullet: string; count: number; first: number; last: number };

const MESSAGES = {
  description: {
    en: 'Performance criteria and knowledge items are numbered, not bulleted; bullets under a numbered item are its sub-list.',
    cy: "Mae'r meini prawf perfformiad a'r eitemau gwybodaeth wedi'u rhifo, nid wedi'u bwledu; is-restr yw bwledi o dan eitem wedi'i rhifo.",
  },
  fixAll: { en: 'Number all bulleted criteria and knowledge items', cy: "Rhifo'r holl feini prawf ac eitemau gwybodaeth â bwledi" },
  numberCriteria: { en: 'Number the performance criteria', cy: "Rhifo'r meini prawf perfformiad" },
  numberKnowledge: { en: 'Number the knowledge items', cy: "Rhifo'r eitemau gwybodaeth" },
  criterion: {
    en: ({ bullet, first }) => `This performance criterion has a bullet “${bullet}” instead of a number: number it ${first}.`,
    cy: ({ bullet, first }) => `Mae bwled “${bullet}” yn lle rhif ar y maen prawf perfformiad hwn: rhowch y rhif ${first} iddo.`,
  } satisfies Message<{ bullet: string; first: number }>,
  item: {
    en: ({ bullet, first }) => `This knowledge item has a bullet “${bullet}” instead of a number: number it ${first}.`,
    cy: ({ bullet, first }) => `Mae bwled “${bullet}” yn lle rhif ar yr eitem wybodaeth hon: rhowch y rhif ${first} iddi.`,
  } satisfies Message<{ bullet: string; first: number }>,
  criteria: {
    en: ({ bullet, count, first, last }) => `These ${count} performance criteria have bullets “${bullet}” instead of numbers: number them ${first} to ${last}.`,
    cy: ({ bullet, count, first, last }) => `Mae bwledi “${bullet}” yn lle rhifau ar y ${count} maen prawf perfformiad hyn: rhifwch nhw o ${first} i ${last}.`,
  } satisfies Message<Run>,
  items: {
    en: ({ bullet, count, first, last }) => `These ${count} knowledge items have bullets “${bullet}” instead of numbers: number them ${first} to ${last}.`,
    cy: ({ bullet, count, first, last }) => `Mae bwledi “${bullet}” yn lle rhifau ar y ${count} eitem wybodaeth hyn: rhifwch nhw o ${first} i ${last}.`,
  } satisfies Message<Run>,
  numberOne: {
    en: ({ first }) => `Number it ${first}`,
    cy: ({ first }) => `Rhoi'r rhif ${first}`,
  } satisfies Message<{ first: number }>,
  numberRun: {
    en: ({ first, last }) => `Number ${first} to ${last}`,
    cy: ({ first, last }) => `Rhifo o ${first} i ${last}`,
  } satisfies Message<{ first: number; last: number }>,
};

export interface BulletRun {
  items: Item[];
  /** The number the first should have: its place in the list. */
  first: number;
}

/** Runs of consecutive bullets that stand as items of the section (sub-lists are no items: model/lists.ts). */
export function bulletRuns(section: Section): BulletRun[] {
  const runs: BulletRun[] = [];
  let run: BulletRun | null = null;
  section.items.forEach((item, index) => {
    if (item.style !== 'bullet') run = null;
    else {
      if (!run) runs.push((run = { items: [], first: index + 1 }));
      run.items.push(item);
    }
  });
  return runs;
}

/** Labels for numbers in the style `criteria-numbering` would renumber to, "1." when nothing is numbered. */
export function labeller(section: Section): (number: number) => string {
  const example = dominantExample(section.items.filter((item) => item.number !== null));
  const letter = sectionSpec(section.id).sequence!;
  return example ? (number) => relabel(example, number, letter) : (number) => `${number}.`;
}

/** Whether `text` starts with a digit after what the parser skips there (spaces, invisible characters). */
function startsWithDigit(text: string): boolean {
  const c = text.charCodeAt(skipSeparators(text, 0));
  return c >= 48 && c <= 57;
}

/**
 * Whether a line from the run's first bullet to the next item starts with a number and is no
 * label (the item's own text, or text after it): in a list of bare numbers ("1 identify …")
 * it would read as an item once the bullets are numbers.
 */
function wrapsANumber(lineText: (line: number) => string, section: Section, items: readonly Item[]): boolean {
  const last = items[items.length - 1];
  const next = section.items[section.items.indexOf(last) + 1];
  const end = next ? next.line - 1 : section.lastLine;
  for (let line = items[0].line + 1; line <= end; line++) {
    if (startsWithDigit(lineText(line)) && !items.some((item) => item.line === line)) return true;
  }
  return false;
}

function checkSection(context: SectionContext): void {
  const { section, lineText } = context;
  const spec = sectionSpec(section.id);
  if (!spec.sequence) return;
  const isP = spec.sequence === 'P';
  const runs = bulletRuns(section);
  if (runs.length === 0) return;
  const group = { key: 'unnumbered', local: true, title: isP ? MESSAGES.numberCriteria : MESSAGES.numberKnowledge };
  const label = labeller(section);
  const bare = /^\d+$/.test(label(1));
  for (const run of runs) {
    const bullet = run.items[0].label;
    const count = run.items.length;
    const first = run.first;
    const last = run.first + count - 1;
    const message = count === 1
      ? say(isP ? MESSAGES.criterion : MESSAGES.item, { bullet, first })
      : say(isP ? MESSAGES.criteria : MESSAGES.items, { bullet, count, first, last });
    context.report({
      range: run.items[0].labelRange,
      message,
      fixes: [{
        title: count === 1 ? say(MESSAGES.numberOne, { first }) : say(MESSAGES.numberRun, { first, last }),
        // A bullet alone on its line numbered bare would be no item: it takes the default style.
        edits: run.items.map((item, i) => ({ range: item.labelRange, newText: bare && labelAlone(lineText, item) ? `${first + i}.` : label(first + i) })),
        // Offered, but left out of fix-all, which never changes what a line is nor the list's style.
        safe: !(bare && (wrapsANumber(lineText, section, run.items) || run.items.some((item) => labelAlone(lineText, item)))),
        isPreferred: true,
      }],
      group,
    });
  }
}

export const unnumberedItem = defineRule({
  id: 'unnumbered-item',
  covers: ['S9'],
  defaultSeverity: Severity.Warning,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  fixAllTitle: MESSAGES.fixAll,
  checkSection,
});
