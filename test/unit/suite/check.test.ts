// The suite contract: suite rules are rules of the registry, run over a list of suite
// documents by one pure function, each finding placed in one file, in that file's
// language and under that file's settings.

import * as assert from 'node:assert/strict';
import { checkSuite, isRuleId, RULES, SUITE_RULES, DOCUMENT_RULES, analyse } from '../../../server/src/core';
import { draft, generatedSuite, suiteOf, uriOf } from '../helpers/suite';
import { sample } from '../helpers/fixtures';

describe('suite contract', () => {
  it('registers the suite rules beside the document rules, and the analysis of one document runs none of them', () => {
    const ids = SUITE_RULES.map((rule) => rule.id).sort();
    assert.deepEqual(ids, ['duplicate-title', 'duplicate-urn', 'pair-alignment', 'unknown-link']);
    for (const id of ids) assert.ok(isRuleId(id) && RULES.some((rule) => rule.id === id));
    assert.equal(DOCUMENT_RULES.length + SUITE_RULES.length, RULES.length);
    const findings = analyse(draft(1)).findings;
    assert.ok(!findings.some((f) => ids.includes(f.ruleId)));
  });

  it('is silent on a generated suite of distinct, linked drafts and on the samples', () => {
    assert.deepEqual(checkSuite(suiteOf(generatedSuite(12))), []);
    assert.deepEqual(checkSuite(suiteOf(Object.fromEntries(['000', '001', '002', '003', '004'].map((n) => [n, sample(n)])))), []);
  });

  it('places each finding in one file, with the other files as related places', () => {
    const suite = suiteOf({ a: draft(1), b: draft(2, { urn: 'ABCXYZ1' }) });
    const findings = checkSuite(suite);
    assert.deepEqual(findings.map((f) => [f.uri, f.ruleId]), [[uriOf('a'), 'duplicate-urn'], [uriOf('b'), 'duplicate-urn']]);
    assert.deepEqual(findings[0].related.map((r) => [r.uri, r.range.start.line]), [[uriOf('b'), 2]]);
    assert.deepEqual(findings[0].fixes, []);
  });

  it('follows each file\'s settings: off there, or another severity', () => {
    const [a, b] = suiteOf({ a: draft(1), b: draft(2, { urn: 'ABCXYZ1' }) });
    const findings = checkSuite([{ ...a, rules: { 'duplicate-urn': 'off' } }, { ...b, rules: { 'duplicate-urn': 'hint' } }]);
    assert.deepEqual(findings.map((f) => [f.uri, f.severity]), [[uriOf('b'), 4]]);
  });
});
