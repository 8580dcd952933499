import * as assert from 'node:assert/strict';
import { applyEdits, createNosService, type NosService, type SpellingLookup } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, withLine } from '../helpers/mutation';
import { dictionaries, lookupOf, spellingService } from '../helpers/spelling';

const rule = 'welsh-mutation';
const cy = CLEAN.cy;
const clean = cy.join('\n');
const inOverview = (sentence: string) => withLine(cy, 3, sentence);
/** Each slip put into `text` (its overview line) is reported there, and its fix gives `text` back. */
const assertSlips = (text: string, slips: Array<[right: string, wrong: string]>) => {
  for (const [right, wrong] of slips) assertMutation({ rule, clean: text, dirty: text.replace(right, wrong), line: 3 });
};

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

  it('reads the text before the first section too: an overview whose heading is missing', () => {
    const headless = cy.filter((line) => line !== 'Trosolwg');
    const text = withLine(headless, 2, "Mae'r safon hon yn ymwneud â chyfarwyddyd i gwsmeriaid.");
    assertMutation({ rule, clean: text, dirty: text.replace('â chyfarwyddyd', 'â cyfarwyddyd'), line: 2 });
  });

  it('reports the radical after an aspirate trigger, and after “fy”', () => {
    const base = inOverview("Mae'r safon hon yn ymwneud â chyfathrebu â chwsmeriaid a'u cadw gyda phartneriaid fy nghwmni.").split('\n');
    const text = base.join('\n');
    assertSlips(text, [['â chwsmeriaid', 'â cwsmeriaid'], ['gyda phartneriaid', 'gyda partneriaid'], ['fy nghwmni', 'fy cwmni']]);
  });

  it('reports “yn” before a nasal mutation and makes it “yng” or “ym”', () => {
    const text = inOverview("Mae pob rôl yng nghadwyn y gwasanaeth ym mhob sefydliad yn cyfrannu.");
    assertMutation({
      rule, clean: text, dirty: text.replace('yng nghadwyn', 'yn nghadwyn'), line: 3,
      message: "O flaen treiglad trwynol mae “yn” yn troi'n “yng”: “yng nghadwyn”, nid “yn nghadwyn”.",
    });
    assertSlips(text, [['ym mhob', 'yn mhob']]);
  });

  it('reports a place left radical after “yn”, and “yn” before a mutated name, with both changed', () => {
    const text = inOverview('Mae hyn yn bwysig i bobl yng Nghymru, ym Mangor ac yn Nhyddewi.');
    assertMutation({
      rule, clean: text, dirty: text.replace('yng Nghymru', 'yn Cymru'), line: 3,
      message: 'Ar ôl “yn” daw treiglad trwynol: “yng Nghymru”, nid “yn Cymru”.',
    });
    assertSlips(text, [['ym Mangor', 'yn Bangor'], ['yn Nhyddewi', 'yn Tyddewi'], ['yng Nghymru', 'yn Nghymru']]);
    // The spaces between stay as written; a capital "Yn" keeps its capital.
    assertMutation({ rule, clean: inOverview('Yng  Nghaerdydd mae’r swyddfa.'), dirty: inOverview('Yn  Caerdydd mae’r swyddfa.'), line: 3 });
    // The language takes the soft mutation; other names are passed over.
    const languages = inOverview('Mae hyn yn Gymraeg ac yn Saesneg, mewn cymuned Gymreig ac yn Llundain.');
    assert.deepEqual(findingsOf(rule, languages), []);
    assertMutation({ rule, clean: languages, dirty: languages.replace('yn Gymraeg', 'yn Cymraeg'), line: 3, message: 'Ar ôl “yn” daw treiglad meddal: “yn Gymraeg”, nid “yn Cymraeg”.' });
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

  describe('with the dictionary, after a soft-mutation trigger', () => {
    let service: NosService;
    before(async function () {
      this.timeout(60_000);
      service = await spellingService();
    });
    const found = (text: string, using = service) => using.analyse(text).findings.filter((f) => f.ruleId === rule);

    it('reports a radical b, d, g, m, ll or rh that is no mutated form, and mutates it', () => {
      const slips: Array<[string, string]> = [
        ['i ddiogelu', 'i diogelu'], ['gan ddefnyddio', 'gan defnyddio'], ['i wahaniaethau', 'i gwahaniaethau'],
        ['gan filfeddyg', 'gan milfeddyg'], ['i lawer', 'i llawer'], ['o ran', 'o rhan'], ['dros fwrdd', 'dros bwrdd'],
      ];
      for (const [right, wrong] of slips) {
        const text = inOverview(`Mae'r safon hon yn ymwneud â gweithio ${right} y gwasanaeth.`);
        assert.deepEqual(found(text), [], right);
        const dirty = text.replace(right, wrong);
        const [finding, ...more] = found(dirty);
        assert.ok(finding && !more.length, wrong);
        assert.equal(finding.range.start.line, 3);
        assert.equal(finding.message, `Ar ôl “${wrong.split(' ')[0]}” daw treiglad meddal: “${right}”, nid “${wrong}”.`);
        assert.equal(applyEdits(dirty, finding.fixes[0].edits), text, wrong);
      }
      // A clitic after the word stays: "i diogelu'r" is "i ddiogelu'r".
      const clitic = inOverview("Mae'n rhaid i chi weithio i ddiogelu'r unigolyn.");
      assert.equal(applyEdits(clitic.replace('ddiogelu', 'diogelu'), found(clitic.replace('ddiogelu', 'diogelu'))[0].fixes[0].edits), clitic);
    });

    it('stays silent on mutated words, set phrases, pronouns and words the dictionary does not know', () => {
      const sentences = [
        "Mae hyn i bobl o dro i dro ar gyfer y cyfan i gyd, o ddydd i ddydd, wrth gwrs, gan gynnwys dysgwyr.",
        'Dewch i mewn am byth o dan y to am mai hwn yw eich cartref, i mi ac i minnau; o ble y daw, i maes.',
        'Mae gen i dim amser i dashboard newydd.',
      ];
      for (const sentence of sentences) assert.deepEqual(found(inOverview(sentence)).map((f) => f.message), [], sentence);
      for (const number of ['000', '001', '002', '003']) assert.deepEqual(found(sample(number)), [], number);
      assert.deepEqual(found(sample('004')).map((f) => f.range.start.line + 1), [3, 15]);
    });

    it('says nothing while the dictionary has not answered, and finds the slip once it has', async () => {
      const real = lookupOf(await dictionaries());
      let answered = false;
      const lookup: SpellingLookup = { ...real, check: (word, lang) => (answered ? real.check(word, lang) : undefined), get answers() { return answered ? 1 : 0; } };
      const waiting = createNosService({ spelling: lookup });
      const dirty = inOverview("Mae'r safon hon yn ymwneud â gweithio i diogelu pobl.");
      let analysis = waiting.analyse(dirty);
      assert.deepEqual(analysis.findings.filter((f) => f.ruleId === rule), []);
      answered = true;
      analysis = waiting.analyse(dirty, { previous: analysis });
      assert.deepEqual(analysis.findings.filter((f) => f.ruleId === rule).map((f) => f.range.start.line), [3]);
    });

    it('finds the words to judge again when the dictionary starts afresh, after lines above have moved them', async () => {
      const real = lookupOf(await dictionaries());
      let resets = 0;
      // A dictionary that does not know "diogelu" until it restarts.
      const lookup: SpellingLookup = {
        ...real,
        check: (word, lang) => (resets === 0 && word === 'diogelu' ? false : real.check(word, lang)),
        get resets() { return resets; },
      };
      const service = createNosService({ spelling: lookup });
      const dirty = inOverview("Mae'r safon hon yn ymwneud â gweithio i diogelu pobl.");
      let analysis = service.analyse(dirty);
      assert.deepEqual(analysis.findings.filter((f) => f.ruleId === rule), []);
      const moved = dirty.replace('Trosolwg\n', 'Trosolwg\n\n');
      analysis = service.analyse(moved, { previous: analysis });
      resets = 1;
      analysis = service.analyse(moved, { previous: analysis });
      assert.deepEqual(analysis.findings.filter((f) => f.ruleId === rule).map((f) => [f.range.start.line, f.message]), [
        [4, 'Ar ôl “i” daw treiglad meddal: “i ddiogelu”, nid “i diogelu”.'],
      ]);
    });
  });
});

