// The `nos` command over directories of random files: drafts, soup and raw bytes. It
// checks the files that are UTF-8 without NUL, reports each other one in one line, exits
// 0, 1 or 2 and prints no stack trace; `nos fix` leaves every file as it was or as the
// core's fix-all makes it, never cut short.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { analyse, applyEdits, fixAll } from '../../server/src/core';
import { anyText } from './arbitraries';
import { property } from './config';

const CLI = resolve(__dirname, '../../dist/cli.js');
const BOM = '\uFEFF';
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const contents = fc.oneof(
  anyText.map((text) => Buffer.from(text)),
  anyText.map((text) => Buffer.from(BOM + text.replace(/\r?\n/g, '\r\n'))),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
);

function nos(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 15_000 });
  const problems = run.stderr.split('\n').filter(Boolean);
  assert.ok([0, 1, 2].includes(run.status!), `nos ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  assert.doesNotMatch(run.stderr, /^\s+at |internal error/m, 'a stack trace or an internal error');
  return { ...run, problems };
}

/** The text of a file `nos` reads as a draft: UTF-8 without NUL; null for one it refuses. */
function draftText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** What `nos fix` must leave: a draft fixed by the core, anything else untouched. */
function expectedFix(bytes: Buffer): Buffer {
  const text = draftText(bytes);
  if (text === null) return bytes;
  const bom = text.startsWith(BOM) ? BOM : '';
  const body = text.slice(bom.length);
  const all = fixAll(analyse(body));
  return all ? Buffer.from(bom + applyEdits(body, all.edits)) : bytes;
}

describe('property: the command line survives any file', () => {
  property('check and fix exit 0, 1 or 2 with one line per bad file, and fix writes whole files', 5, () =>
    fc.property(fc.array(contents, { minLength: 1, maxLength: 6 }), (files) => {
      const folder = mkdtempSync(join(tmpdir(), 'nos-cli-property-'));
      try {
        const names = files.map((bytes, i) => {
          writeFileSync(join(folder, `f${i}.nos.txt`), bytes);
          return `f${i}.nos.txt`;
        });
        const check = nos(['check', '--format', 'json', '.'], folder);
        const checked = (JSON.parse(check.stdout) as { files: { path: string }[] }).files.map((f) => f.path);
        assert.deepEqual(checked, names.filter((_, i) => draftText(files[i]) !== null), check.stderr);
        assert.equal(check.problems.length, files.length - checked.length, check.stderr);
        check.problems.forEach((line) => assert.match(line, /^nos: f\d\.nos\.txt: \S.*$/));
        assert.equal(check.status === 2, check.problems.length > 0);

        const fixRun = nos(['fix', '.'], folder);
        fixRun.problems.forEach((line) => assert.match(line, /^(nos: )?f\d\.nos\.txt: \S.*$/));
        names.forEach((name, i) => assert.ok(readFileSync(join(folder, name)).equals(expectedFix(files[i])), `${name} after nos fix`));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }),
  );
});
