import * as assert from 'node:assert/strict';
import { checkSuite } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { draft, findingKeys, generatedSuite, markedSuite, suiteOf, uriOf } from '../helpers/suite';

const urns = (texts: Record<string, string>) => checkSuite(suiteOf(texts)).filter((f) => f.ruleId === 'duplicate-urn');
const SAMPLES = Object.fromEntries(['000', '001', '002', '003', '004'].map((n) => [n, sample(n)]));

describe('rule duplicate-urn', () => {
  it('finds what the marked fixture suite marks', () => {
    const { texts, expected } = markedSuite();
    assert.deepEqual(findingKeys(urns(texts)), expected.filter((key) => key.endsWith(':duplicate-urn')).map((k) => k.replace('.nos.txt', '')));
  });

  it('is silent on a generated suite, on the samples, and on English and Welsh versions that share their URN', () => {
    assert.deepEqual(urns(generatedSuite(20)), []);
    assert.deepEqual(urns(SAMPLES), []);
    const english = draft(1, { urn: 'SKAEAF2' });
    assert.deepEqual(urns({ en: english, cy: sample('001') }), []);
  });

  it('reports a URN copied into another file of the same language, in both, at the URN, naming the other', () => {
    const clean = { '001': draft(1), '002': draft(2) };
    assert.deepEqual(urns(clean), []);
    const injected = { ...clean, '002': draft(2, { urn: 'ABCXYZ1' }) };
    const findings = urns(injected);
    assert.deepEqual(findings.map((f) => f.uri), [uriOf('001'), uriOf('002')]);
    for (const [i, finding] of findings.entries()) {
      const text = Object.values(injected)[i];
      const { start, end } = finding.range;
      assert.equal(text.split('\n')[start.line].slice(start.character, end.character), 'ABCXYZ1');
      assert.equal(finding.severity, 1);
      assert.equal(finding.related.length, 1);
    }
    assert.equal(findings[0].message, 'The URN “ABCXYZ1” is also the URN of “002.nos.txt”, in the same language: each standard has its own.');
    assert.deepEqual(findings[0].related[0].uri, uriOf('002'));
    // Putting the URN back removes both.
    assert.deepEqual(urns({ ...injected, '002': draft(2) }), []);
  });

  it('compares URNs without case, spaces or invisible characters, and names every other file', () => {
    const findings = urns({ a: draft(1), b: draft(2, { urn: 'abcxyz1' }), c: draft(3, { urn: 'ABC\u200bXYZ1' }) });
    assert.deepEqual(findings.map((f) => f.related.length), [2, 2, 2]);
    assert.match(findings[0].message, /“b\.nos\.txt”, “c\.nos\.txt”/);
  });

  it('names a few other files and counts the rest, and lists at most twenty related places, however many share the URN', () => {
    const texts = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${String(i).padStart(2, '0')}`, draft(i + 1, { urn: 'ABCXYZ1' })]));
    const findings = urns(texts);
    assert.equal(findings.length, 30);
    assert.equal(findings[0].message, 'The URN “ABCXYZ1” is also the URN of “f01.nos.txt”, “f02.nos.txt”, “f03.nos.txt” and 26 more, in the same language: each standard has its own.');
    assert.ok(findings.every((f) => f.related.length === 20));
    const cy = sample('001');
    const welsh = urns(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`c${i}`, cy.replace('Datblygu a chynnal', `Cynnal ${i}`)])));
    assert.match(welsh[0].message, /“c3\.nos\.txt” a 1 arall, yn yr un iaith/);
  });

  it('speaks Welsh in a Welsh file', () => {
    const cy = sample('001');
    const [finding] = urns({ a: cy, b: cy.replace('Datblygu a chynnal', 'Cynnal') });
    assert.equal(finding.message, 'Mae\'r URN “SKAEAF2” hefyd yn URN “b.nos.txt”, yn yr un iaith: mae gan bob safon ei URN ei hun.');
  });

  it('leaves URNs that are template filler or missing to the document rules', () => {
    assert.deepEqual(urns({ a: draft(1, { urn: 'TBC' }), b: draft(2, { urn: 'TBC' }) }), []);
    const noUrn = (n: number) => draft(n).replace(/^URN: .*\n/m, '');
    assert.deepEqual(urns({ a: noUrn(1), b: noUrn(2) }), []);
  });
});
