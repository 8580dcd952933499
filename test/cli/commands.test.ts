// `nos rules`, `check --max-warnings`, and each command's own list of output formats.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { RULES } from '../../server/src/core';
import { copyInto, nos, scratch, writeInto } from './helpers/cli';

const SEVERITIES = ['', 'error', 'warning', 'information', 'hint'];

describe('nos rules, --max-warnings and formats', function () {
  this.timeout(20_000);
  const { dir } = scratch();

  it('nos rules --format json lists every rule: id, format rules, default severity, fixes, description', () => {
    for (const lang of ['en', 'cy'] as const) {
      const run = nos(['rules', '--format', 'json', '--lang', lang], dir());
      assert.equal(run.status, 0, run.stderr);
      const listed = JSON.parse(run.stdout) as { id: string; covers: string[]; defaultSeverity: string; fixable: string | false; description: string }[];
      assert.deepEqual(listed.map((rule) => rule.id), RULES.map((rule) => rule.id));
      listed.forEach((entry, i) => {
        assert.deepEqual(entry.covers, RULES[i].covers);
        assert.equal(entry.defaultSeverity, SEVERITIES[RULES[i].defaultSeverity]);
        assert.equal(entry.description, RULES[i].description[lang]);
      });
      assert.equal(listed.find((rule) => rule.id === 'criteria-numbering')?.fixable, 'safe');
    }
  });

  it('nos rules prints one aligned line per rule, in English unless --lang cy', () => {
    const lines = nos(['rules'], dir()).stdout.trimEnd().split('\n');
    assert.equal(lines.length, RULES.length);
    const severityColumn = lines[0].indexOf(` ${SEVERITIES[RULES[0].defaultSeverity]} `) + 1;
    lines.forEach((line, i) => {
      assert.ok(line.startsWith(RULES[i].id), line);
      assert.ok(line.endsWith(RULES[i].description.en), line);
      assert.ok(line.startsWith(`${SEVERITIES[RULES[i].defaultSeverity]} `, severityColumn), line);
    });
    assert.ok(nos(['rules', '--lang', 'cy'], dir()).stdout.includes(RULES[0].description.cy));
    const withFile = nos(['rules', 'draft.nos.txt'], dir());
    assert.equal(withFile.status, 2);
    assert.match(withFile.stderr, /^nos: rules takes no file or directory\n/);
  });

  it('--max-warnings N exits 1 when there are more than N warnings, and 0 at N', () => {
    const project = join(dir(), 'warnings');
    copyInto('test/fixtures/layouts/welsh-glossary.nos.txt', join(project, 'a.nos.txt'));
    copyInto('test/fixtures/layouts/welsh-glossary.nos.txt', join(project, 'b.nos.txt'));
    // Two copies of one draft: each is counted on its own, without the suite checks.
    const plain = nos(['check', '--no-workspace', '.'], project);
    assert.equal(plain.status, 0, plain.stderr);
    assert.match(plain.stdout, /^2 files, 0 errors, 2 warnings, /m);
    assert.equal(nos(['check', '--no-workspace', '--max-warnings', '2', '.'], project).status, 0);
    const over = nos(['check', '--no-workspace', '--max-warnings', '1', '--format', 'json', '.'], project);
    assert.equal(over.status, 1);
    assert.equal(over.stderr, 'nos: 2 warnings, more than --max-warnings 1\n');
    assert.equal((JSON.parse(over.stdout) as { files: unknown[] }).files.length, 2);
    // Raised by the configuration too: severities count as configured.
    writeInto(join(project, '.nosrc.json'), '{"rules": {"orphan-glossary-term": "warning"}}');
    assert.equal(nos(['check', '--max-warnings', '2', '.'], project).status, 1);
    assert.equal(nos(['check', '--max-warnings', '-1', '.'], project).status, 2);
    for (const bad of ['two', '1.5', '']) {
      const run = nos(['check', '--max-warnings', bad, '.'], project);
      assert.equal(run.status, 2, bad);
      assert.match(run.stderr, /^nos: --max-warnings must be a whole number \(0 or more\)\n/);
    }
  });

  it('each command takes only its own formats', () => {
    const draft = copyInto('test/fixtures/cli/clean-en.nos.txt', join(dir(), 'clean.nos.txt'));
    for (const format of ['text', 'json', 'sarif']) assert.equal(nos(['check', '--format', format, draft], dir()).status, 0, format);
    for (const format of ['text', 'json']) assert.equal(nos(['outline', '--format', format, draft], dir()).status, 0, format);
    const sarifOutline = nos(['outline', '--format', 'sarif', draft], dir());
    assert.equal(sarifOutline.status, 2);
    assert.match(sarifOutline.stderr, /^nos: --format must be one of text, json\n/);
    assert.match(nos(['check', '--format', 'xml', draft], dir()).stderr, /^nos: --format must be one of text, json, sarif\n/);
    assert.match(nos(['rules', '--format', 'sarif'], dir()).stderr, /^nos: --format must be one of text, json\n/);
  });
});
