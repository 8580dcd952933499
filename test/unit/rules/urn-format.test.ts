import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, fixAll } from '../../../server/src/core';
import { ROOT, sample } from '../helpers/fixtures';

const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const CLEAN_CY = sample('001');
const urns = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'urn-format');
const inject = (text: string, from: string, to: string) => {
  assert.equal(text.split(from).length, 2, `one “${from}”`);
  return text.replace(from, to);
};

describe('rule urn-format', () => {
  it('is silent on the URNs of clean text and of the samples but 003', () => {
    assert.deepEqual(urns(CLEAN_EN), []);
    assert.deepEqual(urns(CLEAN_CY), []);
    for (const n of ['000', '002', '004']) assert.deepEqual(urns(sample(n)), [], n);
  });

  it('warns on draft 003’s original URN “CfA CC13”, on that value alone', () => {
    const text = sample('003');
    const [finding, ...rest] = urns(text);
    assert.deepEqual(rest, []);
    assert.equal(finding.severity, 2);
    assert.match(finding.message, /^Mae “CfA CC13” yn URN anarferol/);
    const line = text.split('\n')[finding.range.start.line];
    assert.equal(line.slice(finding.range.start.character, finding.range.end.character), 'CfA CC13');
    assert.deepEqual(finding.fixes, [], 'an unusual URN is real: no automatic fix');
  });

  for (const [lang, clean, urn] of [['English', CLEAN_EN, 'ABCXYZ1'], ['Welsh', CLEAN_CY, 'SKAEAF2']] as const) {
    for (const invisible of ['\u200b', '\u00a0', '\u2060', '\ufeff']) {
      it(`removes U+${invisible.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} inside a URN, safely (${lang})`, () => {
        const text = clean.replace(new RegExp(`^${urn}$`, 'm'), urn.slice(0, 3) + invisible + urn.slice(3));
        assert.notEqual(text, clean);
        const [finding] = urns(text);
        assert.equal(finding.severity, 2);
        assert.equal(finding.fixes[0].safe, true);
        assert.equal(applyEdits(text, finding.fixes[0].edits), clean);
        // Fix-all removes them too, beside whatever else it fixes in the clean text.
        const fixedClean = fixAll(analyse(clean)) ? applyEdits(clean, fixAll(analyse(clean))!.edits) : clean;
        assert.equal(applyEdits(text, fixAll(analyse(text))!.edits), fixedClean);
      });
    }
  }

  it('leaves an invisible character at a URN’s edge to invisible-character, and reads the URN without it', () => {
    const text = inject(CLEAN_EN, 'URN: ABCXYZ1', 'URN: \u00ad ABCXYZ1\u200b');
    assert.deepEqual(urns(text), []);
    const invisibles = analyse(text).findings.filter((f) => f.ruleId === 'invisible-character');
    assert.equal(invisibles.length, 2);
    // Inside as well: urn-format takes only that one, and both are gone after one fix-all.
    const inside = inject(CLEAN_EN, 'URN: ABCXYZ1', 'URN: \u00ad ABC\u2060XYZ1');
    assert.deepEqual(urns(inside).map((f) => f.fixes[0].edits.length), [1]);
    const once = applyEdits(inside, fixAll(analyse(inside))!.edits);
    assert.equal(fixAll(analyse(once)), null);
  });

  it('reports text that is no URN as an error, each URN of a list on its own', () => {
    const [finding] = urns(inject(CLEAN_EN, 'URN: ABCXYZ1', 'URN: 12345'));
    assert.equal(finding?.severity, 1);
    assert.match(finding.message, /“12345” is not a URN/);
    const list = urns(inject(CLEAN_EN, '\nABCXYZ1\n', '\nABCXYZ1; SFH CHS10; 42\n'));
    assert.deepEqual(list.map((f) => [f.severity, f.range.end.character - f.range.start.character]), [[2, 9], [1, 2]]);
  });
});
