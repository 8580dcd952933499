// The five real drafts and the synthetic documents made by repeating them.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SIZES = [1, 10, 100];
/**
 * Draft 002 (4.6 KB) is the one reported as representative: its ×1/×10/×100 are the
 * 4.5/45/450 KB of the budgets, and close to the average draft of the NOS database.
 */
export const REPRESENTATIVE = '002';

export function loadCorpus() {
  const dir = path.join(ROOT, 'samples');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.nos.txt'))
    .sort()
    .map((name) => ({ id: name.slice(0, 3), name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

/** The draft repeated `times` times, joined by a newline: ×100 holds 100 copies of each section. */
export function repeat(text, times) {
  return Array(times).fill(text).join('\n');
}

export const kilobytes = (text) => Buffer.byteLength(text) / 1000;
