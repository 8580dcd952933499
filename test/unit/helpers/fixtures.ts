// Fixture loading. Fixtures mark expected findings at the end of a line, e.g.
// `2. listen actively  «criteria-numbering»`; the markers are removed before analysis,
// so they never change what is analysed, and each names the rules expected on that line.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SAMPLES = path.join(ROOT, 'samples');
export const LAYOUTS = path.join(ROOT, 'test', 'fixtures', 'layouts');

const MARKER = /[ \t]*«([^»]*)»[ \t]*$/;

export interface MarkedFixture {
  name: string;
  text: string;
  /** "line:rule-id" keys, zero-based lines. */
  expected: string[];
}

export function readMarked(file: string): MarkedFixture {
  const raw = readFileSync(file, 'utf8');
  const expected: string[] = [];
  const lines = raw.split('\n').map((line, index) => {
    const match = MARKER.exec(line);
    if (!match) return line;
    for (const rule of match[1].split(',')) expected.push(`${index}:${rule.trim()}`);
    return line.slice(0, match.index);
  });
  return { name: path.basename(file), text: lines.join('\n'), expected: expected.sort() };
}

export function layoutFixtures(): MarkedFixture[] {
  return readdirSync(LAYOUTS).sort().map((name) => readMarked(path.join(LAYOUTS, name)));
}

/** The five corpus drafts shipped as samples, by their number ("000" … "004"). */
export function sample(number: string): string {
  const name = readdirSync(SAMPLES).find((f) => f.startsWith(number + '_'));
  if (!name) throw new Error(`no sample ${number}`);
  return readFileSync(path.join(SAMPLES, name), 'utf8');
}

export function sampleNames(): string[] {
  return readdirSync(SAMPLES).filter((f) => /^\d{3}_/.test(f)).sort();
}
