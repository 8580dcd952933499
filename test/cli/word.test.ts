// `nos import` and `nos export`: files beside the input, never over an existing one
// without -o, findings of the imported draft, bilingual errors and exit statuses.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../server/src/core';
import { sample } from '../unit/helpers/fixtures';
import { wordFixture } from '../word/fixtures';
import { nos, scratch } from './helpers/cli';

describe('nos import and nos export', function () {
  this.timeout(60_000);
  const { dir } = scratch();

  it('imports a Word draft beside it, checks it, and will not write over it again', async () => {
    writeFileSync(join(dir(), 'seed.docx'), (await wordFixture(parse(sample('002')))).bytes);
    const run = nos(['import', 'seed.docx'], dir());
    assert.equal(run.status, 1, run.stderr); // the seed has error-level findings
    assert.match(run.stderr, /written to seed\.nos\.txt/);
    assert.match(run.stdout, /^seed\.nos\.txt:\d+:\d+ \w+ [a-z-]+ /m);
    const imported = readFileSync(join(dir(), 'seed.nos.txt'), 'utf8');
    assert.equal(parse(imported).sections.length, parse(sample('002')).sections.length);

    writeFileSync(join(dir(), 'seed.nos.txt'), 'my edits\n');
    const again = nos(['import', 'seed.docx'], dir());
    assert.equal(again.status, 2);
    assert.match(again.stderr, /seed\.nos\.txt: already exists; name it with -o/);
    assert.equal(readFileSync(join(dir(), 'seed.nos.txt'), 'utf8'), 'my edits\n');

    assert.notEqual(nos(['import', 'seed.docx', '-o', 'seed.nos.txt'], dir()).status, 2);
    assert.equal(readFileSync(join(dir(), 'seed.nos.txt'), 'utf8'), imported);
  });

  it('prints the import with -o -, its findings on stderr', async () => {
    writeFileSync(join(dir(), 'web.docx'), (await wordFixture(parse(sample('004')))).bytes);
    const run = nos(['import', 'web.docx', '-o', '-'], dir());
    assert.match(run.stdout, /^\S/);
    assert.doesNotMatch(run.stdout, /web\.docx:\d+/);
  });

  it('exports a draft and imports it back', () => {
    writeFileSync(join(dir(), 'draft.nos.txt'), sample('003'));
    assert.equal(nos(['export', 'draft.nos.txt'], dir()).status, 0);
    assert.equal(nos(['export', 'draft.nos.txt'], dir()).status, 2, 'not over the first export');
    nos(['import', 'draft.docx', '-o', 'back.nos.txt'], dir());
    const back = parse(readFileSync(join(dir(), 'back.nos.txt'), 'utf8'));
    assert.deepEqual(back.sections.map((s) => [s.id, s.items.map((i) => i.label)]), parse(sample('003')).sections.map((s) => [s.id, s.items.map((i) => i.label)]));
  });

  it('says why a file is no Word document, in Welsh with --lang cy', () => {
    writeFileSync(join(dir(), 'text.docx'), 'Overview\n');
    const run = nos(['import', '--lang', 'cy', 'text.docx'], dir());
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^nos: text\.docx: nid dogfen Word \(\.docx\) yw hon/);
    assert.match(nos(['import', 'missing.docx'], dir()).stderr, /no such file or directory/);
    assert.equal(nos(['import', 'a.docx', 'b.docx'], dir()).status, 2);
  });

  it('refuses a named pipe at once instead of waiting on it', () => {
    execFileSync('mkfifo', [join(dir(), 'pipe.docx')]);
    const run = nos(['import', 'pipe.docx'], dir());
    assert.equal(run.status, 2);
    assert.match(run.stderr, /pipe\.docx: not a regular file/);
  });
});
