import * as assert from 'node:assert/strict';
import { analyse, applyEdits } from '../../../server/src/core';
import { expandHeadword } from '../../../server/src/core/model/glossary';
import { layoutFixtures, sample } from '../helpers/fixtures';

const WELSH = layoutFixtures().find((f) => f.name === 'welsh-glossary.nos.txt')!.text;
const ENGLISH = ['Serve customers', 'Overview', 'This standard is about serving customers and their partners.',
  'Performance criteria', 'You must be able to:', '1. greet customers and partners', 'Knowledge and understanding',
  'You need to know and understand:', '1. how to greet a customer', 'Glossary',
  'Customer(s): anyone who receives your service', 'Partner(s): an organisation you work with'].join('\n');
const found = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'glossary-entry');

describe('rule glossary-entry', () => {
  it('is silent on well-formed glossaries, the layout fixtures and the samples', () => {
    assert.deepEqual(found(ENGLISH), []);
    for (const fixture of layoutFixtures()) assert.deepEqual(found(fixture.text), [], fixture.name);
    for (const n of ['000', '001', '002', '003', '004']) assert.deepEqual(found(sample(n)), [], n);
  });

  for (const [lang, clean, term] of [['English', ENGLISH, 'Customer(s)'], ['Welsh', WELSH, 'Cwsmer(iaid)']] as const) {
    for (const broken of [term.replace('(', ' ('), term.replace(')', ''), term.replace('(', '( ')]) {
      it(`puts the brackets of “${broken}” right (${lang})`, () => {
        const text = clean.replace(term, broken);
        const [finding] = found(text);
        assert.equal(finding?.severity, 2, broken);
        assert.equal(applyEdits(text, finding.fixes[0].edits), clean);
      });
    }
  }

  it('takes an abbreviation or other name in brackets after a space for what it is, not an ending', () => {
    const terms = ['Designated safeguarding lead (DSL): the member of staff who leads on safeguarding', 'Lockout/tagout (LOTO): isolating a machine',
      'Processor(s) (UK GDPR): an organisation that handles data', 'Fishbone (Ishikawa) diagram: a chart of causes'];
    assert.deepEqual(found(`${ENGLISH}\n${terms.join('\n')}`), []);
    assert.deepEqual(expandHeadword('Personal protective equipment (PPE)'), ['personal protective equipment']);
    assert.deepEqual(expandHeadword('Processor(s) (UK GDPR)'), ['processor', 'processors']);
    const spaced = `${ENGLISH}\nPersonal protective equipment ( PPE ): what you wear`;
    const [finding] = found(spaced);
    assert.equal(applyEdits(spaced, finding.fixes[0].edits), spaced.replace('( PPE )', '(PPE)'));
  });

  it('takes the term\'s other form in brackets after a space, as Welsh typography writes it', () => {
    const welsh = `${WELSH}\nPerson ifanc (pobl ifanc): unigolyn rhwng 11 a 25 oed\nYmarferydd (ymarferwyr): rhywun sy'n gweithio gyda phobl ifanc`;
    assert.deepEqual(found(welsh), []);
    assert.deepEqual(expandHeadword('Person ifanc (pobl ifanc)'), ['person ifanc', 'pobl ifanc']);
    assert.deepEqual(expandHeadword('Young person (young people)'), ['young person', 'young people']);
    // Uses of either form count for the term.
    const used = welsh.replace('Geirfa', 'Mae pobl ifanc yn cymryd rhan.\nGeirfa');
    assert.equal(analyse(used).findings.filter((f) => f.ruleId === 'orphan-glossary-term' && /ifanc/.test(f.message)).length, 0);
    // An ending set apart from its word is still put right.
    const [ending] = found(`${ENGLISH}\nChild (ren): a person under 18`);
    assert.match(ending.message, /brackets out of shape/);
  });

  it('reports a term defined twice, removing the repeat only when it says the same', () => {
    const repeated = `${ENGLISH}\nCustomer(s): anyone who receives your service`;
    const [finding] = found(repeated);
    assert.equal(finding.message, '“Customer(s)” is defined twice: it is already in the glossary on line 11.');
    assert.equal(applyEdits(repeated, finding.fixes[0].edits), ENGLISH);
    const different = `${ENGLISH}\nCustomers: people who buy`;
    assert.deepEqual(found(different).map((f) => f.fixes.length), [0]);
    // An English term and its plural in "s", either first, are one term.
    for (const [a, b] of [['Product: a thing made', 'Products: things made'], ['Concessions: permits to use', 'Concession: a permit to use']]) {
      assert.deepEqual(found(`${ENGLISH}\n${a}\n${b}`).map((f) => f.range.start.line), [13], `${a} / ${b}`);
    }
    const welsh = found(`${WELSH}\nCwsmer(iaid): rhywun arall`);
    assert.equal(welsh[0].message, "Mae “Cwsmer(iaid)” wedi'i ddiffinio ddwywaith: mae eisoes yn yr eirfa ar linell 15.");
  });

  it('reports a term without a definition', () => {
    const text = ENGLISH.replace('Partner(s): an organisation you work with', 'Partner(s)');
    assert.deepEqual(found(text).map((f) => [f.range.start.line, f.message]), [[11, 'The glossary term “Partner(s)” has no definition.']]);
  });
});
