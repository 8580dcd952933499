import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../../server/src/core';
import { layoutFixtures, ROOT, sample } from '../helpers/fixtures';

const found = (text: string, language?: 'en' | 'cy') => analyse(text, { language }).findings.filter((f) => f.ruleId === 'criterion-verb');
const criteria = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/criteria', name), 'utf8').trim().split('\n');
/** A document whose performance criteria are `items`. */
const withCriteria = (items: string[]) => ['Serve customers', 'Overview', 'This standard is about service.', 'Performance criteria',
  'You must be able to:', ...items.map((item, i) => `${i + 1}. ${item}`), 'Knowledge and understanding', 'You need to know and understand:', '1. the law'].join('\n');

describe('rule criterion-verb', () => {
  it('is silent on the layout fixtures and on the clean samples', () => {
    for (const fixture of layoutFixtures()) assert.deepEqual(found(fixture.text), [], fixture.name);
    for (const n of ['002', '003', '004']) assert.deepEqual(found(sample(n)), [], n);
  });

  it('finds draft 000’s “cofnodion” and draft 001’s “pan fod”, in Welsh', () => {
    const [p7] = found(sample('000'));
    assert.equal(sample('000').split('\n')[p7.range.start.line].slice(p7.range.start.character, p7.range.end.character), 'cofnodion');
    const [p11] = found(sample('001'));
    assert.match(p11.message, /^Mae'r maen prawf hwn yn dechrau â “pan”, nid â berfenw/);
    // The examples are the document's verbs, whatever the messages' language.
    const [english] = analyse(sample('001'), { messages: 'en' }).findings.filter((f) => f.ruleId === 'criterion-verb');
    assert.equal(english.message, 'This criterion starts with “pan”, not a verb-noun: criteria say what the person does (“nodi”, “cytuno”, “cofnodi”).');
  });

  it('finds a Welsh criterion that starts with a noun, by its ending (-ion, -iaid, -wyr, -iad)', () => {
    const welsh = (items: string[]) => ['Gweini bwyd', 'Trosolwg', "Mae'r safon hon yn ymwneud â gweini.", 'Meini prawf perfformiad',
      'Rhaid i chi allu:', ...items.map((item, i) => `${i + 1}. ${item}`)].join('\n');
    const nouns = ["cwsmeriaid yn cael eu croesawu'n gynnes", 'gweithwyr yn dilyn y drefn', 'gofynion cyfreithiol yn cael eu bodloni', 'esboniad o gyfyngiadau cyfrinachedd'];
    assert.deepEqual(found(welsh(nouns)).map((f) => f.range.start.line), [5, 6, 7, 8]);
    assert.deepEqual(found(welsh(['croesawu cwsmeriaid', 'cyfarwyddo gweithwyr', 'ymateb i geisiadau', 'gwirio gofynion', 'esbonio cyfyngiadau', 'siarad â rhieni'])), []);
  });

  it('almost never fires on criteria written by professionals (at most 1 in 50)', () => {
    const verbs = criteria('verb-first-en.txt');
    const flagged = found(withCriteria(verbs)).map((f) => f.message);
    assert.ok(flagged.length * 50 <= verbs.length, flagged.join('\n'));
    // The trades' verbs that are nouns too, which the lexicon lists as nouns alone.
    const trades = ['bond walls', 'joint the brickwork', 'site the unit', 'sleeve pipework', 'portion products', 'sheet loads', 'limb the stem', 'earth metalwork', 'prime timber', 'dose the system'];
    assert.deepEqual(found(withCriteria(trades)).map((f) => f.message), []);
  });

  it('finds criteria that start with a noun, a determiner, a pronoun or an -ing form', () => {
    const defects = criteria('not-verb-first-en.txt');
    const flagged = found(withCriteria(defects));
    assert.ok(flagged.length >= defects.length - 2, `${flagged.length} of ${defects.length}`);
    assert.equal(flagged[0].message, 'This criterion starts with “records”, not a verb: criteria say what the person does (“identify”, “agree”, “record”).');
  });

  it('looks past a leading adverb and markup, and leaves unknown words alone', () => {
    assert.deepEqual(found(withCriteria(['continuously monitor the service', '**identify** risks', 'zorble the widgets'])), []);
    assert.equal(found(withCriteria(['regularly the reviews'])).length, 1);
    // A verb in "-ly" is the verb, not an adverb before it; so is one the lexicon does not know.
    assert.deepEqual(found(withCriteria(['apply the procedures', 'comply with legislation', 'supply information', 'multiply quantities'])), []);
    assert.deepEqual(found(withCriteria(['yn rheolaidd adolygu perfformiad']), 'cy'), []);
  });
});
