// What makes a place in a list of criteria or knowledge items: one definition, used by
// the parser to build the lists that renumbering and the rules about bullets read.

import type { Item, LabelStyle } from './types';

/**
 * The item whose sub-list a bullet belongs to, or null when the bullet is an item of
 * the list itself. Bullets that follow a numbered item of the list (typically one
 * ending "including:"), with only that item's continuation lines and sub-list between,
 * are its sub-list: they are no places in the list. In a list with no numbered items
 * every bullet is an item, whatever its indentation. `open` is the numbered item whose
 * sub-list is still open, null when anything else came between.
 */
export function subListOwner<T extends Item>(style: LabelStyle, open: T | null): T | null {
  return style === 'bullet' && open !== null && open.number !== null ? open : null;
}

/**
 * Whether the bullets under `parent` are items written with bullets, not its sub-list: the
 * next numbered item leaves a gap in the numbering just as wide ("5.", two bullets, "8."),
 * and `parent` does not end with a colon, as an item that opens a sub-list does ("including:").
 */
export function bulletsFillGap(parent: Item, next: Item): boolean {
  const bullets = parent.subItems.length;
  return bullets > 0 && parent.number !== null && next.number === parent.number + bullets + 1 &&
    parent.subItems.every((item) => item.number === null) && !/:\s*$/.test(parent.text);
}

/** A bare number this long opens a list; longer ones start text ("2021 saw …"). */
const MAX_OPENING_DIGITS = 3;

/**
 * Whether a bare number ("24 hours") is an item label. It is where the list already
 * numbers its items that way. Where the list uses another label shape (`1.`, `1)`,
 * `P1`, a bullet), a number followed by a word that would continue the item before it
 * is that item's text, wrapped before a number ("…within" / "24 hours of receiving
 * it"); any other short number still starts an item.
 */
export function bareNumberIsLabel(digits: number, list: { bare: boolean; continues: boolean }): boolean {
  return list.bare || (!list.continues && digits <= MAX_OPENING_DIGITS);
}
