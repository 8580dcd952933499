// `nos check` on a folder holding the two language versions of a standard: pair-alignment
// reports each difference in both files, by URN or by the `pairs` of a `.nosrc.json`.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, sample } from '../unit/helpers/fixtures';
import { runNos } from './runNos';

const ENGLISH = readFileSync(join(ROOT, 'test/fixtures/pairs/001_34a9c3b36a3c870e.en.nos.txt'), 'utf8');
const LESS_ONE = ENGLISH.replace(/\n\n3\. offer a positive[^\n]*\n/, '\n');
const withoutUrn = (text: string) => text.replace('URN: SKAEAF2\n', '');

describe('nos check on an English-Welsh pair', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nos-pair-'));
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, 'cy'));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const pairLines = (stdout: string) => stdout.split('\n').filter((line) => line.includes(' pair-alignment '));

  it('is silent on the faithful twin, and reports a missing criterion in both files', () => {
    writeFileSync(join(dir, 'en', '001.en.nos.txt'), ENGLISH);
    writeFileSync(join(dir, 'cy', '001.nos.txt'), sample('001'));
    assert.deepEqual(pairLines(runNos(['check', '.'], { cwd: dir }).stdout), []);
    writeFileSync(join(dir, 'en', '001.en.nos.txt'), LESS_ONE);
    assert.deepEqual(pairLines(runNos(['check', '.'], { cwd: dir }).stdout), [
      'cy/001.nos.txt:25:1 warning pair-alignment 10 maen prawf perfformiad o dan yr elfen hon; 9 o dan yr elfen gyfatebol yn y fersiwn Saesneg (en/001.en.nos.txt:25).',
      'en/001.en.nos.txt:25:1 warning pair-alignment 9 performance criteria under this element; 10 under the matching element in the Welsh version (cy/001.nos.txt:25).',
    ]);
    assert.deepEqual(pairLines(runNos(['check', '--no-workspace', '.'], { cwd: dir }).stdout), []);
  });

  it('pairs drafts without URNs by the pairs of their .nosrc.json', () => {
    writeFileSync(join(dir, 'en', 'draft.nos.txt'), withoutUrn(LESS_ONE));
    writeFileSync(join(dir, 'cy', 'drafft un.nos.txt'), withoutUrn(sample('001')));
    assert.deepEqual(pairLines(runNos(['check', '.'], { cwd: dir }).stdout), []);
    writeFileSync(join(dir, '.nosrc.json'), JSON.stringify({ pairs: { 'en/draft.nos.txt': 'cy/drafft un.nos.txt' } }));
    const lines = pairLines(runNos(['check', '.'], { cwd: dir }).stdout);
    assert.deepEqual(lines.map((line) => line.split(' ')[0]), ['cy/drafft', 'en/draft.nos.txt:24:1']);
    assert.match(lines[1], /in the Welsh version \(cy\/drafft un\.nos\.txt:24\)\.$/);
  });
});
