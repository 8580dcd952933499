// `nos check --format sarif`: valid SARIF 2.1.0 (checked against the standard's schema,
// a committed fixture), one run listing every rule, one result per finding with the
// place, level and message of the JSON output, and the safe fixes as replacements.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { RULES } from '../../server/src/core';
import { copyInto, nos, ROOT, scratch } from './helpers/cli';

const SCHEMA = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
const LEVELS = ['', 'error', 'warning', 'note', 'note'];

interface Diagnostic {
  code: string;
  severity: number;
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function validator() {
  // The schema's pattern for `language` is valid only without the regular expressions' u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(SCHEMA);
}

describe('nos check --format sarif', function () {
  this.timeout(20_000);
  const { dir } = scratch();
  let log: Sarif.Log;
  let files: { path: string; diagnostics: Diagnostic[] }[];

  before(() => {
    for (const name of ['000_7daf006c0ec7c0a9', '001_34a9c3b36a3c870e', '002_25cc69476f2f32d8', '003_6e5784cf57a97dd1', '004_5196af3d266bf4d9']) {
      copyInto(`samples/${name}.nos.txt`, join(dir(), 'samples', `${name}.nos.txt`));
    }
    copyInto('samples/001_34a9c3b36a3c870e.nos.txt', join(dir(), 'odd name #1', 'draft 1.nos.txt'));
    const run = nos(['check', '--format', 'sarif', 'samples', 'odd name #1'], dir());
    assert.equal(run.status, 1, run.stderr);
    log = JSON.parse(run.stdout) as Sarif.Log;
    files = (JSON.parse(nos(['check', '--format', 'json', 'samples', 'odd name #1'], dir()).stdout) as { files: typeof files }).files;
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    const validate = validator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    // The schema check itself catches a broken log.
    const broken = structuredClone(log);
    (broken.runs[0].results![0] as unknown as Record<string, unknown>).level = 'fatal';
    assert.equal(validate(broken), false);
  });

  it('has one run whose tool lists every rule with its description, level and page', () => {
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'nos');
    assert.deepEqual(driver.rules?.map((rule) => rule.id), RULES.map((rule) => rule.id));
    driver.rules!.forEach((descriptor, i) => {
      const rule = RULES[i];
      assert.equal(descriptor.shortDescription?.text, rule.description.en);
      assert.equal(descriptor.helpUri, `${pathToFileURL(ROOT).href}/docs/rules/${rule.id}.md`);
      assert.equal(descriptor.defaultConfiguration?.level, LEVELS[rule.defaultSeverity]);
      assert.deepEqual(descriptor.properties?.tags, rule.covers);
    });
  });

  it('has a result for each finding, with rule, level, message and region', () => {
    const results = log.runs[0].results!;
    const expected = files.flatMap((file) => file.diagnostics.map((d) => ({ file, d })));
    assert.equal(results.length, expected.length);
    assert.ok(results.length > 40);
    results.forEach((result, i) => {
      const { file, d } = expected[i];
      assert.equal(result.ruleId, d.code);
      assert.equal(log.runs[0].tool.driver.rules![result.ruleIndex!].id, d.code);
      assert.equal(result.level, LEVELS[d.severity]);
      assert.equal(result.message.text, d.message);
      const { artifactLocation, region } = result.locations![0].physicalLocation!;
      assert.equal(decodeURIComponent(artifactLocation!.uri!), file.path);
      assert.deepEqual(region, {
        startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
      });
    });
    assert.ok(results.some((result) => result.locations![0].physicalLocation!.artifactLocation!.uri === 'odd%20name%20%231/draft%201.nos.txt'));
  });

  it('gives the safe fixes, and only those, as replacements that correct the text', () => {
    const results = log.runs[0].results!;
    const withFixes = results.filter((result) => result.fixes);
    const safeRules = ['criteria-numbering', 'invisible-character', 'item-punctuation', 'lead-in', 'metadata-value', 'unnumbered-item'];
    assert.deepEqual([...new Set(withFixes.map((result) => result.ruleId))].sort(), safeRules);
    const text = readFileSync(join(ROOT, 'samples/001_34a9c3b36a3c870e.nos.txt'), 'utf8').split('\n');
    const first = withFixes.find((result) => result.ruleId === 'criteria-numbering' &&
      result.locations![0].physicalLocation!.artifactLocation!.uri!.endsWith('001_34a9c3b36a3c870e.nos.txt'))!;
    const [change] = first.fixes![0].artifactChanges;
    const [replacement] = change.replacements;
    const { startLine, startColumn, endColumn } = replacement.deletedRegion;
    assert.equal(text[startLine! - 1].slice(startColumn! - 1, endColumn! - 1), '1');
    assert.equal(replacement.insertedContent?.text, '2');
    assert.equal(change.artifactLocation.uri, first.locations![0].physicalLocation!.artifactLocation!.uri);
  });
});
