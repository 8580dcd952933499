// Where an item's own text starts on its first line, as an offset into that line's text
// (the parser's line, which in flattened text is a part of a line of the text).

import type { Item } from '../model/types';

/** The offset just after the item's label and the spaces after it. */
export function itemTextStart(lineText: string, item: Item): number {
  const label = lineText.length - lineText.trimStart().length + item.label.length;
  const rest = lineText.slice(label);
  return label + rest.length - rest.trimStart().length;
}
