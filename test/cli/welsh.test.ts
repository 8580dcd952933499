// The `nos` command line in Welsh: with --messages-language cy, or --lang cy, the run's own
// words (the summary line, the one-line problems, the --max-warnings note, what fix did)
// are Welsh, while each finding line keeps its English severity word for the programs
// that read it.

import * as assert from 'node:assert/strict';
import { chmodSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyInto, nos, ROOT, scratch, writeInto } from './helpers/cli';

const S001 = 'samples/001_34a9c3b36a3c870e.nos.txt';
const GLOSSARY = 'test/fixtures/layouts/welsh-glossary.nos.txt';
const FINDING = /^\S+:\d+:\d+ (error|warning|information|hint) [a-z-]+ \S/;

/** The lines of stderr. */
const lines = (text: string) => text.trimEnd().split('\n');

describe('nos in Welsh', function () {
  this.timeout(30_000);
  const { dir } = scratch();

  it('writes the summary line of check in Welsh, each finding line with its English severity', () => {
    const project = join(dir(), 'summary');
    for (const name of readdirSync(join(ROOT, 'samples'))) copyInto(`samples/${name}`, join(project, 'samples', name));
    const run = nos(['check', '--messages-language', 'cy', 'samples'], project);
    assert.equal(run.status, 1, run.stderr);
    assert.equal(run.stderr, '');
    const out = lines(run.stdout);
    assert.match(out.pop()!, /^5 ffeil, \d+ gwall, \d+ rhybudd, \d+ gwybodaeth, \d+ awgrym$/);
    assert.ok(out.length > 18);
    for (const line of out) assert.match(line, FINDING, line);
  });

  it('follows --lang cy when no messages language is given, and --messages-language over it', () => {
    const project = join(dir(), 'lang');
    copyInto(GLOSSARY, join(project, 'a.nos.txt'));
    const welsh = nos(['check', '--lang', 'cy', 'a.nos.txt', 'missing.nos.txt'], project);
    assert.equal(welsh.status, 2);
    assert.match(welsh.stdout, /^1 ffeil, 0 gwall, 1 rhybudd, \d+ gwybodaeth, \d+ awgrym$/m);
    assert.equal(welsh.stderr, "nos: missing.nos.txt: nid oes ffeil na chyfeiriadur o'r fath\n");
    const english = nos(['check', '--lang', 'cy', '--messages-language', 'en', 'a.nos.txt', 'missing.nos.txt'], project);
    assert.match(english.stdout, /^1 file, 0 errors, 1 warning, /m);
    assert.equal(english.stderr, 'nos: missing.nos.txt: no such file or directory\n');
  });

  it('says in Welsh why an input cannot be read', () => {
    const project = join(dir(), 'problems');
    writeInto(join(project, 'binary.nos.txt'), 'Title\n\0\0\0\n');
    writeInto(join(project, 'nodrafts/readme.md'), 'nothing here\n');
    writeFileSync(join(project, 'latin1.nos.txt'), Buffer.from([0x43, 0x79, 0x6d, 0x72, 0x61, 0x65, 0x67, 0x20, 0xe2, 0x0a]));
    writeFileSync(join(project, 'utf16.nos.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\n', 'utf16le')]));
    const given = ['binary.nos.txt', 'latin1.nos.txt', 'utf16.nos.txt', 'nodrafts', 'missing.nos.txt'];
    const run = nos(['check', '--messages-language', 'cy', '--format', 'json', ...given], project);
    assert.equal(run.status, 2);
    assert.deepEqual(lines(run.stderr), [
      "nos: binary.nos.txt: ffeil ddeuaidd (mae'n cynnwys beitiau NUL)",
      "nos: latin1.nos.txt: nid yw'n UTF-8 dilys",
      'nos: utf16.nos.txt: testun UTF-16LE; cadwch y ffeil fel UTF-8',
      "nos: nodrafts: dim ffeiliau drafft wedi'u canfod (*.nos, *.nos.txt, *.nos.md, *.txt)",
      "nos: missing.nos.txt: nid oes ffeil na chyfeiriadur o'r fath",
    ]);
    // JSON is the same in any language.
    assert.deepEqual(JSON.parse(run.stdout), { files: [] });
  });

  it('gives the --max-warnings note in Welsh', () => {
    const project = join(dir(), 'warnings');
    copyInto(GLOSSARY, join(project, 'a.nos.txt'));
    copyInto(GLOSSARY, join(project, 'b.nos.txt'));
    const over = nos(['check', '--no-workspace', '--messages-language', 'cy', '--max-warnings', '1', '.'], project);
    assert.equal(over.status, 1);
    assert.equal(over.stderr, 'nos: 2 rhybudd, mwy na --max-warnings 1\n');
    assert.match(over.stdout, /^2 ffeil, 0 gwall, 2 rhybudd, /m);
  });

  it('says in Welsh what fix did to each file, and why it left the others', () => {
    const project = join(dir(), 'fix');
    copyInto(S001, join(project, 'draft.nos.txt'));
    chmodSync(copyInto(S001, join(project, 'locked.nos.txt')), 0o444);
    const run = nos(['fix', '--messages-language', 'cy', 'missing.nos.txt', 'draft.nos.txt', 'locked.nos.txt'], project);
    assert.equal(run.status, 2);
    const [missing, fixed, locked, ...more] = lines(run.stderr);
    assert.equal(missing, "nos: missing.nos.txt: nid oes ffeil na chyfeiriadur o'r fath");
    assert.match(fixed, /^draft\.nos\.txt: \d+ trwsiad$/);
    assert.equal(locked, 'nos: locked.nos.txt: ffeil darllen yn unig; heb ei hysgrifennu');
    assert.deepEqual(more, []);
    const outline = nos(['outline', '--lang', 'cy', 'missing.nos.txt'], project);
    assert.equal(outline.stderr, "nos: missing.nos.txt: nid oes ffeil na chyfeiriadur o'r fath\n");
  });
});
