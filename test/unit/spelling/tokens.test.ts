import * as assert from 'node:assert/strict';
import { lineWords } from '../../../server/src/core';
import { radicalCandidates } from '../../../server/src/core/welsh/mutations';

const words = (line: string, lang: 'en' | 'cy' = 'en') => lineWords(line, lang).map((t) => t.word);

describe('spelling tokeniser', () => {
  it('passes over item labels, URNs, SOC codes, numbers and acronyms', () => {
    assert.deepEqual(words('P12 greet K3 customers 1. URN: SKAEAF2 SOC 3542 INSCC101 GDPR SLAs CfA 2nd'), ['greet', 'customers']);
  });

  it('passes over names inside a sentence and joined names, but checks a capitalised first word', () => {
    assert.deepEqual(words('Greet customers of Instructus and SkillsActive. Then record'), ['Greet', 'customers', 'of', 'and', 'Then', 'record']);
    assert.deepEqual(words('of Instructus', 'en').length, 1);
    assert.deepEqual(lineWords('Instructus', 'en', false), []);
  });

  it('passes over URLs, e-mail addresses and paths', () => {
    assert.deepEqual(words('see https://www.ukstandards.org.uk/nos?id=1 or www.gov.wales or help@example.org now'), ['see', 'or', 'or', 'now']);
    assert.deepEqual(words('open C:\\Drafts\\nos.txt or WWW.Gov.Wales, file:///tmp/x, mailto:help@example.org; www and wwwx. stay'),
      ['open', 'or', 'www', 'and', 'wwwx', 'stay']);
  });

  it('passes over a word with an invisible character in it, and HTML entities and tags: other rules own them', () => {
    assert.deepEqual(words('record accu\u200brately the informa\u00adtion and\u2060 the\ufeff rest'), ['record', 'the', 'rest']);
    assert.deepEqual(words('health&nbsp;and safety &amp; welfare, R&D and Q&A'), ['safety', 'welfare', 'and']);
    assert.deepEqual(words('keep\u2009thin\u00a0spaces'), ['keep', 'thin', 'spaces']);
    assert.deepEqual(words('services.<br>Next <b>bold</b> and 3 < 4 > 2'), ['and']);
  });

  it('splits Welsh clitics off the word they lean on and leaves them out', () => {
    assert.deepEqual(words("Mae'r safon yma'n ymwneud â'ch cwsmeriaid i'w gwasanaethu a'i sy'n 'r", 'cy'),
      ['Mae', 'safon', 'yma', 'ymwneud', 'cwsmeriaid', 'gwasanaethu', 'sy']);
    // Curly and modifier apostrophes too, folded to ' in what is checked.
    assert.deepEqual(words('gweithio’n gweithioʼr', 'cy'), ['gweithio', 'gweithio']);
  });

  it('drops the English possessive and keeps contractions whole', () => {
    assert.deepEqual(words("the customer's request, customers' needs, don’t"), ['the', 'customer', 'request', 'customers', 'needs', "don't"]);
  });

  it('keeps hyphenated compounds whole, with their parts and exact offsets', () => {
    const [token] = lineWords('di-eiriau', 'cy');
    assert.deepEqual(token, { start: 0, end: 9, word: 'di-eiriau', parts: [{ start: 0, end: 2, word: 'di' }, { start: 3, end: 9, word: 'eiriau' }] });
    const line = '  **aml-ollwng** x';
    const [compound] = lineWords(line, 'cy');
    assert.equal(line.slice(compound.start, compound.end), 'aml-ollwng');
  });

  it('gives UTF-16 offsets past astral characters and marks', () => {
    const line = '😀 greet cafe\u0301 customers';
    const tokens = lineWords(line, 'en');
    assert.deepEqual(tokens.map((t) => line.slice(t.start, t.end)), ['greet', 'cafe\u0301', 'customers']);
  });

  it('de-mutates: every radical a Welsh form may come from', () => {
    assert.ok(radicalCandidates('wasanaeth').includes('gwasanaeth'));
    assert.ok(radicalCandidates('nghwsmeriaid').includes('cwsmeriaid'));
    assert.ok(radicalCandidates('chwsmeriaid').includes('cwsmeriaid'));
    assert.ok(radicalCandidates('hawdurdod').includes('awdurdod'));
    assert.deepEqual(['bob', 'mob'].every((w) => radicalCandidates('fob').includes(w)), true);
    assert.ok(!radicalCandidates('cwsmer').includes('cwsmer'));
  });
});
