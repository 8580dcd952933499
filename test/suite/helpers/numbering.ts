import type * as vscode from 'vscode';

/** Numbers of the `N.` items between two heading lines of draft 001. */
function numbersBetween(document: vscode.TextDocument, heading: string, nextHeading: string): number[] {
  const lines = document.getText().split(/\r?\n/);
  const start = lines.indexOf(heading);
  const end = lines.indexOf(nextHeading, start);
  if (start < 0 || end < 0) throw new Error(`no "${heading}" … "${nextHeading}" in ${document.uri.path}`);
  return lines
    .slice(start, end)
    .map((line) => /^\s*(\d+)\.[\s\u00a0]/.exec(line)?.[1])
    .filter((number) => number !== undefined)
    .map(Number);
}

export const criteriaNumbers = (document: vscode.TextDocument) =>
  numbersBetween(document, 'Meini prawf perfformiad', 'Gwybodaeth a Dealltwriaeth');

export const knowledgeNumbers = (document: vscode.TextDocument) =>
  numbersBetween(document, 'Gwybodaeth a Dealltwriaeth', 'Cwmpas/ystod');

/**
 * 1..n, how a renumbered list reads. NOS_EDITOR_NEGATIVE=1 makes it 2..n+1, an off-by-one
 * that the suite must catch (the negative control).
 */
export function oneTo(n: number): number[] {
  const shift = process.env.NOS_EDITOR_NEGATIVE === '1' ? 1 : 0;
  return Array.from({ length: n }, (_, i) => i + 1 + shift);
}
