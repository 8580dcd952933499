import * as assert from 'node:assert/strict';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, withLine } from '../helpers/mutation';

const rule = 'welsh-mutation';
const cy = CLEAN.cy;
const clean = cy.join('\n');
const inOverview = (sentence: string) => withLine(cy, 3, sentence);

describe('rule welsh-mutation', () => {
  it('reports the radical after a soft-mutation trigger and mutates it', () => {
    assertMutation({
      rule, clean, dirty: inOverview("Mae'r safon hon yn ymwneud â darparu gwasanaeth i cwsmeriaid."), line: 3,
      message: 'Ar ôl “i” daw treiglad meddal: “i gwsmeriaid”, nid “i cwsmeriaid”.',
    });
    assertMutation({ rule, clean, dirty: withLine(cy, 8, '2. gwrando ar ceisiadau cwsmeriaid yn ofalus'), line: 8 });
    // A trigger opening an item's text, right after its label.
    const item = withLine(cy, 12, '1. i gyfarch cwsmeriaid').split('\n');
    assertMutation({ rule, clean: item.join('\n'), dirty: withLine(item, 12, '1. i cyfarch cwsmeriaid'), line: 12 });
  });

  it('reports the radical after an aspirate trigger, and after “fy”', () => {
    const base = inOverview("Mae'r safon hon yn ymwneud â chyfathrebu â chwsmeriaid a'u cadw gyda phartneriaid fy nghwmni.").split('\n');
    const text = base.join('\n');
    assertMutation({ rule, clean: text, dirty: text.replace('â chwsmeriaid', 'â cwsmeriaid'), line: 3 });
    assertMutation({ rule, clean: text, dirty: text.replace('gyda phartneriaid', 'gyda partneriaid'), line: 3 });
    assertMutation({ rule, clean: text, dirty: text.replace('fy nghwmni', 'fy cwmni'), line: 3 });
  });

  it('reports “yn” before a nasal mutation and makes it “yng” or “ym”', () => {
    const text = inOverview("Mae pob rôl yng nghadwyn y gwasanaeth ym mhob sefydliad yn cyfrannu.");
    assertMutation({
      rule, clean: text, dirty: text.replace('yng nghadwyn', 'yn nghadwyn'), line: 3,
      message: "O flaen treiglad trwynol mae “yn” yn troi'n “yng”: “yng nghadwyn”, nid “yn nghadwyn”.",
    });
    assertMutation({ rule, clean: text, dirty: text.replace('ym mhob', 'yn mhob'), line: 3 });
  });

  it('stays silent where the tables are not certain', () => {
    const sentences = [
      "Mae gen i cwestiwn i ti gan taw y cwsmer sy'n dod i mewn i bob siop i gwsmeriaid.", // pronoun i, ti, gan taw, mutated already
      'Mae hyn yn cadw cwsmeriaid yn nhref Caerdydd i Caerdydd ac i Llundain.', // progressive yn, correct yn nhref, names
      "Cyfrannu i'r cwsmer a'i cwmni, i chwsmeriaid, â'r cwsmer, at ddibenion i llawer.", // clitics, digraphs, ll
      'Mae hyn yn bwysig i dysgu a i gwneud.', // b, d, g, m may be mutated forms already
    ];
    for (const sentence of sentences) assert.deepEqual(findingsOf(rule, inOverview(sentence)).map((f) => f.message), [], sentence);
  });

  it('checks Welsh documents only', () => {
    assert.deepEqual(findingsOf(rule, withLine(CLEAN.en, 3, 'This is for customers i cwsmeriaid.')), []);
  });

  it('finds the two slips of draft 004 and nothing in the other drafts', () => {
    assert.deepEqual(findingsOf(rule, sample('004')).map((f) => f.range.start.line + 1), [3, 15]);
    for (const number of ['000', '001', '002', '003']) assert.deepEqual(findingsOf(rule, sample(number)), [], number);
  });
});
