// `nos check` and `nos fix` on files that are not plain drafts: special files named like
// drafts, names as long as names get, files root must not take over, escape sequences in
// drafts and names, other Unicode encodings, names that are not UTF-8. Each is refused
// or shown with one line, and the other files are still checked.

import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, applyEdits, fixAll } from '../../server/src/core';
import { CLI, NOBODY, ROOT, runNos } from './runNos';

const DRAFT = readFileSync(join(ROOT, 'samples/001_34a9c3b36a3c870e.nos.txt'), 'utf8');
const CLEAN = readFileSync(join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const FIXED = ((fix) => (fix ? applyEdits(DRAFT, fix.edits) : DRAFT))(fixAll(analyse(DRAFT)));
const isRoot = process.getuid?.() === 0;

let work: string;
const nos = (...args: string[]) => runNos(args, { cwd: work });

function folder(name: string): string {
  const path = join(work, name);
  mkdirSync(path);
  return path;
}

function draft(path: string, text = DRAFT): string {
  writeFileSync(path, text);
  chmodSync(path, 0o644);
  return path;
}

function problems(stderr: string): string[] {
  return stderr.trimEnd().split('\n').filter((line) => line.startsWith('nos: '));
}

/** The paths `check --format json` reported on. */
function checked(stdout: string): string[] {
  return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((f) => f.path);
}

describe('nos command line: special files and names', function () {
  this.timeout(20_000);

  before(function () {
    this.timeout(120_000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
    work = realpathSync(mkdtempSync(join(tmpdir(), 'nos-files-')));
  });

  after(() => rmSync(work, { recursive: true, force: true }));

  describe('anything but a regular file named like a draft', () => {
    let socket: Server | null = null;
    let specials: Array<[string, RegExp]>;

    before(async function () {
      if (process.platform !== 'linux') this.skip();
      const dir = folder('specials');
      draft(join(dir, 'a.nos.txt'), CLEAN);
      // No writer ever opens these pipes: opening one to read would wait for ever.
      execFileSync('mkfifo', [join(dir, 'b-pipe.nos.txt'), join(work, 'given-pipe.nos.txt')]);
      const server = createServer();
      await new Promise<void>((done) => server.listen(join(dir, 'c-socket.nos.txt'), done));
      socket = server;
      draft(join(dir, 'd.nos.txt'), CLEAN);
      specials = [
        ['given-pipe.nos.txt', /^nos: given-pipe\.nos\.txt: not a regular file \(a named pipe\)$/],
        ['/dev/null', /^nos: \/dev\/null: not a regular file \(a device\)$/],
        ['/dev/zero', /^nos: \/dev\/zero: not a regular file \(a device\)$/],
      ];
    });

    after(() => socket?.close());

    it('check refuses each, given or met in a directory, and checks the rest', () => {
      const walked = runNos(['check', '--format', 'json', 'specials'], { cwd: work });
      assert.equal(walked.status, 2);
      assert.deepEqual(checked(walked.stdout), ['specials/a.nos.txt', 'specials/d.nos.txt']);
      assert.deepEqual(problems(walked.stderr), [
        'nos: specials/b-pipe.nos.txt: not a regular file (a named pipe)',
        'nos: specials/c-socket.nos.txt: not a regular file (a socket)',
      ]);
      for (const [path, pattern] of specials) {
        const run = runNos(['check', '--format', 'json', path, 'specials/a.nos.txt'], { cwd: work });
        assert.equal(run.status, 2, path);
        assert.deepEqual(checked(run.stdout), ['specials/a.nos.txt']);
        assert.deepEqual(problems(run.stderr).length, 1, run.stderr);
        assert.match(problems(run.stderr)[0], pattern);
      }
    });

    it('fix refuses each and fixes the rest', () => {
      const dir = folder('fix-specials');
      draft(join(dir, 'a.nos.txt'));
      execFileSync('mkfifo', [join(dir, 'b.nos.txt')]);
      draft(join(dir, 'c.nos.txt'));
      const run = nos('fix', 'fix-specials', 'given-pipe.nos.txt');
      assert.equal(run.status, 2, run.stderr);
      assert.deepEqual(problems(run.stderr), [
        'nos: fix-specials/b.nos.txt: not a regular file (a named pipe)',
        'nos: given-pipe.nos.txt: not a regular file (a named pipe)',
      ]);
      assert.equal(readFileSync(join(dir, 'a.nos.txt'), 'utf8'), FIXED);
      assert.equal(readFileSync(join(dir, 'c.nos.txt'), 'utf8'), FIXED);
      assert.equal(nos('fix', '--stdout', 'given-pipe.nos.txt').status, 2);
    });
  });

  it('fixes a file whose name is as long as names may be (255 bytes), leaving nothing beside it', () => {
    const dir = folder('long');
    const names = [`${'x'.repeat(247)}.nos.txt`, `${'é'.repeat(123)}x.nos.txt`, `${'\u{1F600}'.repeat(61)}xxx.nos.txt`];
    for (const name of names) {
      assert.equal(Buffer.byteLength(name), 255);
      draft(join(dir, name));
      const run = nos('fix', join('long', name));
      assert.equal(run.status, 0, run.stderr);
      assert.equal(readFileSync(join(dir, name), 'utf8'), FIXED);
    }
    assert.deepEqual(readdirSync(dir).sort(), [...names].sort());
  });

  describe('what replacing a file would change', () => {
    it('refuses a file with other hard links, which a rename would split', () => {
      const dir = folder('links');
      const path = draft(join(dir, 'draft.nos.txt'));
      linkSync(path, join(dir, 'same.nos.txt'));
      const run = nos('fix', 'links/draft.nos.txt');
      assert.equal(run.status, 2);
      assert.deepEqual(problems(run.stderr), ['nos: links/draft.nos.txt: has 2 hard links, which replacing it would split; not written']);
      assert.equal(readFileSync(path, 'utf8'), DRAFT);
      assert.equal(statSync(path).nlink, 2);
    });

    it('as root, refuses a read-only file of another user, keeping owner, mode and links', function () {
      if (!isRoot) this.skip();
      const dir = folder('theirs');
      const path = draft(join(dir, 'draft.nos.txt'));
      chownSync(path, NOBODY, NOBODY);
      chmodSync(path, 0o444);
      const before = statSync(path);
      const run = nos('fix', 'theirs/draft.nos.txt');
      assert.equal(run.status, 2);
      assert.deepEqual(problems(run.stderr), ['nos: theirs/draft.nos.txt: read-only file; not written']);
      const after = statSync(path);
      assert.deepEqual([after.ino, after.uid, after.gid, after.mode], [before.ino, before.uid, before.gid, before.mode]);
      assert.equal(readFileSync(path, 'utf8'), DRAFT);
    });

    it('as root, fixes a writable file of another user, which stays theirs with its mode', function () {
      if (!isRoot) this.skip();
      const dir = folder('shared');
      const path = draft(join(dir, 'draft.nos.txt'));
      chownSync(path, NOBODY, NOBODY);
      chmodSync(path, 0o664);
      const run = nos('fix', 'shared/draft.nos.txt');
      assert.equal(run.status, 0, run.stderr);
      const after = statSync(path);
      assert.deepEqual([after.uid, after.gid, after.mode & 0o7777], [NOBODY, NOBODY, 0o664]);
      assert.equal(readFileSync(path, 'utf8'), FIXED);
    });

    it('refuses, without root\'s rights, a file of another user that it may write but not keep theirs', function () {
      if (!isRoot) this.skip();
      chmodSync(work, 0o755);
      const dir = folder('writable');
      chmodSync(dir, 0o777);
      const path = draft(join(dir, 'draft.nos.txt'));
      chmodSync(path, 0o666);
      const run = runNos(['fix', 'writable/draft.nos.txt'], { cwd: work, unprivileged: true });
      assert.equal(run.status, 2);
      assert.deepEqual(problems(run.stderr), ['nos: writable/draft.nos.txt: belongs to another user or group, which replacing it would change; not written']);
      assert.deepEqual([statSync(path).uid, readFileSync(path, 'utf8')], [0, DRAFT]);
      assert.deepEqual(readdirSync(dir), ['draft.nos.txt']);
    });
  });

  it('escapes control characters from drafts and file names in text output', () => {
    const dir = folder('escapes');
    const name = 'e\u001b[2J\u001b]0;title\u0007\u202e.nos.txt';
    draft(join(dir, name));
    const clipboard = '\u001b]52;c;aGk=\u0007';
    draft(join(dir, 'glossary.nos.txt'), ['Serve customers', 'Overview', 'This standard is about serving customers.',
      'Performance criteria', 'You must be able to:', '1. keep records', 'Glossary', `Esc${clipboard}\u009b2Jalation: passing a case on`, ''].join('\n'));
    const run = nos('check', 'escapes');
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/, 'only printable characters and line ends');
    assert.ok(run.stdout.includes('escapes/e\\x1B[2J\\x1B]0;title\\x07\\u202E.nos.txt:29:3 error criteria-numbering '), run.stdout);
    assert.ok(run.stdout.includes('“Esc\\x1B]52;c;aGk=\\x07\\x9B2Jalation”'), run.stdout);
    // Problem lines too: a file only root could read, checked without root's rights.
    chmodSync(work, 0o755);
    chmodSync(join(dir, name), 0);
    const refused = runNos(['check', join('escapes', name)], { cwd: work, unprivileged: true });
    assert.equal(refused.status, 2);
    assert.equal(refused.stderr, 'nos: escapes/e\\x1B[2J\\x1B]0;title\\x07\\u202E.nos.txt: permission denied\n');
  });

  it('names UTF-16 and UTF-32 files as such, with or without a byte order mark', () => {
    const dir = folder('encodings');
    const text = 'Gwasanaethu cwsmeriaid\nTrosolwg\nMae’r safon hon yn ymwneud â gwasanaeth.\n';
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const cases: Array<[string, Buffer, string]> = [
      ['le-bom.nos.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'UTF-16 (little-endian)'],
      ['be-bom.nos.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'UTF-16 (big-endian)'],
      ['le.nos.txt', Buffer.from(text, 'utf16le'), 'UTF-16 (little-endian, no byte order mark)'],
      ['be.nos.txt', utf16be, 'UTF-16 (big-endian, no byte order mark)'],
      // Only letters beyond Latin-1: no NUL byte at all, and the mark still says what it is.
      ['greek.nos.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ωμέγα', 'utf16le')]), 'UTF-16 (little-endian)'],
      ['utf32.nos.txt', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), ...[...text].map((c) => { const b = Buffer.alloc(4); b.writeUInt32LE(c.codePointAt(0)!); return b; })]), 'UTF-32 (little-endian)'],
    ];
    for (const [name, bytes, encoding] of cases) {
      writeFileSync(join(dir, name), bytes);
      const run = nos('check', join('encodings', name));
      assert.equal(run.status, 2, name);
      assert.deepEqual(problems(run.stderr), [`nos: encodings/${name}: ${encoding} text; save it as UTF-8`], name);
    }
    writeFileSync(join(dir, 'image.nos.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    assert.deepEqual(problems(nos('check', 'encodings/image.nos.txt').stderr), ['nos: encodings/image.nos.txt: binary file (contains NUL bytes)']);
  });

  it('says that a file name is not valid UTF-8, given or met in a directory', function () {
    const dir = folder('names');
    const bad = Buffer.concat([Buffer.from(join(dir, 'caf')), Buffer.from([0xe9]), Buffer.from('.nos.txt')]);
    try {
      writeFileSync(bad, CLEAN);
    } catch {
      this.skip(); // file systems that take only UTF-8 names
    }
    draft(join(dir, 'good.nos.txt'), CLEAN);
    const walked = nos('check', '--format', 'json', 'names');
    assert.equal(walked.status, 2);
    assert.deepEqual(checked(walked.stdout), ['names/good.nos.txt']);
    assert.deepEqual(problems(walked.stderr), ['nos: names/caf\uFFFD.nos.txt: name is not valid UTF-8, so it cannot be read: rename it']);
    // Given on the command line: the shell passes the bytes, Node reads them as U+FFFD.
    const given = spawnSync('sh', ['-c', `exec "$0" "$1" check "$(printf 'names/caf\\351.nos.txt')"`, process.execPath, CLI], { cwd: work, encoding: 'utf8' });
    assert.equal(given.status, 2);
    assert.deepEqual(problems(given.stderr), ['nos: names/caf\uFFFD.nos.txt: no such file or directory (a file name that is not valid UTF-8 cannot be read: rename the file)']);
  });
});
