import * as assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers/analyse';

const english = (glossary: string[], extra = '1. keep customers’ records up to date') => [
  'Serve customers', 'Overview', 'This standard is about serving customers.',
  'Performance criteria', 'You must be able to:', extra,
  'Glossary', ...glossary,
];
const welsh = (sentence: string, glossary: string[]) => [
  'Gwasanaethu cwsmeriaid', 'Trosolwg', sentence, 'Meini prawf perfformiad', 'Mae’n rhaid eich bod chi’n gallu:', '1. cadw cofnodion',
  'Geirfa', ...glossary,
];
const orphans = (lines: string[]) => findingsOf('orphan-glossary-term', lines).map((f) => f.range.start.line);

describe('rule orphan-glossary-term', () => {
  it('matches English headwords with their marked and regular plurals', () => {
    assert.deepEqual(orphans(english(['Customer(s): anyone you serve', 'Record: a note of what happened'])), []);
  });

  it('leaves a term defined twice to glossary-entry, whichever entry its uses go to', () => {
    for (const glossary of [
      ['Customer: anyone you serve', 'Customer: a person who buys'],
      ['Customers: people you serve', 'Customer: anyone you serve'],
      ['Customer(s): anyone you serve', 'Customers: people who buy'],
    ]) {
      assert.deepEqual(orphans(english(glossary)), [], glossary.join(' / '));
    }
    assert.deepEqual(orphans(english(['Customer: anyone you serve', 'Customer: a person who buys', 'Supplier: a firm you buy from'])), [9]);
  });

  it('reports a term used nowhere but the glossary, on the headword, with a removal fix', () => {
    const lines = english(['Customer(s): anyone you serve', 'Escalation: passing a case on', 'Record: a note']);
    const [finding] = findingsOf('orphan-glossary-term', lines);
    assert.equal(finding.message, 'The glossary term “Escalation” (escalation) is not used anywhere else in the document.');
    assert.deepEqual(finding.range, { start: { line: 8, character: 0 }, end: { line: 8, character: 10 } });
    assert.deepEqual(applyFirstFix(lines, finding).slice(7), ['Customer(s): anyone you serve', 'Record: a note']);
  });

  it('does not count the glossary or metadata as uses', () => {
    const lines = [...english(['Tachograph: a device that records driving time']), 'Developed by', 'Skills for Logistics', 'Keywords', 'tachograph'];
    assert.deepEqual(orphans(lines), [7]);
  });

  for (const [mutation, sentence] of [
    ['radical', 'Mae’r safon hon ar gyfer cwsmeriaid.'],
    ['soft', 'Mae’r safon hon yn ymwneud â gwasanaeth i gwsmeriaid.'],
    ['nasal', 'Rydych yn gofalu am fy nghwsmeriaid.'],
    ['aspirate', 'Rydych yn siarad â chwsmeriaid.'],
  ]) {
    it(`matches a Welsh term in its ${mutation} form`, () => {
      assert.deepEqual(orphans(welsh(sentence, ['Cwsmer(iaid): mewnol, allanol'])), []);
    });
  }

  it('matches h- before a vowel-initial term and full-word plurals', () => {
    assert.deepEqual(orphans(welsh('Rydych yn parchu eu hawdurdod a’ch cydweithwyr.', ['Awdurdod: hawl i benderfynu', 'Cydweithiwr(cydweithwyr): staff eraill'])), []);
  });

  it('allows the soft mutation on later words of a multi-word term', () => {
    assert.deepEqual(orphans(welsh('Rydych yn dilyn y weithdrefn gwyno.', ['Gweithdrefn cwyno: camau i’w dilyn'])), []);
  });

  it('does not let a mutated form collide with a function word', () => {
    // The aspirate of "ci" is "chi", the pronoun: it must not count as a use.
    assert.deepEqual(orphans(welsh('Rydych chi’n gofalu am yr anifail.', ['Ci: anifail anwes'])), [7]);
  });

  it('does not match a longer word that starts with the term', () => {
    assert.deepEqual(orphans(welsh('Mae hyn yn sefydliadol.', ['Sefydliad: y cwmni'])), [7]);
  });
});
