import * as assert from 'node:assert/strict';
import { checkSuite } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { draft, findingKeys, generatedSuite, markedSuite, suiteOf } from '../helpers/suite';

const links = (texts: Record<string, string>) => checkSuite(suiteOf(texts)).filter((f) => f.ruleId === 'unknown-link');
const linked = (findings: ReturnType<typeof links>, texts: Record<string, string>) =>
  findings.map((f) => Object.values(texts)[Object.keys(texts).findIndex((name) => f.uri.includes(`/${name}.`))]
    .split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character));

describe('rule unknown-link', () => {
  it('finds what the marked fixture suite marks', () => {
    const { texts, expected } = markedSuite();
    assert.deepEqual(findingKeys(links(texts)), expected.filter((key) => key.endsWith(':unknown-link')).map((k) => k.replace('.nos.txt', '')));
  });

  it('is silent on a generated suite whose links all resolve, and on the samples', () => {
    assert.deepEqual(links(generatedSuite(20)), []);
    assert.deepEqual(links(Object.fromEntries(['000', '001', '002', '003', '004'].map((n) => [n, sample(n)]))), []);
  });

  it('reports a link with the suite’s prefix that no file has, at the URN, as information', () => {
    const clean = { a: draft(1, { links: 'ABCXYZ2' }), b: draft(2) };
    assert.deepEqual(links(clean), []);
    const injected = { ...clean, a: draft(1, { links: 'ABCXYZ2\nABCXYZ9 Handle refunds' }) };
    const findings = links(injected);
    assert.deepEqual(linked(findings, injected), ['ABCXYZ9']);
    assert.equal(findings[0].severity, 3);
    assert.equal(findings[0].message, 'No file here has the URN “ABCXYZ9”: check the link, or add that standard to the folder.');
  });

  it('stays silent on other bodies’ and suites’ URNs, on original URNs the suite holds, and on URNs outside the links section', () => {
    const texts = {
      a: draft(1, { links: 'LANAgM17; SFHCHS10; CFACC13' }).replace('This standard is for', 'Compare ABCXYZ8. This standard is for'),
      b: draft(2).replace('Original URN\n\nABCXYZ2', 'Original URN\n\nCFACC13'),
    };
    assert.deepEqual(links(texts), []);
  });

  it('reads the Welsh heading and speaks Welsh', () => {
    const cy = sample('001').replace('Dolenni I NOS Eraill\n', 'Dolenni I NOS Eraill\n\nSKAEAF3; SKAEAF9\n');
    const texts = { cy, other: sample('001').replace('URN: SKAEAF2', 'URN: SKAEAF3') };
    const findings = links(texts);
    assert.deepEqual(linked(findings, texts), ['SKAEAF9']);
    assert.equal(findings[0].message, 'Nid oes gan yr un ffeil yma\'r URN “SKAEAF9”: gwiriwch y ddolen, neu ychwanegwch y safon honno at y ffolder.');
  });

  it('is silent on the links of a standard alone in the folder with its prefix, in one language or both', () => {
    const a = draft(1, { links: 'ABCXYZ2; ABCXYZ9' });
    assert.deepEqual(links({ a, other: draft(1).replace(/ABCXYZ1/g, 'LANAgM1') }), []);
    const cy = sample('001').replace('Dolenni I NOS Eraill\n', 'Dolenni I NOS Eraill\n\nSKAEAF9\n');
    assert.deepEqual(links({ cy, en: cy.replace('Dolenni I NOS Eraill\n\nSKAEAF9\n', 'Dolenni I NOS Eraill\n') }), []);
    assert.deepEqual(linked(links({ a, b: draft(2) }), { a, b: draft(2) }), ['ABCXYZ9']);
  });

  it('is silent in a suite with no URNs: it has no prefix to go by', () => {
    const noUrn = draft(1, { links: 'ABCXYZ9' }).replace(/^URN: .*\n/m, '').replace('Original URN\n\nABCXYZ1', 'Original URN\n\n');
    assert.deepEqual(links({ a: noUrn }), []);
  });
});
