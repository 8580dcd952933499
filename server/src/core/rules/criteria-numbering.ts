// S8: performance criteria and knowledge items are numbered 1..n through the whole
// section, across element sub-headings, in one label style.

import { sectionSpec } from '../catalogue';
import { say, type Message } from '../messages/message';
import type { Item } from '../model/types';
import { Severity, type TextEdit } from '../types';
import { defineRule, type SectionContext } from './rule';
import { nearHeading } from './heading-typo';
import { isSnippetText } from './placeholder-text';
import { sectionRunOns } from './runOns';
import { labelAlone, labelEnd } from './spans';

/** A run of items numbered `first` to `last` that should be `from` to `to`. */
type Shift = { first: number; last: number; from: number; to: number; total: number };

const MESSAGES = {
  description: {
    en: 'Performance criteria and knowledge items are numbered 1 to n through the whole section, across element sub-headings, in one label style.',
    cy: "Mae'r meini prawf perfformiad a'r eitemau gwybodaeth wedi'u rhifo o 1 i n drwy'r adran gyfan, ar draws is-benawdau elfennau, mewn un arddull label.",
  },
  fixAll: {
    en: 'Renumber all criteria and knowledge items',
    cy: "Ailrifo'r holl feini prawf a'r eitemau gwybodaeth",
  },
  renumberCriteria: { en: 'Renumber performance criteria', cy: "Ailrifo'r meini prawf perfformiad" },
  renumberKnowledge: { en: 'Renumber knowledge and understanding', cy: "Ailrifo'r eitemau gwybodaeth a dealltwriaeth" },
  wrongStyle: {
    en: ({ label, example, expected }) => `Label “${label}” differs from the “${example}” style of this section; it should read “${expected}”.`,
    cy: ({ label, example, expected }) => `Mae'r label “${label}” yn wahanol i arddull “${example}” yr adran hon; dylai fod yn “${expected}”.`,
  } satisfies Message<{ label: string; example: string; expected: string }>,
  changeLabel: {
    en: ({ label, expected }) => `Change “${label}” to “${expected}”`,
    cy: ({ label, expected }) => `Newid “${label}” i “${expected}”`,
  } satisfies Message<{ label: string; expected: string }>,
  criterionNumber: {
    en: ({ found, expected, total }) => `Performance criterion numbered ${found} should be ${expected}: criteria run from 1 to ${total} through the whole section.`,
    cy: ({ found, expected, total }) => `Dylai'r maen prawf perfformiad a rifwyd yn ${found} fod yn ${expected}: mae'r meini prawf yn rhedeg o 1 i ${total} drwy'r adran gyfan.`,
  } satisfies Message<{ found: number; expected: number; total: number }>,
  knowledgeNumber: {
    en: ({ found, expected, total }) => `Knowledge item numbered ${found} should be ${expected}: items run from 1 to ${total} through the whole section.`,
    cy: ({ found, expected, total }) => `Dylai'r eitem wybodaeth a rifwyd yn ${found} fod yn ${expected}: mae'r eitemau'n rhedeg o 1 i ${total} drwy'r adran gyfan.`,
  } satisfies Message<{ found: number; expected: number; total: number }>,
  changeNumber: {
    en: ({ found, expected }) => `Change ${found} to ${expected}`,
    cy: ({ found, expected }) => `Newid ${found} i ${expected}`,
  } satisfies Message<{ found: number; expected: number }>,
  criteriaShifted: {
    en: ({ first, last, from, to, total }) => `Performance criteria numbered ${first} to ${last} should be ${from} to ${to}: criteria run from 1 to ${total} through the whole section.`,
    cy: ({ first, last, from, to, total }) => `Dylai'r meini prawf perfformiad a rifwyd o ${first} i ${last} fod o ${from} i ${to}: mae'r meini prawf yn rhedeg o 1 i ${total} drwy'r adran gyfan.`,
  } satisfies Message<Shift>,
  knowledgeShifted: {
    en: ({ first, last, from, to, total }) => `Knowledge items numbered ${first} to ${last} should be ${from} to ${to}: items run from 1 to ${total} through the whole section.`,
    cy: ({ first, last, from, to, total }) => `Dylai'r eitemau gwybodaeth a rifwyd o ${first} i ${last} fod o ${from} i ${to}: mae'r eitemau'n rhedeg o 1 i ${total} drwy'r adran gyfan.`,
  } satisfies Message<Shift>,
  changeNumbers: {
    en: ({ first, last, from, to }) => `Change ${first}–${last} to ${from}–${to}`,
    cy: ({ first, last, from, to }) => `Newid ${first}–${last} i ${from}–${to}`,
  } satisfies Message<Shift>,
  repeated: {
    en: ({ label }) => `Item “${label}” repeats the item before it word for word.`,
    cy: ({ label }) => `Mae'r eitem “${label}” yn ailadrodd yr eitem o'i blaen air am air.`,
  } satisfies Message<{ label: string }>,
  removeRepeat: { en: 'Remove the repeated item', cy: "Tynnu'r eitem a ailadroddwyd" },
  copy: {
    en: ({ label, first }) => `Item “${label}” repeats item “${first}” word for word.`,
    cy: ({ label, first }) => `Mae'r eitem “${label}” yn ailadrodd yr eitem “${first}” air am air.`,
  } satisfies Message<{ label: string; first: string }>,
  glued: {
    en: ({ label }) => `Label “${label}” runs into the text: put a space after it.`,
    cy: ({ label }) => `Mae'r label “${label}” yn rhedeg i mewn i'r testun: rhowch fwlch ar ei ôl.`,
  } satisfies Message<{ label: string }>,
  addSpace: {
    en: ({ label }) => `Put a space after “${label}”`,
    cy: ({ label }) => `Rhoi bwlch ar ôl “${label}”`,
  } satisfies Message<{ label: string }>,
};

/**
 * Most common label style among numbered items; the first item breaks ties. Bare
 * numbers count only in a list of nothing else: where the list uses another shape, a
 * bare number may be wrapped text (model/lists.ts), so the fix never writes one.
 */
export function dominantExample(items: Item[]): Item | null {
  const counts = new Map<string, number>();
  const shaped = items.some((item) => item.style !== 'bare');
  for (const item of items) if (!shaped || item.style !== 'bare') counts.set(item.style, (counts.get(item.style) ?? 0) + 1);
  let most = 0;
  for (const count of counts.values()) most = Math.max(most, count);
  return items.find((item) => counts.get(item.style) === most) ?? null;
}

/**
 * Whether `item` is `before` pasted again: the same label and text, neither with a list
 * under it, nothing but blank lines between them, and the item after it (if numbered)
 * numbered on from them, not from it.
 */
function repeatsItem(before: Item, item: Item, after: Item | undefined, lineText: (line: number) => string): boolean {
  if (item.number === null || item.label !== before.label || item.text.trim() === '' || item.text.trim() !== before.text.trim()) return false;
  if (item.subItems.length || before.subItems.length || (after && after.number !== null && after.number !== item.number + 1)) return false;
  for (let line = before.lastLine + 1; line < item.line; line++) if (lineText(line).trim() !== '') return false;
  return true;
}

/** The label `example` would have with another number, in the section's letter. */
export function relabel(example: Item, number: number, letter: string): string {
  return example.label.replace(/^([A-Za-z]?)\d+/, (_, prefix: string) => (prefix ? letter : '') + number);
}

/** Words an item has at least for a copy of it to be no list's own ("customers", "colleagues" under two sub-headings). */
const MIN_COPY_WORDS = 4;

/** An item's text as compared with another's: case, spacing and final punctuation aside. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, ' ').replace(/[\s.;:,]+$/u, '').trim();
}

/**
 * Items that repeat an earlier one of the section word for word, under the same sub-heading
 * (not `repeats`, pasted straight after it): a copy where another item was meant, each with
 * the item it repeats.
 */
function copies(items: readonly Item[], repeats: readonly boolean[]): Array<[copy: Item, of: Item]> {
  const first = new Map<string, Item>();
  const found: Array<[Item, Item]> = [];
  items.forEach((item, position) => {
    const key = comparable(item.text);
    // The skeleton's items read alike until the writer fills them in: placeholder-text's.
    if (repeats[position] || key.split(' ').length < MIN_COPY_WORDS || isSnippetText(item.text)) return;
    const keyed = `${item.element ?? ''} ${key}`;
    const earlier = first.get(keyed);
    if (earlier) found.push([item, earlier]);
    else first.set(keyed, item);
  });
  return found;
}

function checkSection(context: SectionContext): void {
  const { section } = context;
  const spec = sectionSpec(section.id);
  // Items run together on one line are broken-item's: until each has its line, the labels
  // inside the line count, and renumbering the items below them would give two one number.
  if (!spec.sequence || sectionRunOns(section, context.lineText).length > 0) return;
  // A heading spelt a little wrong ("Cwmpas/ysod") is read as a sub-heading, and the list of
  // its section as this one's: until heading-typo's fix is taken, only the items before it
  // are this section's to number.
  let end = Infinity;
  for (const line of [...section.elements.map((element) => element.line), ...section.paragraphLines]) {
    if (line < end && nearHeading(context.lineText(line)) !== null) end = line;
  }
  const letter = spec.sequence;
  const items = end === Infinity ? section.items : section.items.filter((item) => item.line < end);
  const example = dominantExample(items.filter((item) => item.number !== null));
  if (!example) return;
  // An item pasted twice, number and all, is to be removed, not numbered: the items after it keep their numbers.
  const repeats = items.map((item, position) => position > 0 && repeatsItem(items[position - 1], item, items[position + 1], context.lineText));
  for (const [copy, of] of copies(items, repeats)) {
    context.report({ range: copy.labelRange, severity: Severity.Warning, message: say(MESSAGES.copy, { label: copy.label, first: of.label }) });
  }
  const total = items.length - repeats.filter(Boolean).length;
  const isP = letter === 'P';
  const group = { key: section.id, local: true, title: isP ? MESSAGES.renumberCriteria : MESSAGES.renumberKnowledge };

  // Items whose number alone is wrong, by position: a run of them off by the same amount
  // (every number after a skipped or repeated one) is one finding with one fix.
  const misnumbered: ({ item: Item; edit: TextEdit; expected: number } | null)[] = items.map(() => null);
  let removed = 0;
  items.forEach((item, position) => {
    if (item.number === null) return;
    if (repeats[position]) {
      removed++;
      const before = items[position - 1];
      const range = { start: { line: before.lastLine, character: context.lineText(before.lastLine).length }, end: { line: item.lastLine, character: context.lineText(item.lastLine).length } };
      context.report({
        range: item.labelRange,
        message: say(MESSAGES.repeated, { label: item.label }),
        fixes: [{ title: MESSAGES.removeRepeat, edits: [{ range, newText: '' }], isPreferred: true }],
      });
      return;
    }
    const expected = position + 1 - removed;
    // A bare number alone on its line is no item: such a label keeps its own style.
    const model = example.style === 'bare' && labelAlone(context.lineText, item) ? item : example;
    const wrongStyle = item.style !== model.style || (item.prefix !== null && item.prefix !== letter);
    const line = context.lineText(item.line);
    // "P1identify" (glued by PDF extraction), "3.agree": a fix to the label puts the space in.
    const glued = /\p{L}/u.test(line.charAt(labelEnd(line, item)));
    const space = glued ? ' ' : '';
    if (wrongStyle) {
      const label = relabel(model, expected, letter);
      context.report({
        range: item.labelRange,
        message: say(MESSAGES.wrongStyle, { label: item.label, example: example.label, expected: label }),
        fixes: [{
          title: say(MESSAGES.changeLabel, { label: item.label, expected: label }),
          edits: [{ range: item.labelRange, newText: label + space }],
          safe: true,
          isPreferred: true,
        }],
        group,
      });
    } else if (item.number !== expected) {
      // One edit for the number and the space, which would otherwise meet at its end.
      misnumbered[position] = { item, expected, edit: glued ? { range: item.labelRange, newText: relabel(item, expected, letter) + space } : { range: item.numberRange!, newText: String(expected) } };
    } else if (glued) {
      context.report({
        range: item.labelRange,
        // An extraction's slip, as a no-break space after a number is: the numbering is right.
        severity: Severity.Information,
        message: say(MESSAGES.glued, { label: item.label }),
        fixes: [{
          title: say(MESSAGES.addSpace, { label: item.label }),
          edits: [{ range: item.labelRange, newText: item.label + ' ' }],
          safe: true,
          isPreferred: true,
        }],
      });
    }
  });

  for (let start = 0; start < misnumbered.length; start++) {
    const head = misnumbered[start];
    if (!head) continue;
    const shift = head.item.number! - head.expected;
    let end = start;
    while (misnumbered[end + 1] && misnumbered[end + 1]!.item.number! - misnumbered[end + 1]!.expected === shift) end++;
    const found = head.item.number!;
    const expected = head.expected;
    const run = { first: found, last: found + end - start, from: expected, to: expected + end - start, total };
    const one = end === start;
    context.report({
      range: head.item.numberRange!,
      message: one ? say(isP ? MESSAGES.criterionNumber : MESSAGES.knowledgeNumber, { found, expected, total }) : say(isP ? MESSAGES.criteriaShifted : MESSAGES.knowledgeShifted, run),
      fixes: [{
        title: one ? say(MESSAGES.changeNumber, { found, expected }) : say(MESSAGES.changeNumbers, run),
        edits: misnumbered.slice(start, end + 1).map((entry) => entry!.edit),
        safe: true,
        isPreferred: true,
      }],
      group,
    });
    start = end;
  }
}

export const criteriaNumbering = defineRule({
  id: 'criteria-numbering',
  covers: ['S8'],
  defaultSeverity: Severity.Error,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  fixAllTitle: MESSAGES.fixAll,
  checkSection,
});
