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

/** The rules found, spelling aside: the fixture's «markers», read as text here, are words no dictionary knows. */
function codes(file: CheckJson['files'][number]): string[] {
  return [...new Set(file.diagnostics.map((d) => d.code).filter((code) => code !== 'spelling'))].sort();
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
    assert.match(broken.stderr, /^nos: bad\/\.nosrc\.json:1:12: Nid yw hyn yn JSON dilys \(\w+\)\.( \(\d+ problem arall\))?\n$/);
  });

  it('checks the drafts the "files" globs name in a folder, whatever their names, as part of the suite', () => {
    const project = join(dir(), 'files');
    // Two copies of one standard: each names the other as having its URN (a suite check).
    copyInto(S001, join(project, 'standards/one.md'));
    copyInto(S001, join(project, 'two.nos.txt'));
    copyInto(GLOSSARY, join(project, 'standards/deep/three.md'));
    copyInto(GLOSSARY, join(project, 'notes/four.md'));
    const paths = (run: ReturnType<typeof checkJson>) => run.json.files.map((file) => file.path);
    assert.deepEqual(paths(checkJson(['.'], project)), ['two.nos.txt'], 'a .md is no draft by its name');
    writeInto(join(project, '.nosrc.json'), '{"files": ["standards/*.md"]}');
    const run = checkJson(['.'], project);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(paths(run), ['standards/one.md', 'two.nos.txt']);
    for (const file of run.json.files) assert.ok(file.diagnostics.some((d) => d.code === 'duplicate-urn'), file.path);
    // A folder below the file: the globs of the files at and above it count, each from its own folder.
    writeInto(join(project, 'standards/.nosrc.json'), '{"language": "cy"}');
    assert.deepEqual(paths(checkJson(['standards'], project)), ['standards/one.md']);
    assert.deepEqual(paths(checkJson(['.'], join(project, 'standards'))), ['one.md']);
    assert.deepEqual(paths(checkJson(['notes'], project)).length, 0);
    // A pattern without "/" names files in any folder below; --config FILE is the one file read.
    writeInto(join(project, 'ci.json'), '{"files": ["*.md"]}');
    assert.deepEqual(paths(checkJson(['--config', 'ci.json', '.'], project)), ['notes/four.md', 'standards/deep/three.md', 'standards/one.md', 'two.nos.txt']);
    const reported = JSON.parse(nos(['report', '--format', 'json', 'standards'], project).stdout) as { standards: { path: string }[] };
    assert.deepEqual(reported.standards.map((standard) => standard.path), ['standards/one.md']);
    const fixed = nos(['fix', '.'], project);
    assert.match(fixed.stderr, /^standards\/one\.md: \d+ fixes$/m);
  });

  it('reports a "files" glob outside the folder as a problem of the file, and checks none of its drafts', () => {
    const project = join(dir(), 'files-invalid');
    copyInto(S001, join(project, 'drafts/one.md'));
    writeInto(join(project, '.nosrc.json'), '{\n  "files": ["drafts/*.md", "../*.md"]\n}\n');
    const run = nos(['check', '.'], project);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'nos: .nosrc.json:2:28: "files": "../*.md" must be relative to this file\'s folder, with "/" between folders and no "..": files outside it are not read.\n');
    assert.doesNotMatch(run.stdout, /^drafts\//m);
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
