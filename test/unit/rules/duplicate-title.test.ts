import * as assert from 'node:assert/strict';
import { checkSuite } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { draft, findingKeys, generatedSuite, markedSuite, suiteOf, uriOf } from '../helpers/suite';

const titles = (texts: Record<string, string>) => checkSuite(suiteOf(texts)).filter((f) => f.ruleId === 'duplicate-title');
const TITLE = 'Respond to customer enquiries in a contact centre';

describe('rule duplicate-title', () => {
  it('finds what the marked fixture suite marks', () => {
    const { texts, expected } = markedSuite();
    assert.deepEqual(findingKeys(titles(texts)), expected.filter((key) => key.endsWith(':duplicate-title')).map((k) => k.replace('.nos.txt', '')));
  });

  it('is silent on a generated suite and on the samples', () => {
    assert.deepEqual(titles(generatedSuite(20)), []);
    assert.deepEqual(titles(Object.fromEntries(['000', '001', '002', '003', '004'].map((n) => [n, sample(n)]))), []);
  });

  it('warns on a title copied into another standard of the same language, in both, at the title', () => {
    const injected = { a: draft(1, { title: TITLE }), b: draft(2, { title: TITLE }) };
    const findings = titles(injected);
    assert.deepEqual(findings.map((f) => [f.uri, f.range.start.line, f.range.end.character, f.severity]),
      [[uriOf('a'), 0, TITLE.length, 2], [uriOf('b'), 0, TITLE.length, 2]]);
    assert.equal(findings[0].message, 'The same title as “b.nos.txt”, in the same language: give each standard a title of its own.');
    assert.deepEqual(findings[0].related.map((r) => [r.uri, r.message]), [[uriOf('b'), 'The same title here']]);
    assert.deepEqual(titles({ ...injected, b: draft(2) }), []);
  });

  it('compares titles without case, spacing or a final stop', () => {
    assert.equal(titles({ a: draft(1, { title: TITLE }), b: draft(2, { title: `${TITLE.toUpperCase()}  .`.replace('  .', '.').replace(' IN ', '  IN ') }) }).length, 2);
  });

  it('is silent across languages, between files that share their URN (duplicate-urn says it), and on filler', () => {
    const welsh = sample('001');
    const welshTitle = welsh.split('\n')[0];
    assert.deepEqual(titles({ en: draft(1, { title: welshTitle }), cy: welsh }), []);
    assert.deepEqual(titles({ a: draft(1, { title: TITLE }), b: draft(1, { title: TITLE }) }), []);
    assert.deepEqual(titles({ a: draft(1, { title: 'TBC' }), b: draft(2, { title: 'TBC' }) }), []);
  });

  it('speaks Welsh in a Welsh file', () => {
    const cy = sample('001');
    const [finding] = titles({ a: cy, b: cy.replace('SKAEAF2', 'SKAEAF3') });
    assert.equal(finding.message, 'Yr un teitl â “b.nos.txt”, yn yr un iaith: rhowch ei deitl ei hun i bob safon.');
    assert.equal(finding.related[0].message, 'Yr un teitl yma');
  });
});
