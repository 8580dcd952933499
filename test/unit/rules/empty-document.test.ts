import * as assert from 'node:assert/strict';
import { analyse, languageFor, languageOfName, looksLikeNos } from '../../../server/src/core';
import { sample, sampleNames } from '../helpers/fixtures';

const ids = (text: string, options = {}) => analyse(text, options).findings.map((f) => f.ruleId);

describe('rule empty-document', () => {
  it('gives an empty or nearly empty document one information finding and nothing else', () => {
    for (const text of ['', '\n\n  \n', 'Plan work', 'Plan work\nURN: CFAPLAN1\n', 'Plan work\r\nURN: CFAPLAN1\r\nnotes to self']) {
      const { findings } = analyse(text);
      assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]), [['empty-document', 3]], JSON.stringify(text));
      assert.deepEqual(findings[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.match(findings[0].message, /nos-en or nos-cy snippet .* “NOS: New standard”/);
    }
  });

  it('speaks the language set, or named by the file, with no English in Welsh', () => {
    const [welsh] = analyse('', { language: languageFor('auto', '/drafts/new.cy.nos.txt') }).findings;
    assert.equal(welsh.message, "Nid oes penawdau yn y safon hon eto. Dechreuwch o'r pwt nos-cy neu nos-en (teipiwch ei enw, yna Tab), neu rhedwch “NOS: Safon newydd”.");
    assert.equal(analyse('', { language: 'cy' }).findings[0].message, welsh.message);
    assert.equal(languageOfName('draft.EN.nos.md'), 'en');
    assert.equal(languageOfName('draft.nos.txt'), null);
    assert.equal(languageOfName('cy.nos.txt'), null);
    assert.equal(languageFor('en', 'x.cy.nos.txt'), 'en');
  });

  it('gives way to the other rules once there is a heading, a metadata field or more text', () => {
    assert.ok(!ids('Plan work\nOverview').includes('empty-document'));
    assert.ok(ids('Plan work\nOverview').includes('missing-section'));
    assert.ok(!ids('Plan work\nDeveloped by: Skills CFA').includes('empty-document'));
    assert.ok(!ids('a\nb\nc\nd').includes('empty-document'));
    assert.ok(!ids('x'.repeat(2000)).includes('empty-document'));
    assert.deepEqual(ids('Plan work\n' + ' '.repeat(5000)), ['empty-document']);
  });

  it('stays silent on every sample draft', () => {
    for (const name of sampleNames()) assert.ok(!ids(sample(name.slice(0, 3))).includes('empty-document'), name);
  });

  it('mutation: emptying a sample leaves just this finding; its text back, it goes', () => {
    const text = sample('002');
    assert.deepEqual(ids(text.split('\n').slice(0, 1).join('\n')), ['empty-document']);
    assert.ok(!ids(text).includes('empty-document'));
  });

  it('can be turned off like any rule', () => {
    assert.deepEqual(ids('', { rules: { 'empty-document': 'off' } }), []);
  });
});

describe('looksLikeNos', () => {
  it('recognises every sample draft, in its language, and not prose or a log', () => {
    assert.deepEqual(sampleNames().map((name) => looksLikeNos(sample(name.slice(0, 3)))), ['cy', 'cy', 'cy', 'cy', 'cy']);
    assert.equal(looksLikeNos('Overview\nThis standard is about planning.\nPerformance criteria\nYou must be able to:\n1. plan'), 'en');
    assert.equal(looksLikeNos('Meeting notes\nOverview of the week\n1. buy milk'), null);
    assert.equal(looksLikeNos('2024-01-01 12:00 INFO started\n'.repeat(5000)), null);
  });
});
