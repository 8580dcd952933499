// Every finding (message, range, severity, fixes) on the samples and the layout
// fixtures, compared with a committed snapshot, so that a change to the engine or a
// rule's structure that changes what users see cannot go unnoticed.
// `NOS_UPDATE_SNAPSHOT=1` rewrites the snapshot after an intended change.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, type Finding } from '../../server/src/core';
import { LAYOUTS, layoutFixtures, ROOT, SAMPLES } from './helpers/fixtures';

const SNAPSHOT = path.join(ROOT, 'test', 'fixtures', 'findings.snapshot.json');

function plain(findings: Finding[]): unknown[] {
  return JSON.parse(JSON.stringify(findings));
}

function current(): Record<string, unknown[]> {
  const result: Record<string, unknown[]> = {};
  for (const name of readdirSync(SAMPLES).filter((f) => /^\d{3}_/.test(f)).sort()) {
    const text = readFileSync(path.join(SAMPLES, name), 'utf8');
    for (const language of ['auto', 'en', 'cy'] as const) {
      result[`samples/${name} (${language})`] = plain(analyse(text, { language }).findings);
    }
  }
  for (const fixture of layoutFixtures()) {
    result[`${path.basename(LAYOUTS)}/${fixture.name}`] = plain(analyse(fixture.text).findings);
  }
  return result;
}

describe('findings snapshot', () => {
  it('finds on the samples and layout fixtures exactly what the snapshot holds', () => {
    const now = current();
    if (process.env.NOS_UPDATE_SNAPSHOT) writeFileSync(SNAPSHOT, JSON.stringify(now, null, 1) + '\n');
    const before = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, unknown[]>;
    assert.deepEqual(Object.keys(now), Object.keys(before));
    for (const key of Object.keys(before)) assert.deepEqual(now[key], before[key], key);
  });
});
