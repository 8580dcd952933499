// `nos check` on a folder checks the drafts as a suite too; `--no-workspace` and files
// given one by one do not.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sample } from '../unit/helpers/fixtures';
import { draft } from '../unit/helpers/suite';
import { runNos } from './runNos';

const SUITE_RULE = / (duplicate-urn|duplicate-title|unknown-link) /;

describe('nos check on a suite', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nos-suite-'));
    mkdirSync(join(dir, 'cy'));
    // 003 repeats 002's URN, 005 links to ABCXYZ9, which no draft has, and to another body's standard.
    for (let n = 1; n <= 6; n++) writeFileSync(join(dir, `00${n}.nos.txt`), draft(n, { links: n === 5 ? 'ABCXYZ1\nABCXYZ9\nLANAgM17' : '' }));
    writeFileSync(join(dir, '003.nos.txt'), draft(3, { urn: 'ABCXYZ2' }));
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const suiteLines = (stdout: string) => stdout.split('\n').filter((line) => SUITE_RULE.test(line));

  it('reports duplicate URNs and unknown links on the files they concern, file by file, and fails on the error', () => {
    const run = runNos(['check', '.'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(suiteLines(run.stdout), [
      '002.nos.txt:3:6 error duplicate-urn The URN “ABCXYZ2” is also the URN of “003.nos.txt”, in the same language: each standard has its own.',
      '003.nos.txt:3:6 error duplicate-urn The URN “ABCXYZ2” is also the URN of “002.nos.txt”, in the same language: each standard has its own.',
      '005.nos.txt:36:1 information unknown-link No file here has the URN “ABCXYZ9”: check the link, or add that standard to the folder.',
    ]);
    // Each file's findings together, in order of position, files in order.
    const files = run.stdout.split('\n').filter((line) => /^\d+\.nos\.txt:/.test(line)).map((line) => line.split(':')[0]);
    assert.deepEqual(files, [...files].sort());
  });

  it('names the other file as related information in JSON', () => {
    const run = runNos(['check', '--format', 'json', '.'], { cwd: dir });
    const { files } = JSON.parse(run.stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string; relatedInformation?: Array<{ location: { uri: string } }> }> }> };
    const duplicate = files.find((file) => file.path === '002.nos.txt')!.diagnostics.find((d) => d.code === 'duplicate-urn')!;
    assert.equal(duplicate.relatedInformation!.length, 1);
    assert.match(duplicate.relatedInformation![0].location.uri, /^file:\/\/\/.*\/003\.nos\.txt$/);
  });

  it('names the other file as a related location in SARIF', () => {
    const run = runNos(['check', '--format', 'sarif', '.'], { cwd: dir });
    const [{ results }] = (JSON.parse(run.stdout) as { runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> }).runs;
    const duplicate = results.find((r) => r.ruleId === 'duplicate-urn' && r.locations[0].physicalLocation.artifactLocation.uri === '002.nos.txt')!;
    assert.deepEqual(duplicate.relatedLocations!.map((place) => [place.physicalLocation.artifactLocation.uri, place.physicalLocation.region.startLine]), [['003.nos.txt', 3]]);
  });

  it('checks each draft alone with --no-workspace, and when files are named one by one', () => {
    const alone = runNos(['check', '--no-workspace', '.'], { cwd: dir });
    assert.deepEqual(suiteLines(alone.stdout), []);
    assert.equal(alone.status, 0, alone.stdout);
    const named = runNos(['check', '002.nos.txt', '003.nos.txt', '005.nos.txt'], { cwd: dir });
    assert.deepEqual(suiteLines(named.stdout), []);
  });

  it('takes each draft\'s .nosrc.json for its suite findings', () => {
    writeFileSync(join(dir, '.nosrc.json'), JSON.stringify({ overrides: [{ files: ['003.nos.txt'], rules: { 'duplicate-urn': 'off' } }] }));
    const run = runNos(['check', '.'], { cwd: dir });
    assert.deepEqual(suiteLines(run.stdout).map((line) => line.split(' ').slice(0, 3).join(' ')), [
      '002.nos.txt:3:6 error duplicate-urn',
      '005.nos.txt:36:1 information unknown-link',
    ]);
  });

  it('is silent on the English and Welsh versions of one standard, which share their URN', () => {
    const pair = join(dir, 'cy');
    writeFileSync(join(pair, 'en.nos.txt'), draft(1, { urn: 'SKAEAF2' }));
    writeFileSync(join(pair, 'cy.nos.txt'), sample('001'));
    const run = runNos(['check', 'cy'], { cwd: dir });
    assert.deepEqual(suiteLines(run.stdout), []);
    // The same two in one language are duplicates.
    writeFileSync(join(pair, 'en.nos.txt'), sample('001').replace('Datblygu a chynnal', 'Cynnal'));
    assert.deepEqual(suiteLines(runNos(['check', 'cy'], { cwd: dir }).stdout).map((line) => line.split(' ')[0]), ['cy/cy.nos.txt:3:6', 'cy/en.nos.txt:3:6']);
  });
});
