// `nos fix --reflow` on flattened copies of the samples: each part on a line of its own,
// nothing but whitespace changed, and the same sections and items as the original.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, type NosDocument } from '../../server/src/core';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const SAMPLES = join(ROOT, 'samples');

const flatten = (text: string) => text.replace(/\s+/g, ' ').trim();
const outlineOf = (doc: NosDocument) => doc.sections.map((s) => `${s.id}: ${s.items.length}`);

function nos(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

describe('nos fix --reflow', function () {
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nos-reflow-'));
    for (const name of readdirSync(SAMPLES)) writeFileSync(join(dir, name), flatten(readFileSync(join(SAMPLES, name), 'utf8')));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('puts each part of every flattened sample on a line of its own, changing only whitespace', () => {
    const run = nos(['fix', '--reflow', dir]);
    assert.equal(run.status, 0, run.stderr);
    for (const name of readdirSync(SAMPLES)) {
      const original = readFileSync(join(SAMPLES, name), 'utf8');
      const reflowed = readFileSync(join(dir, name), 'utf8');
      assert.equal(flatten(reflowed), flatten(original), name);
      assert.ok(reflowed.split('\n').length > 30, `${name} has lines again`);
      assert.deepEqual(outlineOf(parse(reflowed)), outlineOf(parse(original)), name);
      assert.match(run.stderr, new RegExp(`${name}: \\d+ line breaks`));
    }
  });

  it('leaves text in the usual layout as it is, and prints one file with --stdout', () => {
    const name = readdirSync(SAMPLES)[1];
    const original = readFileSync(join(SAMPLES, name), 'utf8');
    const run = nos(['fix', '--reflow', '--stdout', join(SAMPLES, name)]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, original);
    assert.equal(run.stderr, '');
  });
});
