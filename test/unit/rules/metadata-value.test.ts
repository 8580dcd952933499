import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, fixAll } from '../../../server/src/core';
import { ROOT, sample } from '../helpers/fixtures';

const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
/** Draft 003's metadata is clean in what this rule checks. */
const CLEAN_CY = sample('003');
const values = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'metadata-value');
const inject = (text: string, from: string, to: string) => {
  assert.equal(text.split(from).length, 2, `one “${from}”`);
  return text.replace(from, to);
};

describe('rule metadata-value', () => {
  it('is silent on clean values, in any case', () => {
    assert.deepEqual(values(CLEAN_EN), []);
    assert.deepEqual(values(CLEAN_CY), []);
    for (const [from, to] of [['\nCurrent\n', '\nLEGACY\n'], ['\nOriginal\n', '\ntailored\n'], ['\nCurrent\n', '\nAr hyn o bryd\n']]) {
      assert.deepEqual(values(inject(CLEAN_EN, from, to)), [], to);
    }
  });

  it('reports draft 001’s dangling keyword separator and drops it safely', () => {
    const text = sample('001');
    const [finding] = values(text);
    assert.equal(finding.message, 'Mae\'r geiriau allweddol yn gorffen â “;”: nid oes dim yn ei ddilyn.');
    const fixed = applyEdits(text, finding.fixes[0].edits);
    assert.ok(fixed.endsWith('gwasanaeth cwsmer; gweithgar; hamdden; cyfathrebu'));
    assert.equal(applyEdits(text, fixAll(analyse(text))!.edits).split('\n').at(-1), 'gwasanaeth cwsmer; gweithgar; hamdden; cyfathrebu');
  });

  for (const [lang, clean, from, misspelt] of [
    ['English', CLEAN_EN, '\nCurrent\n', '\nCurent\n'], ['English', CLEAN_EN, '\nOriginal\n', '\nOrignal\n'],
    ['Welsh', CLEAN_CY, 'Statws Gwreiddiol', 'Statws Gwreiddol'], ['Welsh', CLEAN_CY, 'Dilysrwydd Ar hyn o bryd', 'Dilysrwydd Ar hyn o brud'],
  ] as const) {
    it(`offers the allowed value nearest to “${misspelt.trim()}” (${lang})`, () => {
      const text = inject(clean, from, misspelt);
      const [finding] = values(text);
      assert.equal(finding.severity, 2);
      assert.equal(finding.fixes[0].safe, false, 'a value is for the writer to confirm');
      assert.equal(applyEdits(text, finding.fixes[0].edits), clean);
    });
  }

  it('says what is allowed when nothing is near, in the document’s language', () => {
    const [finding] = values(inject(CLEAN_CY, 'Dilysrwydd Ar hyn o bryd', 'Dilysrwydd Archif'));
    assert.equal(finding.message, 'Nid yw “Archif” yn werth a ganiateir ar gyfer “Dilysrwydd”: “Ar hyn o bryd” neu “Legacy”.');
    assert.deepEqual(finding.fixes, []);
  });

  it('reads versions written as “v2” or “2.0” as the whole number', () => {
    for (const version of ['v1', 'V 1', '1.0', 'Version 1']) {
      const text = inject(CLEAN_EN, '\nVersion number\n\n1\n', `\nVersion number\n\n${version}\n`);
      const [finding] = values(text);
      assert.equal(applyEdits(text, finding.fixes[0].edits), CLEAN_EN, version);
    }
    const [none] = values(inject(CLEAN_EN, '\nVersion number\n\n1\n', '\nVersion number\n\n0\n'));
    assert.deepEqual(none.fixes, []);
  });

  it('drops a dangling comma from comma-separated keywords', () => {
    const text = inject(CLEAN_CY, 'gofynion rheoliadol', 'gofynion rheoliadol,');
    assert.equal(applyEdits(text, values(text)[0].fixes[0].edits), CLEAN_CY);
  });

  it('sees a dangling separator through invisible characters after it, and leaves those to invisible-character', () => {
    const text = inject(CLEAN_CY, 'gofynion rheoliadol', 'gofynion rheoliadol, \u00ad');
    assert.equal(applyEdits(text, values(text)[0].fixes[0].edits), inject(CLEAN_CY, 'gofynion rheoliadol', 'gofynion rheoliadol \u00ad'));
    assert.equal(applyEdits(text, fixAll(analyse(text))!.edits), CLEAN_CY);
  });
});
