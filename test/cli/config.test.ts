// `.nosrc.json` on the command line: found by walking up from each draft, or given with
// --config; overrides scoped to a folder; problems reported as one line with exit status 2.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { copyInto, nos, scratch, writeInto } from './helpers/cli';

const GLOSSARY = 'test/fixtures/layouts/welsh-glossary.nos.txt';
const S001 = 'samples/001_34a9c3b36a3c870e.nos.txt';

interface CheckJson {
  files: { path: string; language: string; diagnostics: { code: string; severity: number }[] }[];
}

function checkJson(args: string[], cwd: string): { status: number | null; stderr: string; json: CheckJson } {
  const run = nos(['check', '--format', 'json', ...args], cwd);
  return { status: run.status, stderr: run.stderr, json: JSON.parse(run.stdout) as CheckJson };
}

function codes(file: CheckJson['files'][number]): string[] {
  return [...new Set(file.diagnostics.map((d) => d.code))].sort();
}

describe('nos and .nosrc.json', function () {
  this.timeout(20_000);
  const { dir } = scratch();

  it('{"rules": {"orphan-glossary-term": "off"}} silences that rule for the drafts below it', () => {
    const project = join(dir(), 'off');
    copyInto(GLOSSARY, join(project, 'drafts/glossary.nos.txt'));
    const before = checkJson(['drafts'], project);
    assert.deepEqual(codes(before.json.files[0]), ['missing-section', 'orphan-glossary-term']);
    writeInto(join(project, '.nosrc.json'), '// team settings\n{"rules": {"orphan-glossary-term": "off"}}\n');
    const after = checkJson(['drafts'], project);
    assert.equal(after.status, 0, after.stderr);
    assert.deepEqual(codes(after.json.files[0]), ['missing-section']);
    // Found from any working directory, by walking up from the draft.
    assert.deepEqual(codes(checkJson([join(project, 'drafts/glossary.nos.txt')], dir()).json.files[0]), ['missing-section']);
  });

  it('applies an override scoped to one folder only there, and the nearest file wins', () => {
    const project = join(dir(), 'overrides');
    copyInto(GLOSSARY, join(project, 'quiet/a.nos.txt'));
    copyInto(GLOSSARY, join(project, 'loud/a.nos.txt'));
    copyInto(GLOSSARY, join(project, 'nested/a.nos.txt'));
    writeInto(join(project, '.nosrc.json'), JSON.stringify({
      rules: { 'missing-section': 'hint' },
      overrides: [{ files: ['quiet/**'], rules: { 'orphan-glossary-term': 'off' } }],
    }));
    writeInto(join(project, 'nested/.nosrc.json'), '{}');
    // Three copies of one draft: checked each on its own, without the suite checks.
    const { json } = checkJson(['--no-workspace', '.'], project);
    const byPath = Object.fromEntries(json.files.map((file) => [file.path, file]));
    assert.deepEqual(codes(byPath['quiet/a.nos.txt']), ['missing-section']);
    assert.deepEqual(codes(byPath['loud/a.nos.txt']), ['missing-section', 'orphan-glossary-term']);
    assert.equal(byPath['loud/a.nos.txt'].diagnostics.find((d) => d.code === 'missing-section')?.severity, 4);
    // The nearer, empty file governs nested/: the defaults hold there.
    assert.equal(byPath['nested/a.nos.txt'].diagnostics.find((d) => d.code === 'missing-section')?.severity, 2);
  });

  it('takes the language from the file unless --lang is given', () => {
    const project = join(dir(), 'language');
    copyInto(S001, join(project, 'draft.nos.txt'));
    writeInto(join(project, '.nosrc.json'), '{"language": "en"}');
    assert.equal(checkJson(['draft.nos.txt'], project).json.files[0].language, 'en');
    assert.equal(checkJson(['--lang', 'cy', 'draft.nos.txt'], project).json.files[0].language, 'cy');
    assert.equal(checkJson(['--lang', 'auto', 'draft.nos.txt'], project).json.files[0].language, 'cy');
  });

  it('uses --config FILE for every draft instead of the nearest file', () => {
    const project = join(dir(), 'explicit');
    copyInto(GLOSSARY, join(project, 'a.nos.txt'));
    writeInto(join(project, '.nosrc.json'), '{"rules": {"orphan-glossary-term": "off"}}');
    writeInto(join(project, 'ci.json'), '{"rules": {"missing-section": "off"}}');
    assert.deepEqual(codes(checkJson(['--config', 'ci.json', 'a.nos.txt'], project).json.files[0]), ['orphan-glossary-term']);
    const missing = nos(['check', '--config', 'nowhere.json', 'a.nos.txt'], project);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'nos: nowhere.json: no such file or directory\n');
    assert.equal(missing.stdout, '');
  });

  it('reports a configuration file with problems as one line, exit status 2, and checks none of its drafts', () => {
    const project = join(dir(), 'invalid');
    copyInto(GLOSSARY, join(project, 'bad/a.nos.txt'));
    copyInto(GLOSSARY, join(project, 'bad/b.nos.txt'));
    copyInto(GLOSSARY, join(project, 'good/a.nos.txt'));
    writeInto(join(project, 'bad/.nosrc.json'), '{\n  "rules": {\n    "orphan-glossary-term": "of"\n  },\n  "lang": "cy"\n}\n');
    writeInto(join(project, 'good/.nosrc.json'), '{}');
    const run = nos(['check', '.'], project);
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr,
      'nos: bad/.nosrc.json:3:29: The severity of "orphan-glossary-term" must be one of "error", "warning", "information", "hint", "off". (1 more problem)\n',
    );
    assert.match(run.stdout, /^good\/a\.nos\.txt:17:1 information orphan-glossary-term /m);
    assert.doesNotMatch(run.stdout, /^bad\//m);
    assert.match(run.stdout, /^1 file, /m);

    const explicit = nos(['check', '--config', 'bad/.nosrc.json', 'good'], project);
    assert.equal(explicit.status, 2);
    assert.match(explicit.stderr, /^nos: bad\/\.nosrc\.json:3:29: The severity of "orphan-glossary-term" must be one of .*\n$/);
    assert.equal(explicit.stdout, '');

    writeInto(join(project, 'bad/.nosrc.json'), '{"rules": {');
    const broken = nos(['check', '--lang', 'cy', 'bad'], project);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /^nos: bad\/\.nosrc\.json:1:12: Nid yw hyn yn JSON dilys \(\w+\)\.( \(\d+ more problems?\))?\n$/);
  });

  it('applies configuration to fix and outline too', () => {
    const project = join(dir(), 'commands');
    copyInto(S001, join(project, 'draft.nos.txt'));
    // Every rule with safe fixes off: nothing is left for fix to do.
    const off = ['criteria-numbering', 'lead-in', 'invisible-character', 'item-punctuation', 'mixed-language', 'unnumbered-item', 'metadata-value'];
    writeInto(join(project, '.nosrc.json'), JSON.stringify({ language: 'en', rules: Object.fromEntries(off.map((id) => [id, 'off'])) }));
    const fixed = nos(['fix', '--stdout', 'draft.nos.txt'], project);
    assert.equal(fixed.status, 0, fixed.stderr);
    assert.equal(fixed.stderr, '');
    const outline = JSON.parse(nos(['outline', '--format', 'json', 'draft.nos.txt'], project).stdout) as { language: string };
    assert.equal(outline.language, 'en');
  });
});
