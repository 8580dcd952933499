// Items run together on one line, as web copies have them: "1. plan work 2. brief the
// team". broken-item reports them; criteria-numbering judges no numbering until each item
// has its line.

import { remember, remembered } from '../memo';
import type { Item, Section } from '../model/types';
import { itemTextStart } from './itemText';

/**
 * A label inside an item's line: " 2. agree …". Spaces, not a byte order mark, which
 * patterns count as one and fix-all takes out.
 */
const INLINE_LABEL = /[^\S\ufeff]+(\d{1,3})([.)])[^\S\ufeff]+(?=\p{L})/gu;
/** Words a number follows in prose ("section 2. of the form"): no label follows them. */
const NUMBERED_NOUN = /(?:^|[^\p{L}])(?:section|step|stage|part|phase|level|grade|unit|module|chapter|page|paragraph|appendix|annex|table|figure|version|item|rule|adran|cam|rhan|lefel|uned|tudalen|atodiad|tabl|fersiwn|eitem|rheol)$/iu;

export interface RunOn {
  /** Where the spaces before the label start, on the item's line. */
  start: number;
  /** Where the label starts. */
  end: number;
  label: string;
}

/** The labels of the items that run on inside a numbered item's first line: each the next number, in the item's own style. */
function runOnLabels(lineText: (line: number) => string, item: Item): RunOn[] {
  if ((item.style !== 'dot' && item.style !== 'paren') || item.number === null) return [];
  const line = lineText(item.line);
  const from = itemTextStart(line, item);
  const mark = item.label.slice(-1);
  const found: RunOn[] = [];
  let next = item.number + 1;
  for (const match of line.slice(from).matchAll(INLINE_LABEL)) {
    const start = from + match.index;
    if (Number(match[1]) !== next || match[2] !== mark || NUMBERED_NOUN.test(line.slice(0, start))) continue;
    found.push({ start, end: start + match[0].search(/\d/), label: match[1] + match[2] });
    next++;
  }
  return found;
}

const RUN_ONS = Symbol('items run together');

/**
 * The section's items that run on into others on their line, with the labels inside it;
 * remembered with the section, which both rules ask for on every analysis.
 */
export function sectionRunOns(section: Section, lineText: (line: number) => string): ReadonlyArray<{ item: Item; runOns: RunOn[] }> {
  const known = remembered<Array<{ item: Item; runOns: RunOn[] }>>(section, RUN_ONS);
  if (known) return known;
  const found = section.items.map((item) => ({ item, runOns: runOnLabels(lineText, item) })).filter(({ runOns }) => runOns.length > 0);
  return remember(section, RUN_ONS, found);
}
