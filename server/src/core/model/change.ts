// What changed between two versions of a text, by lines: the unchanged lines at the
// top and at the bottom, and the changed run between them.

import type { LineIndex } from '../text/lineIndex';
import { classifyLine, type LineInfo } from './classify';

/** Lines first..oldEnd of the old text became lines first..newEnd of the new one. */
export interface LineChange {
  first: number;
  oldEnd: number;
  newEnd: number;
}

const BLOCK = 4096;

// Comparing slices with === is the engine's memory comparison, many times faster than
// startsWith or a loop over characters.

/** Length of the longest common prefix of two strings, compared a block at a time. */
function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= limit && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the longest common suffix of two strings, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Number of the first line that starts after `offset`. */
function lineAfter(lines: LineIndex, offset: number): number {
  const line = lines.positionAt(offset).line + 1;
  return Math.min(line, lines.lineCount);
}

/**
 * Null when the texts are equal. Found from the common prefix and suffix of the two
 * texts, widened by a line on each side so that a line break split between changed
 * and unchanged text (\r|\n) never counts as unchanged.
 */
export function changedLines(before: LineIndex, after: LineIndex): LineChange | null {
  const a = before.text;
  const b = after.text;
  if (a === b) return null;
  const prefix = commonPrefix(a, b);
  const suffix = commonSuffix(a, b, Math.min(a.length, b.length) - prefix);
  const first = Math.max(0, Math.min(before.positionAt(prefix).line, after.positionAt(prefix).line) - 1);
  // Lines starting past the suffix's first character are preceded by the same text.
  const oldTail = before.lineCount - lineAfter(before, a.length - suffix);
  const newTail = after.lineCount - lineAfter(after, b.length - suffix);
  const tail = Math.max(0, Math.min(oldTail, newTail, before.lineCount - first, after.lineCount - first));
  return { first, oldEnd: before.lineCount - tail, newEnd: after.lineCount - tail };
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
