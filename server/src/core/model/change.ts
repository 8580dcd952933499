// What changed between two versions of a text: the unchanged text at the top and at
// the bottom, the changed run between them, and what that means for line classes.

import type { LineChange, LineIndex, TextChange } from '../text/lineIndex';
import { classifyLine, type LineInfo } from './classify';

const BLOCK = 4096;

// Comparing slices with === is the engine's memory comparison, many times faster than
// startsWith or a loop over characters: whole blocks first, then halves of the block
// where the texts differ, so a change costs a few comparisons wherever it falls.

/** The longest length up to `limit` whose run `same(0, length)` holds, found a block, then a half, at a time. */
function longestSame(limit: number, same: (from: number, to: number) => boolean): number {
  let n = 0;
  while (n + BLOCK <= limit && same(n, n + BLOCK)) n += BLOCK;
  let end = Math.min(n + BLOCK, limit);
  while (end > n) {
    const middle = (n + end + 1) >> 1;
    if (same(n, middle)) n = middle;
    else end = middle - 1;
  }
  return n;
}

/** Length of the longest common prefix of two strings. */
function commonPrefix(a: string, b: string): number {
  return longestSame(Math.min(a.length, b.length), (from, to) => a.slice(from, to) === b.slice(from, to));
}

/** Length of the longest common suffix of two strings, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  return longestSame(limit, (from, to) => a.slice(a.length - to, a.length - from) === b.slice(b.length - to, b.length - from));
}

/** Null when the texts are equal. */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
  return { from: prefix, oldTo: before.length - suffix, newTo: after.length - suffix };
}

/** Line classes of the new text: the old ones where lines are unchanged. */
export function reclassify(before: readonly LineInfo[], after: LineIndex, change: LineChange): LineInfo[] {
  const infos = before.slice(0, change.first);
  for (let line = change.first; line < change.newEnd; line++) infos.push(classifyLine(after.lineText(line)));
  for (let line = change.oldEnd; line < before.length; line++) infos.push(before[line]);
  return infos;
}

/** Whether two sorted line lists agree outside the changed lines, old ones shifted. */
export function sameOutside(before: readonly number[], after: readonly number[], change: LineChange): boolean {
  const delta = change.newEnd - change.oldEnd;
  const shifted = before.filter((l) => l < change.first || l >= change.oldEnd).map((l) => (l < change.first ? l : l + delta));
  const kept = after.filter((l) => l < change.first || l >= change.newEnd);
  return shifted.length === kept.length && shifted.every((l, i) => l === kept[i]);
}
