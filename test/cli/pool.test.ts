// `nos check` with worker threads writes what it writes on one thread, byte for byte, in
// every format, on a folder of many drafts: English and Welsh, spelling slips and a words
// file, suite findings, configuration files, and files it cannot read. NOS_WORKERS=0
// checks on the main thread; NOS_WORKERS=3 starts three workers whatever the cores.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sample, sampleNames } from '../unit/helpers/fixtures';
import { draft } from '../unit/helpers/suite';
import { CLI, runNos, type Run } from './runNos';

const ONE_THREAD = { NOS_WORKERS: '0' };
const POOL = { NOS_WORKERS: '3' };

/** 41 drafts in four folders, and six files that are no draft to check. */
function manyDrafts(dir: string): void {
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  for (const name of sampleNames()) {
    // Each draft and its copy share a URN.
    put(`samples/${name}`, sample(name.slice(0, 3)));
    put(`copies/${name}`, sample(name.slice(0, 3)));
  }
  for (let n = 1; n <= 30; n++) {
    // 7 repeats 3's URN; every fifth links to the next and to a URN none has.
    const text = draft(n, { ...(n === 7 && { urn: 'ABCXYZ3' }), links: n % 5 === 0 ? `ABCXYZ${n + 1}\nABCXYZ99` : '' });
    put(`suite/${String(n).padStart(3, '0')}.nos.txt`, text.replace('accurate information', n % 3 ? 'acurate information' : 'Zyxwvut information'));
  }
  put('suite/.nos-words.txt', 'Zyxwvut\n');
  put('suite/.nosrc.json', JSON.stringify({ overrides: [{ files: ['01*.nos.txt'], rules: { 'duplicate-urn': 'off', spelling: 'warning' } }] }));
  put('broken/.nosrc.json', '{ "rules": { "no-such-rule": "error" } }');
  put('broken/draft.nos.txt', draft(40));
  put('odd/binary.nos.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  put('odd/utf16.nos.txt', Buffer.from('\uFEFFRespond to customer enquiries\n', 'utf16le'));
  put('odd/empty.nos.txt', '');
  symlinkSync(join(dir, 'nowhere.nos.txt'), join(dir, 'odd/gone.nos.txt'));
}

describe('nos check with worker threads', function () {
  this.timeout(120_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'nos-pool-'));
    manyDrafts(dir);
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const same = (pool: Run, one: Run, what: string) => {
    assert.equal(pool.stderr, one.stderr, `${what}: stderr`);
    assert.equal(pool.stdout, one.stdout, `${what}: stdout`);
    assert.equal(pool.status, one.status, `${what}: exit status`);
  };

  it('writes what one thread writes, byte for byte, in every format, with and without the suite checks', () => {
    const one = runNos(['check', '.'], { cwd: dir, env: ONE_THREAD });
    // What the comparison covers: findings of every kind, problems, and the exit status they make.
    for (const kind of [' spelling “acurate”', ' spelling Nid yw “', ' duplicate-urn ', ' unknown-link ', ' criteria-numbering ']) {
      assert.ok(one.stdout.includes(kind), `${kind} in\n${one.stdout}`);
    }
    assert.doesNotMatch(one.stdout, /Zyxwvut/);
    assert.match(one.stderr, /^nos: broken\/\.nosrc\.json:1:\d+: .*\nnos: odd\/binary\.nos\.txt: binary file.*\nnos: odd\/gone\.nos\.txt: no such file or directory\nnos: odd\/utf16\.nos\.txt: .*UTF-16.*\n$/);
    assert.equal(one.status, 2);
    assert.match(one.stdout, /^41 files, \d+ errors/m);
    for (const format of ['text', 'json', 'sarif']) {
      for (const suite of [[], ['--no-workspace']]) {
        const args = ['check', '--format', format, ...suite, '.'];
        same(runNos(args, { cwd: dir, env: POOL }), runNos(args, { cwd: dir, env: ONE_THREAD }), args.join(' '));
      }
    }
  });

  it('writes the same when the worker threads cannot start, checking on the main thread', () => {
    // The bundle without its worker, as a broken install would have it.
    const bundle = join(dir, '.bundle');
    mkdirSync(join(bundle, 'dictionaries'), { recursive: true });
    const dist = dirname(CLI);
    for (const name of ['cli.js', 'spellWorker.mjs', 'hunspell.wasm', ...readdirSync(join(dist, 'dictionaries')).map((f) => `dictionaries/${f}`)]) {
      copyFileSync(join(dist, name), join(bundle, name));
    }
    const run = spawnSync(process.execPath, [join(bundle, 'cli.js'), 'check', 'suite'], { cwd: dir, encoding: 'utf8', timeout: 15_000, env: { ...process.env, ...POOL } });
    const one = runNos(['check', 'suite'], { cwd: dir, env: ONE_THREAD });
    assert.equal(run.stdout, one.stdout);
    assert.equal(run.status, one.status);
    assert.match(run.stderr, /^nos: worker threads cannot start \(.*checkWorker\.js.*\): checking on the main thread\n$/);
  });

  it('reports a draft it may not read in its turn, without root\'s rights', function () {
    if (process.getuid?.() !== 0) this.skip();
    chmodSync(dir, 0o755);
    for (const folder of ['samples', 'copies', 'suite']) chmodSync(join(dir, folder), 0o755);
    chmodSync(join(dir, 'suite/004.nos.txt'), 0);
    const args = ['check', 'samples', 'copies', 'suite'];
    const one = runNos(args, { cwd: dir, env: ONE_THREAD, unprivileged: true });
    assert.equal(one.stderr, 'nos: suite/004.nos.txt: permission denied\n');
    assert.equal(one.status, 2);
    same(runNos(args, { cwd: dir, env: POOL, unprivileged: true }), one, args.join(' '));
  });
});
