// A generated suite: copies of the clean English fixture, each with its own URN
// (ABCXYZ1, ABCXYZ2, …) and title, optionally linking to other URNs.

import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, type SuiteDocument, type SuiteFinding } from '../../../server/src/core';
import { readMarked, ROOT } from './fixtures';

export const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const TITLE = 'Respond to customer enquiries in a contact centre';
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export interface DraftSpec {
  urn?: string;
  title?: string;
  /** The text of a "Links to other NOS" section, added before the metadata. */
  links?: string;
}

/** The clean English draft with another URN, title and links. */
export function draft(n: number, spec: DraftSpec = {}): string {
  const urn = spec.urn ?? `ABCXYZ${n}`;
  const title = spec.title ?? `${TITLE} for the ${ORDINALS[(n - 1) % ORDINALS.length]} time${n > ORDINALS.length ? ` (${n})` : ''}`;
  let text = CLEAN_EN.replace(TITLE, title).replace('URN: ABCXYZ1', `URN: ${urn}`).replace('Original URN\n\nABCXYZ1', `Original URN\n\n${urn}`);
  if (spec.links !== undefined) text = text.replace('Developed by', `Links to other NOS\n\n${spec.links}\n\nDeveloped by`);
  return text;
}

/** A file of the generated suite by number or name ("a.nos.txt" keeps its own ending). */
export const uriOf = (n: number | string) =>
  `file:///suite/${typeof n === 'number' ? String(n).padStart(3, '0') : n}${String(n).endsWith('.txt') ? '' : '.nos.txt'}`;

/** Suite documents for texts by name. */
export function suiteOf(texts: Record<string, string>): SuiteDocument[] {
  return Object.entries(texts).map(([name, text]) => {
    const analysis = analyse(text);
    return { uri: uriOf(name), language: analysis.doc.language, analysis };
  });
}

/** `count` distinct clean drafts, draft n linking to the next. */
export function generatedSuite(count: number): Record<string, string> {
  const texts: Record<string, string> = {};
  for (let n = 1; n <= count; n++) texts[String(n).padStart(3, '0')] = draft(n, { links: n < count ? `ABCXYZ${n + 1}` : '' });
  return texts;
}

/** The marked fixture suite (test/fixtures/suite): texts by file name and expected "file:line:rule" keys. */
export function markedSuite(): { texts: Record<string, string>; expected: string[] } {
  const dir = path.join(ROOT, 'test/fixtures/suite');
  const texts: Record<string, string> = {};
  const expected: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const fixture = readMarked(path.join(dir, name));
    texts[name] = fixture.text;
    for (const key of fixture.expected) expected.push(`${name}:${key}`);
  }
  return { texts, expected: expected.sort() };
}

/** Suite findings as "file:line:rule" keys, zero-based lines, to compare with marked ones. */
export const findingKeys = (findings: readonly SuiteFinding[]) =>
  findings.map((f) => `${f.uri.slice(f.uri.lastIndexOf('/') + 1).replace(/\.nos\.txt$/, '')}:${f.range.start.line}:${f.ruleId}`).sort();
