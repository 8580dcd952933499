// S9: bullets ("-", "•", "*") used as performance criteria or knowledge items, which
// should be numbered. Bullets under a numbered item are its sub-list, not items.

import { sectionSpec } from '../catalogue';
import type { Item, Section } from '../model/types';
import { Severity, type Bilingual } from '../types';
import { dominantExample, relabel } from './criteria-numbering';
import type { Rule, RuleContext } from './rule';

/**
 * Whether the bullet at `index` belongs to the sub-list of a numbered item: it is
 * indented deeper than the nearest numbered item before it, under the same element.
 */
export function inSubList(items: readonly Item[], index: number): boolean {
  const bullet = items[index];
  for (let i = index - 1; i >= 0; i--) {
    const item = items[i];
    if (item.element !== bullet.element) return false;
    if (item.number !== null) return bullet.labelRange.start.character > item.labelRange.start.character;
  }
  return false;
}

export interface BulletRun {
  items: Item[];
  /** The number the first should have: its place in the list. */
  first: number;
}

/** Runs of consecutive bullets that stand as items of the section. */
export function bulletRuns(section: Section): BulletRun[] {
  const runs: BulletRun[] = [];
  let run: BulletRun | null = null;
  section.items.forEach((item, index) => {
    if (item.style !== 'bullet' || inSubList(section.items, index)) {
      if (item.style !== 'bullet') run = null;
      return;
    }
    if (!run) runs.push((run = { items: [], first: index + 1 }));
    run.items.push(item);
  });
  return runs;
}

/** The label a bullet gets: as `criteria-numbering` would renumber it, "1." when nothing is numbered. */
export function numberLabel(section: Section, number: number): string {
  const example = dominantExample(section.items.filter((item) => item.number !== null));
  return example ? relabel(example, number, sectionSpec(section.id).sequence!) : `${number}.`;
}

function checkSection(context: RuleContext, section: Section): void {
  const spec = sectionSpec(section.id);
  if (!spec.sequence) return;
  const isP = spec.sequence === 'P';
  const group = {
    key: `unnumbered@${section.firstLine}`,
    title: isP
      ? { en: 'Number the performance criteria', cy: "Rhifo'r meini prawf perfformiad" }
      : { en: 'Number the knowledge items', cy: "Rhifo'r eitemau gwybodaeth" },
  };
  for (const run of bulletRuns(section)) {
    const labels = run.items.map((_, i) => numberLabel(section, run.first + i));
    const bullet = run.items[0].label;
    const count = run.items.length;
    const first = run.first;
    const last = run.first + count - 1;
    const message: Bilingual = count === 1
      ? isP
        ? { en: `This performance criterion has a bullet “${bullet}” instead of a number: number it ${first}.`, cy: `Mae bwled “${bullet}” yn lle rhif ar y maen prawf perfformiad hwn: rhowch y rhif ${first} iddo.` }
        : { en: `This knowledge item has a bullet “${bullet}” instead of a number: number it ${first}.`, cy: `Mae bwled “${bullet}” yn lle rhif ar yr eitem wybodaeth hon: rhowch y rhif ${first} iddi.` }
      : isP
        ? { en: `These ${count} performance criteria have bullets “${bullet}” instead of numbers: number them ${first} to ${last}.`, cy: `Mae bwledi “${bullet}” yn lle rhifau ar y ${count} maen prawf perfformiad hyn: rhifwch nhw o ${first} i ${last}.` }
        : { en: `These ${count} knowledge items have bullets “${bullet}” instead of numbers: number them ${first} to ${last}.`, cy: `Mae bwledi “${bullet}” yn lle rhifau ar y ${count} eitem wybodaeth hyn: rhifwch nhw o ${first} i ${last}.` };
    context.report({
      range: run.items[0].labelRange,
      message,
      fixes: [{
        title: count === 1
          ? { en: `Number it ${first}`, cy: `Rhoi'r rhif ${first}` }
          : { en: `Number ${first} to ${last}`, cy: `Rhifo o ${first} i ${last}` },
        edits: run.items.map((item, i) => ({ range: item.labelRange, newText: labels[i] })),
        safe: true,
        isPreferred: true,
      }],
      group,
    });
  }
}

export const unnumberedItem: Rule = {
  id: 'unnumbered-item',
  covers: ['S9'],
  defaultSeverity: Severity.Warning,
  description: {
    en: 'Performance criteria and knowledge items are numbered, not bulleted; bullets under a numbered item are its sub-list.',
    cy: "Mae'r meini prawf perfformiad a'r eitemau gwybodaeth wedi'u rhifo, nid wedi'u bwledu; is-restr yw bwledi o dan eitem wedi'i rhifo.",
  },
  fixAllTitle: { en: 'Number all bulleted criteria and knowledge items', cy: "Rhifo'r holl feini prawf ac eitemau gwybodaeth â bwledi" },
  checkSection,
};
