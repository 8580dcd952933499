// The built `nos` command line, run as users run it (`node dist/cli.js ...`) on copies of
// the sample drafts in a temporary directory.

import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, applyEdits, fixAll } from '../../server/src/core';
import { CLI, ROOT, runNos, type Run } from './runNos';

const SAMPLES = join(ROOT, 'samples');
const CLEAN = join(ROOT, 'test/fixtures/cli/clean-en.nos.txt');
const S001 = '001_34a9c3b36a3c870e.nos.txt';
const S003 = '003_6e5784cf57a97dd1.nos.txt';
const BOM = '\uFEFF';

interface Position {
  line: number;
  character: number;
}

interface Range {
  start: Position;
  end: Position;
}

interface Diagnostic {
  code: string;
  codeDescription: { href: string };
  severity: number;
  range: Range;
  message: string;
  source: string;
}

interface CheckJson {
  files: { path: string; language: string; diagnostics: Diagnostic[] }[];
}

interface OutlineJson {
  title: string | null;
  urn: string | null;
  language: string;
  sections: {
    id: string;
    label: string;
    range: Range;
    items: { label: string; number: number | null; text: string; range: Range }[];
    elements: { label: string; range: Range; firstItem: number | null; lastItem: number | null }[];
  }[];
  glossary: { term: string; forms: string[]; definition: string; range: Range }[];
  metadata: Record<string, { label: string; value: string; range: Range }>;
}

let work: string;

/** Runs as users run it, in the run's temporary directory unless told otherwise. */
function nos(args: string[], options: { cwd?: string; nodeArgs?: string[]; unprivileged?: boolean; env?: NodeJS.ProcessEnv } = {}): Run {
  return runNos(args, { ...options, cwd: options.cwd ?? work });
}

/** Writes a module that the CLI loads first (node --require) to act on the file system meanwhile. */
function preload(name: string, source: string): string[] {
  const path = join(work, name);
  writeFileSync(path, source);
  return ['--require', path];
}

/** A fresh directory under the run's temporary directory. */
function dir(name: string): string {
  const path = join(work, name);
  mkdirSync(path, { recursive: true });
  return path;
}

/** Copies a file, writable whatever the mode of the original (the samples are read-only). */
function copy(from: string, to: string): string {
  copyFileSync(from, to);
  chmodSync(to, 0o644);
  return to;
}

function copySample(name: string, to: string): string {
  return copy(join(SAMPLES, name), join(work, to));
}

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** What `nos fix` should produce, computed with the analysis core. */
function coreFixed(text: string): string {
  const fix = fixAll(analyse(text));
  return fix ? applyEdits(text, fix.edits) : text;
}

/** Numbered lines (0-based) between two heading lines of draft 001, with their written number. */
function numberedLines(text: string, from: string, to: string): { line: number; number: number }[] {
  const lines = text.split('\n');
  const start = lines.indexOf(from);
  const end = lines.indexOf(to);
  assert.ok(start >= 0 && end > start, `headings ${from} / ${to}`);
  const found: { line: number; number: number }[] = [];
  for (let line = start + 1; line < end; line++) {
    const match = /^\s*(\d+)\./.exec(lines[line]);
    if (match) found.push({ line, number: Number(match[1]) });
  }
  return found;
}

/** 1, 2, ..., n */
function upTo(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}

const PC_WRITTEN = [1, 1, 3, 4, 5, 1, 2, 3, 4, 10, 1, 12, 1, 2, 3, 16, 17];
const K_WRITTEN = [...upTo(16), ...upTo(9)];

function pcLines(text: string) {
  return numberedLines(text, 'Meini prawf perfformiad', 'Gwybodaeth a Dealltwriaeth');
}

function kLines(text: string) {
  return numberedLines(text, 'Gwybodaeth a Dealltwriaeth', 'Cwmpas/ystod');
}

function outlineOf(path: string): OutlineJson {
  const run = nos(['outline', '--format', 'json', path]);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout) as OutlineJson;
}

function section(outline: OutlineJson, id: string) {
  const found = outline.sections.find((s) => s.id === id);
  assert.ok(found, `section ${id}`);
  return found;
}

function assertRange(range: Range): void {
  for (const end of [range.start, range.end]) {
    assert.ok(Number.isInteger(end.line) && end.line >= 0, JSON.stringify(range));
    assert.ok(Number.isInteger(end.character) && end.character >= 0, JSON.stringify(range));
  }
}

function assertDiagnostic(diagnostic: Diagnostic): void {
  assert.deepEqual(Object.keys(diagnostic).filter((k) => k !== 'tags').sort(), ['code', 'codeDescription', 'message', 'range', 'severity', 'source']);
  assert.equal(typeof diagnostic.code, 'string');
  assert.match(diagnostic.codeDescription.href, new RegExp(`^file:///.*/docs/rules/${diagnostic.code}\\.md$`));
  assert.ok([1, 2, 3, 4].includes(diagnostic.severity));
  assertRange(diagnostic.range);
  assert.ok(diagnostic.message.length > 0);
  assert.equal(diagnostic.source, 'nos');
}

function checkJson(args: string[]): { run: Run; json: CheckJson } {
  const run = nos(['check', '--format', 'json', ...args]);
  return { run, json: JSON.parse(run.stdout) as CheckJson };
}

function assertOneProblemLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, stderr);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(stderr, /^\s+at /m, 'no stack trace');
}

describe('nos command line', function () {
  this.timeout(20_000);

  before(function () {
    this.timeout(120_000);
    execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'pipe' });
    work = realpathSync(mkdtempSync(join(tmpdir(), 'nos-cli-')));
    mkdirSync(join(work, 'samples'));
    for (const name of readdirSync(SAMPLES)) copySample(name, `samples/${name}`);
    copy(CLEAN, join(work, 'clean.nos.txt'));
  });

  after(() => {
    rmSync(work, { recursive: true, force: true });
  });

  describe('check', () => {
    it('reports an empty file with one information finding and exit 0, in the language its name gives', () => {
      const folder = dir('new');
      writeFileSync(join(folder, 'new.nos.txt'), '');
      writeFileSync(join(folder, 'newydd.cy.nos.txt'), '\n');
      const { run, json } = checkJson(['new']);
      assert.equal(run.status, 0, run.stderr);
      const byName = Object.fromEntries(json.files.map((f) => [f.path, f]));
      for (const [path, language, start] of [['new/new.nos.txt', 'en', 'This standard'], ['new/newydd.cy.nos.txt', 'cy', 'Nid oes penawdau']]) {
        const file = byName[path];
        assert.equal(file.language, language);
        assert.deepEqual(file.diagnostics.map((d) => [d.code, d.severity]), [['empty-document', 3]]);
        assert.ok(file.diagnostics[0].message.startsWith(start), file.diagnostics[0].message);
      }
    });

    it('reports criteria-numbering errors at exactly the first line of each misnumbered run of 001', () => {
      const text = read(join(SAMPLES, S001));
      const pcs = pcLines(text);
      const ks = kLines(text);
      assert.deepEqual(pcs.map((p) => p.number), PC_WRITTEN);
      assert.deepEqual(ks.map((k) => k.number), K_WRITTEN);
      const misnumbered = (items: typeof pcs) => items.filter((item, i) => item.number !== i + 1);
      assert.equal(misnumbered(pcs).length + misnumbered(ks).length, 18);
      // One finding for each run of items off by the same amount.
      const shift = (items: typeof pcs, i: number) => (i < 0 ? 0 : items[i].number - (i + 1));
      const runStarts = (items: typeof pcs) => items.filter((_, i) => shift(items, i) !== 0 && shift(items, i) !== shift(items, i - 1));
      const wrong = [...runStarts(pcs), ...runStarts(ks)];
      assert.equal(wrong.length, 5);

      const { run, json } = checkJson([`samples/${S001}`]);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(json.files.length, 1);
      const [file] = json.files;
      assert.equal(file.path, `samples/${S001}`);
      assert.equal(file.language, 'cy');
      file.diagnostics.forEach(assertDiagnostic);
      const numbering = file.diagnostics.filter((d) => d.code === 'criteria-numbering');
      assert.deepEqual(numbering.map((d) => d.range.start.line), wrong.map((w) => w.line));
      const lines = text.split('\n');
      numbering.forEach((d, i) => {
        assert.equal(d.severity, 1);
        assert.equal(lines[d.range.start.line].slice(d.range.start.character, d.range.end.character), String(wrong[i].number));
      });
    });

    it('speaks the locale’s language in its own words when no option names one', () => {
      const summary = (env: NodeJS.ProcessEnv, args: string[] = []) => nos(['check', ...args, 'clean.nos.txt'], { env }).stdout.trim().split('\n').at(-1);
      assert.equal(summary({ LANG: 'cy_GB.UTF-8' }), '1 ffeil, 0 gwall, 0 rhybudd, 0 gwybodaeth, 0 awgrym');
      assert.equal(summary({ LANG: 'cy_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' }), '1 file, 0 errors, 0 warnings, 0 information, 0 hints');
      assert.equal(summary({ LC_MESSAGES: 'cy_GB' }), '1 ffeil, 0 gwall, 0 rhybudd, 0 gwybodaeth, 0 awgrym');
      assert.equal(summary({ LANG: 'cs_CZ.UTF-8' }), '1 file, 0 errors, 0 warnings, 0 information, 0 hints');
      assert.equal(summary({ LANG: 'cy_GB.UTF-8' }, ['--messages-language', 'en']), '1 file, 0 errors, 0 warnings, 0 information, 0 hints');
      assert.match(nos(['rules'], { env: { LANG: 'cy_GB.UTF-8' } }).stdout, /Mae'r meini prawf perfformiad a'r eitemau gwybodaeth wedi'u rhifo/);
    });

    it('--messages-language writes the findings of a Welsh draft in English, and of an English one in Welsh', () => {
      const welsh = nos(['check', '--messages-language', 'en', `samples/${S001}`]);
      assert.equal(welsh.status, 1, welsh.stderr);
      assert.ok(welsh.stdout.includes(`samples/${S001}:29:3 error criteria-numbering Performance criterion numbered `), welsh.stdout);
      const english = nos(['check', '--format', 'json', '--messages-language', 'cy', 'clean.nos.txt']);
      assert.equal(english.status, 0, english.stderr);
      const folder = dir('messages');
      writeFileSync(join(folder, 'plan.nos.txt'), 'Plan work\n\nPerformance criteria\nYou must be able to:\n1. plan work\n3. record feedback\n');
      const run = nos(['check', '--messages-language', 'cy', '--lang', 'en', 'messages/plan.nos.txt']);
      assert.ok(run.stdout.includes("criteria-numbering Dylai'r maen prawf perfformiad a rifwyd yn 3 fod yn 2"), run.stdout);
      assert.equal(nos(['check', '--messages-language', 'fr', 'clean.nos.txt']).status, 2);
      assert.equal(nos(['rules', '--messages-language', 'cy']).status, 2);
    });

    it('prints one path:line:col severity rule-id message line per finding and a summary', () => {
      const run = nos(['check', 'samples']);
      assert.equal(run.status, 1);
      assert.equal(run.stderr, '');
      const lines = run.stdout.trimEnd().split('\n');
      const summary = lines.pop();
      assert.match(summary ?? '', /^5 files, \d+ errors?, \d+ warnings?, \d+ information, \d+ hints?$/);
      assert.ok(lines.length > 18);
      for (const line of lines) {
        assert.match(line, /^samples\/\d{3}_[0-9a-f]+\.nos\.txt:[1-9]\d*:[1-9]\d* (error|warning|information|hint) [a-z]+(-[a-z]+)* \S.*$/, line);
      }
      assert.ok(lines.some((l) => l.startsWith(`samples/${S001}:29:3 error criteria-numbering `)));
    });

    it('streams JSON over the samples directory as one document with five files', () => {
      const { run, json } = checkJson(['samples']);
      assert.equal(run.status, 1);
      assert.deepEqual(json.files.map((f) => f.path), readdirSync(SAMPLES).sort().map((name) => `samples/${name}`));
      for (const file of json.files) {
        assert.equal(file.language, 'cy');
        file.diagnostics.forEach(assertDiagnostic);
      }
    });

    it('writes each file out before reading the next', async () => {
      const streaming = dir('streaming');
      copy(CLEAN, join(streaming, 'a.nos.txt'));
      copy(CLEAN, join(streaming, 'b.nos.txt'));
      const go = join(work, 'streaming-go');
      // Opening b waits until the test has seen a's entry and says go, so `a` must be out by then
      // (without the suite checks, which need every draft first: test/cli/suite.test.ts).
      const hook = preload('wait-before-b.js', `
const fs = require('node:fs');
const { openSync } = fs;
const pause = new Int32Array(new SharedArrayBuffer(4));
fs.openSync = function (file, ...rest) {
  if (typeof file === 'string' && file.endsWith('b.nos.txt')) while (!fs.existsSync(${JSON.stringify(go)})) Atomics.wait(pause, 0, 0, 20);
  return openSync.call(this, file, ...rest);
};
`);
      const child = spawn(process.execPath, [...hook, CLI, 'check', '--no-workspace', '--format', 'json', 'streaming'], { cwd: work, timeout: 10_000 });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const exit = new Promise<number | null>((done) => child.on('close', done));
      const firstFile = new Promise<void>((done, fail) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.includes('"path":"streaming/a.nos.txt"')) done();
        });
        void exit.then(() => fail(new Error(`exited before writing a.nos.txt: ${stdout}`)));
      });
      try {
        await firstFile;
        assert.ok(!stdout.includes('\n]}'), stdout);
      } catch (error) {
        child.kill();
        throw error;
      }
      writeFileSync(go, '');
      assert.equal(await exit, 0);
      assert.deepEqual((JSON.parse(stdout) as CheckJson).files.map((f) => f.path), ['streaming/a.nos.txt', 'streaming/b.nos.txt']);
    });

    it('walks directories for drafts in name order, skipping other names, hidden and node_modules dirs and link loops', () => {
      const walk = dir('walk');
      const names = readdirSync(SAMPLES).sort();
      names.slice(0, 3).forEach((name) => copySample(name, `walk/${name}`));
      dir('walk/sub');
      names.slice(3).forEach((name) => copySample(name, `walk/sub/${name}`));
      symlinkSync('..', join(walk, 'sub/loop'));
      writeFileSync(join(walk, 'notes.md'), '# not a draft\n');
      writeFileSync(join(walk, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]));
      for (const skipped of ['node_modules', '.git', '.hidden']) {
        dir(`walk/${skipped}`);
        copySample(S001, `walk/${skipped}/x.nos.txt`);
      }
      const { run, json } = checkJson(['walk']);
      assert.equal(run.status, 1, run.stderr);
      assert.equal(run.stderr, '');
      assert.deepEqual(json.files.map((f) => f.path), [
        ...names.slice(0, 3).map((name) => `walk/${name}`),
        ...names.slice(3).map((name) => `walk/sub/${name}`),
      ]);
    });

    it('exits 0 on a clean English draft', () => {
      const run = nos(['check', 'clean.nos.txt']);
      assert.equal(run.status, 0, run.stdout);
      assert.match(run.stdout, /^1 file, 0 errors, 0 warnings, /);
      assert.equal(run.stderr, '');
      assert.equal(checkJson(['clean.nos.txt']).json.files[0].language, 'en');
    });

    it('takes explicit files whatever their extension', () => {
      copy(CLEAN, join(work, 'draft.text'));
      assert.equal(checkJson(['draft.text']).json.files[0].path, 'draft.text');
    });

    it('positions findings of a BOM + CRLF copy as in the plain one', () => {
      const text = read(join(SAMPLES, S001));
      writeFileSync(join(work, 'bom-crlf.nos.txt'), BOM + text.replace(/\n/g, '\r\n'));
      const plain = checkJson([`samples/${S001}`]).json.files[0].diagnostics;
      const bom = checkJson(['bom-crlf.nos.txt']).json.files[0].diagnostics;
      assert.deepEqual(bom, plain);
    });

    it('exits 2 with one line on stderr for a missing path', () => {
      const run = nos(['check', 'missing.nos.txt']);
      assert.equal(run.status, 2);
      assert.match(run.stdout, /^0 files, /);
      assertOneProblemLine(run.stderr, /^nos: missing\.nos\.txt: no such file or directory$/);
    });

    it('exits 2 for a directory without drafts, a binary file and invalid UTF-8', () => {
      dir('nodrafts');
      writeFileSync(join(work, 'nodrafts/readme.md'), 'nothing here\n');
      writeFileSync(join(work, 'binary.nos.txt'), Buffer.from('Title\n\0\0\0\n'));
      writeFileSync(join(work, 'latin1.nos.txt'), Buffer.from([0x43, 0x79, 0x6d, 0x72, 0x61, 0x65, 0x67, 0x20, 0xe2, 0x0a]));
      const cases: [string, RegExp][] = [
        ['nodrafts', /^nos: nodrafts: no drafts found/],
        ['binary.nos.txt', /^nos: binary\.nos\.txt: binary file/],
        ['latin1.nos.txt', /^nos: latin1\.nos\.txt: not valid UTF-8$/],
      ];
      for (const [path, pattern] of cases) {
        const { run, json } = checkJson([path]);
        assert.equal(run.status, 2, path);
        assert.deepEqual(json.files, []);
        assertOneProblemLine(run.stderr, pattern);
      }
    });

    it('still reports the other files when one is bad, and 2 wins over 1', () => {
      const { run, json } = checkJson(['binary.nos.txt', `samples/${S001}`, 'missing.nos.txt', 'clean.nos.txt']);
      assert.equal(run.status, 2);
      assert.deepEqual(json.files.map((f) => f.path), [`samples/${S001}`, 'clean.nos.txt']);
      const problems = run.stderr.trimEnd().split('\n');
      assert.deepEqual(problems.map((l) => l.split(':')[1].trim()), ['binary.nos.txt', 'missing.nos.txt']);
      assert.doesNotMatch(run.stderr, /^\s+at /m);
    });
  });

  describe('bad input', () => {
    it('exits 2 for an unreadable file and an unreadable directory, and checks the rest', () => {
      // Someone without root's rights must reach the files to be refused them.
      chmodSync(work, 0o755);
      const folder = dir('locked');
      copy(CLEAN, join(folder, 'open.nos.txt'));
      const secret = copy(CLEAN, join(folder, 'secret.nos.txt'));
      const closed = dir('locked/closed');
      copy(CLEAN, join(closed, 'inside.nos.txt'));
      chmodSync(secret, 0);
      chmodSync(closed, 0);
      try {
        const run = nos(['check', '--format', 'json', 'locked'], { unprivileged: true });
        assert.equal(run.status, 2);
        assert.deepEqual((JSON.parse(run.stdout) as CheckJson).files.map((f) => f.path), ['locked/open.nos.txt']);
        assert.equal(run.stderr, 'nos: locked/closed: permission denied\nnos: locked/secret.nos.txt: permission denied\n');
      } finally {
        chmodSync(closed, 0o755);
      }
    });

    it('exits 2 for a symbolic link loop, given or found, and checks the rest', () => {
      const folder = dir('loops');
      copy(CLEAN, join(folder, 'a.nos.txt'));
      symlinkSync('b.nos.txt', join(folder, 'b.nos.txt'));
      const given = nos(['check', 'loops/b.nos.txt', 'loops/a.nos.txt']);
      assert.equal(given.status, 2);
      assertOneProblemLine(given.stderr, /^nos: loops\/b\.nos\.txt: too many levels of symbolic links$/);
      assert.match(given.stdout, /^1 file, 0 errors/m);
      const { run, json } = checkJson(['loops']);
      assert.equal(run.status, 2);
      assert.deepEqual(json.files.map((f) => f.path), ['loops/a.nos.txt']);
      assertOneProblemLine(run.stderr, /^nos: loops\/b\.nos\.txt: too many levels of symbolic links$/);
    });

    it('stops reading a huge input at once, with one line', () => {
      const huge = join(work, 'huge.nos.txt');
      writeFileSync(huge, 'Log line\n'.repeat(2_000_000));
      const { run, json } = checkJson([huge, 'clean.nos.txt']);
      assert.equal(run.status, 2);
      assert.deepEqual(json.files.map((f) => f.path), ['clean.nos.txt']);
      assertOneProblemLine(run.stderr, / too large for a draft \(over 5,000,000 characters\)$/);
    });

    it('exits 2 for a file that changes while it is read, and neither checks nor fixes it', () => {
      const folder = dir('saving');
      const path = copySample(S001, 'saving/draft.nos.txt');
      copy(CLEAN, join(folder, 'other.nos.txt'));
      // The first read of the draft lets an editor append a line before the next.
      const hook = preload('save-while-read.js', `
const fs = require('node:fs');
const path = require('node:path');
const target = ${JSON.stringify(path)};
const { openSync, readSync } = fs;
const watched = new Set();
fs.openSync = function (file, ...rest) {
  const fd = openSync.call(this, file, ...rest);
  if (typeof file === 'string' && path.resolve(file) === target) watched.add(fd);
  return fd;
};
fs.readSync = function (fd, ...rest) {
  const read = readSync.call(this, fd, ...rest);
  if (watched.delete(fd)) fs.appendFileSync(target, 'saved meanwhile\\n');
  return read;
};
`);
      const check = nos(['check', '--format', 'json', 'saving'], { nodeArgs: hook });
      assert.equal(check.status, 2);
      assert.deepEqual((JSON.parse(check.stdout) as CheckJson).files.map((f) => f.path), ['saving/other.nos.txt']);
      assertOneProblemLine(check.stderr, /^nos: saving\/draft\.nos\.txt: changed while it was read$/);
      const before = read(path);
      const fixRun = nos(['fix', 'saving/draft.nos.txt'], { nodeArgs: hook });
      assert.equal(fixRun.status, 2);
      assertOneProblemLine(fixRun.stderr, /^nos: saving\/draft\.nos\.txt: changed while it was read$/);
      assert.equal(read(path), before + 'saved meanwhile\n');
      assert.deepEqual(readdirSync(folder).sort(), ['draft.nos.txt', 'other.nos.txt']);
    });
  });

  describe('usage', () => {
    it('exits 2 with the usage on unknown options, commands and values', () => {
      for (const args of [['check', '--frobnicate', 'samples'], ['lint', 'samples'], ['check', '--format', 'xml', 'samples'], ['check'], [], ['outline', '--stdout', 'clean.nos.txt']]) {
        const run = nos(args);
        assert.equal(run.status, 2, args.join(' '));
        assert.equal(run.stdout, '');
        assert.match(run.stderr, /^nos: .+\n\nUsage: nos /, args.join(' '));
        assert.doesNotMatch(run.stderr, /^\s+at /m);
      }
    });

    it('prints the usage with --help and the version with --version', () => {
      for (const args of [['--help'], ['-h'], ['check', '--help']]) {
        const run = nos(args);
        assert.equal(run.status, 0);
        assert.match(run.stdout, /^Usage: nos /);
      }
      const { version } = JSON.parse(read(join(ROOT, 'package.json'))) as { version: string };
      assert.equal(nos(['--version']).stdout, `${version}\n`);
    });
  });

  describe('fix', () => {
    it('renumbers 001 changing nothing but what its safe fixes target', () => {
      const path = copySample(S001, 'fix-001.nos.txt');
      const before = read(path);
      const run = nos(['fix', 'fix-001.nos.txt']);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /^fix-001\.nos\.txt: \d+ fix(es)?\n$/);
      const after = read(path);

      const outline = outlineOf('fix-001.nos.txt');
      assert.deepEqual(section(outline, 'performance-criteria').items.map((i) => i.number), upTo(17));
      assert.deepEqual(section(outline, 'knowledge-understanding').items.map((i) => i.number), upTo(25));

      const oldLines = before.split('\n');
      const newLines = after.split('\n');
      assert.equal(newLines.length, oldLines.length);
      const keywords = oldLines.length - 1;
      assert.equal(newLines[keywords], oldLines[keywords].replace(/;$/, ''));
      const changed = oldLines.flatMap((line, i) => (line === newLines[i] || i === keywords ? [] : [i]));
      // 18 misnumbered labels, 10 no-break spaces after a number, the English lead-in, K3's full stop.
      assert.equal(changed.length, 30);
      assert.equal(newLines[65], 'Mae angen i chi wybod a deall:');
      const essence = (line: string) => line.replace(/^(\s*)\d+/, '$1').replace(/\u00a0 ?/g, ' ').replace(/\.$/, '');
      for (const i of changed.filter((i) => i !== 65)) {
        assert.match(oldLines[i], /^\s*\d+\./);
        assert.equal(essence(newLines[i]), essence(oldLines[i]), `line ${i + 1}`);
      }
      assert.deepEqual(pcLines(after).map((p) => p.number), upTo(17));
      assert.deepEqual(kLines(after).map((k) => k.number), upTo(25));

      const recheck = checkJson(['fix-001.nos.txt']).json.files[0].diagnostics;
      assert.equal(recheck.filter((d) => d.code === 'criteria-numbering').length, 0);
    });

    it('is idempotent', () => {
      const path = copySample(S001, 'twice.nos.txt');
      assert.equal(nos(['fix', 'twice.nos.txt']).status, 0);
      const once = read(path);
      const second = nos(['fix', 'twice.nos.txt']);
      assert.equal(second.status, 0);
      assert.equal(second.stderr, '');
      assert.equal(read(path), once);
    });

    it('prints the fixed text with --stdout and leaves the file untouched', () => {
      const path = copySample(S001, 'stdout.nos.txt');
      const before = read(path);
      const run = nos(['fix', '--stdout', 'stdout.nos.txt']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(read(path), before);
      assert.equal(run.stdout, coreFixed(before));
      assert.notEqual(run.stdout, before);
      assert.equal(nos(['fix', '--stdout', 'stdout.nos.txt', 'clean.nos.txt']).status, 2);
    });

    it('keeps CRLF line ends, the BOM and the file mode, and leaves no temporary file', () => {
      const folder = dir('crlf');
      const path = join(folder, 'draft.nos.txt');
      const text = read(join(SAMPLES, S001));
      writeFileSync(path, BOM + text.replace(/\n/g, '\r\n'));
      chmodSync(path, 0o640);
      const run = nos(['fix', 'crlf/draft.nos.txt']);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(read(path), BOM + coreFixed(text).replace(/\n/g, '\r\n'));
      assert.equal(statSync(path).mode & 0o777, 0o640);
      assert.deepEqual(readdirSync(folder), ['draft.nos.txt']);
    });

    it('writes through a symbolic link, keeping the link', () => {
      const folder = dir('linked');
      const real = copySample(S001, 'linked/real.nos.txt');
      symlinkSync('real.nos.txt', join(folder, 'link.nos.txt'));
      assert.equal(nos(['fix', 'linked/link.nos.txt']).status, 0);
      assert.ok(lstatSync(join(folder, 'link.nos.txt')).isSymbolicLink());
      assert.equal(read(real), coreFixed(read(join(SAMPLES, S001))));
    });

    it('refuses to replace a read-only file, whoever runs it, root included', () => {
      const path = copySample(S001, 'readonly.nos.txt');
      chmodSync(path, 0o444);
      const run = nos(['fix', 'readonly.nos.txt']);
      assert.equal(run.status, 2);
      assertOneProblemLine(run.stderr, /^nos: readonly\.nos\.txt: read-only file; not written$/);
      assert.equal(read(path), read(join(SAMPLES, S001)));
    });

    it('fixes every draft of a directory', () => {
      const folder = dir('fixdir');
      for (const name of readdirSync(SAMPLES)) copySample(name, `fixdir/${name}`);
      const run = nos(['fix', 'fixdir']);
      assert.equal(run.status, 0, run.stderr);
      // 003 has nothing a safe fix mends; the others' lead-ins, bullets or numbers are fixed.
      const fixed = readdirSync(SAMPLES).filter((name) => !name.startsWith('003')).map((name) => `fixdir/${name}`);
      assert.deepEqual(run.stderr.trimEnd().split('\n').map((l) => l.split(':')[0]).sort(), fixed.sort());
      for (const name of readdirSync(SAMPLES)) {
        assert.equal(read(join(folder, name)), coreFixed(read(join(SAMPLES, name))), name);
      }
    });

    it('refuses to write over a change made on disk since the file was read', () => {
      const folder = dir('race');
      const path = join(folder, 'draft.nos.txt');
      copySample(S001, 'race/draft.nos.txt');
      const original = read(path);
      // Loaded before the CLI: when the temporary file beside the draft is opened, the draft
      // gains a line, as if an editor saved it at that moment.
      const hook = join(work, 'concurrent-save.js');
      writeFileSync(hook, `
const fs = require('node:fs');
const path = require('node:path');
const target = ${JSON.stringify(path)};
const openSync = fs.openSync;
let saved = false;
fs.openSync = function (file, ...rest) {
  if (!saved && typeof file === 'string' && path.dirname(path.resolve(file)) === path.dirname(target) && path.resolve(file) !== target) {
    saved = true;
    fs.appendFileSync(target, 'edited elsewhere\\n');
  }
  return openSync.call(this, file, ...rest);
};
`);
      const run = nos(['fix', 'race/draft.nos.txt'], { nodeArgs: ['--require', hook] });
      assert.equal(run.status, 2);
      assertOneProblemLine(run.stderr, /^nos: race\/draft\.nos\.txt: changed on disk since it was read; not written$/);
      assert.equal(read(path), original + 'edited elsewhere\n');
      assert.deepEqual(readdirSync(folder), ['draft.nos.txt']);
    });

    it('exits 2 for unreadable input and fixes the rest', () => {
      const path = copySample(S001, 'rest.nos.txt');
      const run = nos(['fix', 'missing.nos.txt', 'rest.nos.txt']);
      assert.equal(run.status, 2);
      assert.equal(read(path), coreFixed(read(join(SAMPLES, S001))));
      assert.match(run.stderr, /^nos: missing\.nos\.txt: no such file or directory\nrest\.nos\.txt: \d+ fixes\n$/);
    });
  });

  describe('outline', () => {
    function assertShape(outline: OutlineJson): void {
      assert.deepEqual(Object.keys(outline), ['title', 'urn', 'language', 'sections', 'glossary', 'metadata']);
      for (const s of outline.sections) {
        assert.deepEqual(Object.keys(s), ['id', 'label', 'range', 'items', 'elements']);
        assert.ok(s.label.length > 0);
        assertRange(s.range);
        for (const item of s.items) {
          assert.deepEqual(Object.keys(item), ['label', 'number', 'text', 'range']);
          assert.ok(item.number === null || Number.isInteger(item.number));
          assertRange(item.range);
        }
        for (const element of s.elements) {
          assert.deepEqual(Object.keys(element), ['label', 'range', 'firstItem', 'lastItem']);
          assertRange(element.range);
        }
      }
      for (const entry of outline.glossary) {
        assert.deepEqual(Object.keys(entry), ['term', 'forms', 'definition', 'range']);
        assertRange(entry.range);
      }
      for (const field of Object.values(outline.metadata)) {
        assert.deepEqual(Object.keys(field), ['label', 'value', 'range']);
        assertRange(field.range);
      }
    }

    const spans = (s: OutlineJson['sections'][number]) => s.elements.map((e) => [e.firstItem, e.lastItem]);

    it('prints the model of 001 as JSON', () => {
      const outline = outlineOf(`samples/${S001}`);
      assertShape(outline);
      assert.equal(typeof outline.title, 'string');
      assert.equal(outline.urn, 'SKAEAF2');
      assert.equal(outline.language, 'cy');
      const pc = section(outline, 'performance-criteria');
      const k = section(outline, 'knowledge-understanding');
      assert.equal(pc.label, 'Meini prawf perfformiad');
      assert.equal(pc.items.length, 17);
      assert.equal(k.items.length, 25);
      assert.deepEqual(pc.items.map((i) => i.number), PC_WRITTEN);
      assert.deepEqual(spans(pc), [[1, 10], [11, 17]]);
      assert.deepEqual(spans(k), [[1, 16], [17, 25]]);
      assert.equal(outline.metadata.urn.value, 'SKAEAF2');
      assert.equal(outline.metadata['soc-code'].value, '6211');
      assert.deepEqual(outline.glossary.map((g) => g.term), ['Cwsmeriaid']);
    });

    it('prints the model of 003 as JSON', () => {
      const outline = outlineOf(`samples/${S003}`);
      assertShape(outline);
      assert.equal(outline.title, null);
      assert.equal(outline.urn, null);
      const pc = section(outline, 'performance-criteria');
      const k = section(outline, 'knowledge-understanding');
      assert.equal(pc.items.length, 27);
      assert.equal(k.items.length, 26);
      assert.deepEqual(spans(pc), [[1, 9], [10, 16], [17, 21], [22, 27]]);
      assert.deepEqual(spans(k), []);
    });

    it('names element sub-headings by their words, without the markup they are written in', () => {
      const text = read(join(SAMPLES, S003)).replace(/^(Monitro a dadansoddi perfformiad gwasanaeth i gwsmeriaid)$/m, '**$1**');
      writeFileSync(join(work, 'bold-elements.nos.txt'), text);
      const labels = section(outlineOf('bold-elements.nos.txt'), 'performance-criteria').elements.map((e) => e.label);
      assert.ok(labels.includes('Monitro a dadansoddi perfformiad gwasanaeth i gwsmeriaid'), labels.join(' | '));
      assert.ok(!labels.some((label) => label.includes('*')), labels.join(' | '));
    });

    it('prints a short tree by default', () => {
      const run = nos(['outline', `samples/${S001}`]);
      assert.equal(run.status, 0);
      const lines = run.stdout.trimEnd().split('\n');
      assert.ok(lines.length < 40);
      assert.match(lines[0], /^Datblygu a chynnal .*SKAEAF2/);
      assert.ok(lines.some((l) => /^ {2}Meini prawf perfformiad .*17/.test(l)));
    });

    it('exits 2 for a bad file and for more than one file', () => {
      const missing = nos(['outline', 'missing.nos.txt']);
      assert.equal(missing.status, 2);
      assertOneProblemLine(missing.stderr, /^nos: missing\.nos\.txt: no such file or directory$/);
      assert.equal(nos(['outline', 'clean.nos.txt', 'clean.nos.txt']).status, 2);
    });
  });
});
