import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits, createNosService, type Analysis, type Finding, type NosService } from '../../../server/src/core';
import { layoutFixtures, ROOT, sample } from '../helpers/fixtures';
import { CLEAN } from '../helpers/mutation';
import { spellingService } from '../helpers/spelling';

/** Common misspellings of English words, each with the word meant. */
const ENGLISH_TYPOS: Array<[string, string]> = [
  ['recieve', 'receive'], ['custmer', 'customer'], ['politley', 'politely'], ['seperate', 'separate'], ['occured', 'occurred'],
  ['accomodate', 'accommodate'], ['definately', 'definitely'], ['enviroment', 'environment'], ['goverment', 'government'],
  ['responsibilty', 'responsibility'], ['neccessary', 'necessary'], ['comunicate', 'communicate'], ['begining', 'beginning'],
  ['apparant', 'apparent'], ['existance', 'existence'], ['adress', 'address'], ['beleive', 'believe'], ['calender', 'calendar'],
  ['collegue', 'colleague'], ['concious', 'conscious'], ['embarass', 'embarrass'], ['finaly', 'finally'], ['garantee', 'guarantee'],
  ['independant', 'independent'], ['knowlege', 'knowledge'], ['liason', 'liaison'], ['maintainance', 'maintenance'],
  ['occassion', 'occasion'], ['sucessful', 'successful'], ['untill', 'until'], ['wich', 'which'], ['tommorow', 'tomorrow'],
];

/** The seeds' misspellings that no other rule owns, by draft. */
const SEED_TYPOS: Record<string, string[]> = { '001': ['arferfol', 'anarferfol'], '003': ['diweddarau', 'chwarteisi', 'diweddarau'] };

const wordOf = (text: string, f: Finding) => text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character);

describe('rule spelling', function () {
  this.timeout(30_000);
  let service: NosService;
  const spelling = (text: string, language?: 'en' | 'cy') => service.analyse(text, { language }).findings.filter((f) => f.ruleId === 'spelling');

  before(async () => {
    service = await spellingService();
  });

  it('finds the seeds’ misspellings that no other rule owns', () => {
    for (const [draft, typos] of Object.entries(SEED_TYPOS)) {
      const text = sample(draft);
      const flagged = spelling(text).map((f) => wordOf(text, f));
      for (const typo of typos) assert.ok(flagged.includes(typo), `${draft}: ${typo} not found in ${flagged.join(', ')}`);
    }
    const [arferfol] = spelling(sample('001')).filter((f) => wordOf(sample('001'), f) === 'arferfol');
    assert.equal(arferfol.message, 'Nid yw “arferfol” yn y geiriadur Cymraeg.');
    assert.equal(arferfol.fixes[0].title, 'Newid i “arferol”');
    // The dictionary is the document's, whatever the messages' language.
    const english = service.analyse(sample('001'), { messages: 'en' }).findings.find((f) => f.ruleId === 'spelling' && wordOf(sample('001'), f) === 'arferfol');
    assert.equal(english?.message, '“arferfol” is not in the Welsh dictionary.');
  });

  it('leaves “Ymgyslltu” to subheading-mismatch and “Cyfes” to heading-typo, and reports the first when that rule is off', () => {
    const flagged = (text: string, off?: string) =>
      service.analyse(text, off ? { rules: { [off]: 'off' } } : {}).findings.filter((f) => f.ruleId === 'spelling').map((f) => wordOf(text, f));
    assert.ok(!flagged(sample('001')).includes('Ymgyslltu'));
    assert.ok(flagged(sample('001'), 'subheading-mismatch').includes('Ymgyslltu'));
    assert.ok(!flagged(sample('003')).includes('Cyfes'));
  });

  it('finds each of 32 common English misspellings in a criterion and offers the word meant', () => {
    for (const [typo, meant] of ENGLISH_TYPOS) {
      const text = [...CLEAN.en.slice(0, 7), `1. greet customers and ${typo} them`, ...CLEAN.en.slice(8)].join('\n');
      const [finding, ...more] = spelling(text);
      assert.ok(finding && !more.length, `${typo}: ${JSON.stringify(spelling(text).map((f) => f.message))}`);
      assert.equal(finding.message, `“${typo}” is not in the English dictionary.`);
      assert.ok(finding.fixes.slice(0, 4).some((fix) => fix.title === `Change to “${meant}”`), `${typo}: ${finding.fixes.map((f) => f.title)}`);
    }
  });

  it('mutation: a misspelt word in clean text is found and its preferred fix restores the text, in both languages', () => {
    for (const [lang, line, word, typo] of [['en', 7, 'politely', 'politley'], ['cy', 8, 'ofalus', 'ofalsu']] as const) {
      const clean = CLEAN[lang].join('\n');
      assert.deepEqual(spelling(clean, lang), [], `${lang}: clean text has findings`);
      const dirty = clean.replace(word, typo);
      const [finding] = spelling(dirty, lang);
      assert.equal(finding.range.start.line, line);
      assert.equal(wordOf(dirty, finding), typo);
      const preferred = finding.fixes.find((f) => f.isPreferred)!;
      assert.equal(preferred.safe, false);
      assert.equal(applyEdits(dirty, preferred.edits), clean);
    }
  });

  it('reports text left in the other language once, with its small words either side, not word by word', () => {
    const overview = (lang: 'en' | 'cy', text: string) => CLEAN[lang].map((line, i) => (i === 3 ? `${line} ${text}` : line)).join('\n');
    const cases = [
      ['cy', 'It covers both face-to-face and remote enquiries.', "Mae'r testun hwn yn Saesneg, nid yn Gymraeg: “It covers both face-to-face and remote enquiries”."],
      ['cy', 'Play that involves an element of challenge or uncertainty, where children can test their own limits.',
        "Mae'r testun hwn yn Saesneg, nid yn Gymraeg: “Play that involves an element of challenge or…”."],
      ['en', "Mae'n cynnwys ymholiadau wyneb yn wyneb ac o bell.", '“Mae\'n cynnwys ymholiadau wyneb yn wyneb ac o…” is in Welsh'],
    ] as const;
    for (const [lang, added, message] of cases) {
      const text = overview(lang, added);
      const found = spelling(text, lang);
      assert.equal(found.length, 1, `${added}: ${found.map((f) => f.message).join(' | ')}`);
      if (lang === 'cy') assert.equal(found[0].message, message);
      else assert.equal(found[0].message, `This text is in Welsh, not English: “${wordOf(text, found[0])}”.`);
      assert.deepEqual(found[0].fixes, []);
    }
    // Misspellings side by side, without the other language's small words, stay words.
    const typos = spelling(overview('en', 'Custmers recieve seperate adress details.'), 'en');
    assert.deepEqual(typos.map((f) => f.message.match(/“(.+)”/)![1]), ['Custmers', 'recieve', 'seperate', 'adress']);
  });

  it('finds a misspelt word wherever it is written, with straight, curly or modifier apostrophes', () => {
    const clean = CLEAN.cy.join('\n');
    for (const apostrophe of ["'", '’', 'ʼ']) {
      const dirty = clean.replace('ofalus', `ofalsu${apostrophe}n ofalsu`);
      const found = spelling(dirty, 'cy');
      assert.deepEqual(found.map((f) => wordOf(dirty, f)), ['ofalsu', 'ofalsu'], apostrophe);
      assert.equal(found[0].range.start.line, 8);
      // An English contraction is checked whole, its apostrophe folded to ' .
      const english = CLEAN.en.join('\n').replace('politely', `politely, as staff dosn${apostrophe}t`);
      assert.deepEqual(spelling(english, 'en').map((f) => wordOf(english, f)), [`dosn${apostrophe}t`], apostrophe);
    }
  });

  it('accepts mutated Welsh forms of dictionary words, glossary headwords and the words it is told to accept', () => {
    const text = [...CLEAN.cy.slice(0, 7), '1. cyfarch nghwsmeriaid a chwsmeriaid a gwsmeriaid yn gŵynion zorblo', ...CLEAN.cy.slice(8)].join('\n');
    assert.deepEqual(spelling(text).map((f) => wordOf(text, f)), ['zorblo']);
    assert.deepEqual(service.analyse(text, { acceptedWords: new Set(['zorblo']) }).findings.filter((f) => f.ruleId === 'spelling'), []);
    const glossary = [...CLEAN.cy, 'Geirfa', 'Zorblo: gair newydd'].join('\n').replace('yn gwrtais', 'yn gwrtais zorblo');
    assert.deepEqual(spelling(glossary).map((f) => wordOf(glossary, f)), []);
    // A Welsh term and an accepted word mutated, as the dictionary's words are.
    const mutated = [...CLEAN.cy, 'Geirfa', 'Cwarflo: gair newydd'].join('\n').replace('yn gwrtais', 'yn gwrtais gan gwarflo a chwarflo, fy nghwarflo');
    assert.deepEqual(spelling(mutated).map((f) => wordOf(mutated, f)), []);
    const unmutated = mutated.replace('Cwarflo:', 'Twarflo:');
    assert.deepEqual(spelling(unmutated).map((f) => wordOf(unmutated, f)), ['gwarflo', 'chwarflo', 'nghwarflo']);
    const told = text.replace('zorblo', 'gorblo');
    assert.deepEqual(service.analyse(told, { acceptedWords: new Set(['corblo']) }).findings.filter((f) => f.ruleId === 'spelling'), []);
    // Each word of a term written with a slash, and an English term's plural.
    const english = [...CLEAN.en, 'Glossary', 'Lockout/zorbout: isolating a machine', 'Quuxing: a kind of relay'].join('\n')
      .replace('greet customers politely', 'greet customers politely, zorbout quuxings');
    assert.deepEqual(spelling(english, 'en').map((f) => wordOf(english, f)), []);
    assert.deepEqual(spelling(english.replace('Quuxing:', 'Quuxer:'), 'en').map((f) => wordOf(english, f)), ['quuxings']);
  });

  it('reads prose only: headings, lead-ins, metadata and external links are not', () => {
    const text = ['Greet customers', 'URN: ZZQ1', 'Developed by: Zorbloco', 'Overview', 'Zorble the widgets.', 'External links',
      'Zorbloco Institute: https://zorbloco.example'].join('\n');
    assert.deepEqual(spelling(text, 'en').map((f) => wordOf(text, f)), ['Zorble']);
    const welsh = [...CLEAN.cy, 'Cysylltiadau allanol', 'Institute of Customer Service: https://www.instituteofcustomerservice.com'].join('\n');
    assert.deepEqual(spelling(welsh, 'cy'), []);
  });

  it('keeps a section\'s verdicts while answers for other words come, and judges again when the lookup resets', () => {
    // A lookup as the server's: words unknown until answered, "zorble" wrong once answered.
    const answered = new Set<string>();
    const lookup = { resets: 0, check: (word: string) => (answered.has(word) ? word !== 'zorble' : undefined), suggestions: () => [] };
    const service = createNosService({ spelling: lookup });
    const text = ['Greet customers', 'URN: ZZQ1', 'Overview', 'We zorble the widgets.', '', 'Performance criteria', 'You must be able to:', '1. greet the customer'].join('\n');
    const wrong = (analysis: Analysis) => analysis.findings.filter((f) => f.ruleId === 'spelling').map((f) => wordOf(analysis.doc.lines.text, f));
    let analysis = service.analyse(text, { language: 'en' });
    assert.deepEqual(wrong(analysis), []);
    for (const word of ['We', 'zorble', 'the', 'widgets']) answered.add(word);
    analysis = service.analyse(text, { language: 'en', previous: analysis });
    assert.deepEqual(wrong(analysis), ['zorble']);
    // The criterion's words are answered later; the overview's verdicts stand meanwhile.
    for (const word of ['greet', 'customer']) answered.add(word);
    const edited = text.replace('1. greet the customer', '1. greet the customers');
    answered.add('customers');
    analysis = service.analyse(edited, { language: 'en', previous: analysis });
    assert.deepEqual(wrong(analysis), ['zorble']);
    // A dictionary that fails passes every word, those it called wrong too.
    lookup.check = () => true;
    lookup.resets++;
    analysis = service.analyse(edited, { language: 'en', previous: analysis });
    assert.deepEqual(wrong(analysis), []);
  });

  it('judges only the words answered since the last analysis, and finds the wrong ones in the order of the text', () => {
    const answered = new Map<string, boolean>();
    const asked: string[] = [];
    const lookup = { resets: 0, check: (word: string) => (asked.push(word), answered.get(word)), suggestions: () => [] };
    const service = createNosService({ spelling: lookup });
    const text = ['Greet customers', 'URN: ZZQ1', 'Overview', 'We zorble the widgets and blarg them.', '', 'Performance criteria', 'You must be able to:', '1. greet the customer'].join('\n');
    const words = ['We', 'zorble', 'the', 'widgets', 'and', 'blarg', 'them', 'greet', 'customer'];
    const wrong = (analysis: Analysis) => analysis.findings.filter((f) => f.ruleId === 'spelling').map((f) => wordOf(analysis.doc.lines.text, f));
    let analysis = service.analyse(text, { language: 'en' });
    // The first batch of answers: "blarg" is wrong, "zorble" not answered yet.
    for (const word of words) if (word !== 'zorble') answered.set(word, word !== 'blarg');
    analysis = service.analyse(text, { language: 'en', previous: analysis });
    assert.deepEqual(wrong(analysis), ['blarg']);
    asked.length = 0;
    answered.set('zorble', false);
    analysis = service.analyse(text, { language: 'en', previous: analysis });
    assert.deepEqual(asked.filter((word) => words.includes(word)), ['zorble']);
    assert.deepEqual(wrong(analysis), ['zorble', 'blarg']);
    asked.length = 0;
    analysis = service.analyse(text, { language: 'en', previous: analysis });
    assert.deepEqual(asked.filter((word) => words.includes(word)), []);
    assert.deepEqual(wrong(analysis), ['zorble', 'blarg']);
  });

  it('does not ask again about words still unanswered while no answer has come', () => {
    const answered = new Map<string, boolean>();
    const asked: string[] = [];
    const lookup = { resets: 0, answers: 0, check: (word: string) => (asked.push(word), answered.get(word)), suggestions: () => [] };
    const service = createNosService({ spelling: lookup });
    const text = CLEAN.en.join('\n').replace('politely', 'politley');
    let analysis = service.analyse(text, { language: 'en' });
    assert.ok(asked.includes('politley'));
    asked.length = 0;
    // An edit in another section: the criterion's section, and its words, stay as they were.
    analysis = service.analyse(text.replace('matters to customers', 'matters to all customers'), { language: 'en', previous: analysis });
    assert.ok(!asked.includes('politley'), 'asked again before any answer came');
    for (const word of new Set(asked.concat(text.split(/[^\p{L}]+/u)))) answered.set(word, word !== 'politley');
    answered.set('politley', false);
    lookup.answers++;
    analysis = service.analyse(text, { language: 'en', previous: analysis });
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'spelling').map((f) => wordOf(text, f)), ['politley']);
  });

  it('keeps the words and verdicts of the sections that a line added or removed above them moves', () => {
    const asked: string[] = [];
    const lookup = { resets: 0, answers: 0, check: (word: string) => (asked.push(word), word !== 'mattres'), suggestions: () => [] };
    const service = createNosService({ spelling: lookup });
    const text = CLEAN.en.join('\n').replace('matters', 'mattres');
    // A criterion continued on a line of its own, then joined again: the knowledge section moves.
    const split = text.replace('customer requests', 'customer\nrequests');
    const places = (analysis: Analysis) => analysis.findings.filter((f) => f.ruleId === 'spelling').map((f) => [f.range.start.line, wordOf(analysis.doc.lines.text, f)]);
    let analysis = service.analyse(text, { language: 'en' });
    for (const [edited, line] of [[split, 14], [text, 13]] as const) {
      asked.length = 0;
      analysis = service.analyse(edited, { language: 'en', previous: analysis });
      assert.deepEqual(places(analysis), [[line, 'mattres']]);
      assert.ok(asked.includes('listen') && !asked.includes('mattres') && !asked.includes('why'), `asked: ${asked.join(' ')}`);
    }
  });

  it('accepts the standard words the dictionaries lack, Welsh ones mutated too', () => {
    const english = CLEAN.en.join('\n').replace('politely', 'politely, for their wellbeing,');
    assert.deepEqual(spelling(english, 'en'), []);
    const terms = 'call a first aider, de-escalate conflict, report whistleblowing concerns, arrange reablement and telecare, offer webchat and helpdesk support, explain flexi-access drawdown to paraplanners, and complete timesheets and pre-school records for Defra';
    assert.deepEqual(spelling(CLEAN.en.join('\n').replace('greet customers politely', terms), 'en'), []);
    const misspelt = CLEAN.en.join('\n').replace('greet customers politely', terms.replace('whistleblowing', 'whistelblowing'));
    assert.deepEqual(spelling(misspelt, 'en').map((f) => wordOf(misspelt, f)), ['whistelblowing']);
    const trades = 'recover fluorinated refrigerant from unvented systems, brief groundworkers and scaffolders, take a phlebotomy sample through a cannula, control E. coli and Listeria monocytogenes, and keep syslog runbooks';
    assert.deepEqual(spelling(CLEAN.en.join('\n').replace('greet customers politely', trades), 'en'), []);
    const services = 'record test durations at 20 mbar, revalidate mis-picks in inners and outers, offer lowlights after a para-phenylenediamine skin test, and manage anaphylaxis and food intolerances in cafés';
    assert.deepEqual(spelling(CLEAN.en.join('\n').replace('greet customers politely', services), 'en'), []);
    const prefixed = CLEAN.en.join('\n').replace('greet customers politely', 'keep pre-shcool records');
    assert.deepEqual(spelling(prefixed, 'en').map((f) => wordOf(prefixed, f)), ['pre-shcool']);
    const welsh = CLEAN.cy.join('\n').replace('ofalus', "ofalus os na ellwch, fel y gellir ac na ellir");
    assert.deepEqual(spelling(welsh, 'cy'), []);
    const welshTerms = CLEAN.cy.join('\n').replace('yn ofalus', 'a chyflogeion, gan ddefnyddio dangosfwrdd a seiberddiogelwch, fel na chaniateir clefydau milheintiol ac y gellid sicrhau bod bwyd a becynnir ac a ddarperir yn ddiogel, heb groeshalogi, i gwsmeriaid ag anoddefiadau neu glefyd seliag mewn caffis, a chofnodi 5 ml o nwyon ar 20 mbar');
    assert.deepEqual(spelling(welshTerms, 'cy'), []);
    assert.deepEqual(spelling(welsh.replace('gellir', 'gellirr'), 'cy').map((f) => wordOf(welsh.replace('gellir', 'gellirr'), f)), ['gellirr']);
  });

  it('reads no words while the dictionary is not ready, and finds the misspelling once it is', () => {
    const asked: string[] = [];
    let ready = false;
    const lookup = { resets: 0, answers: 0, ready: () => ready, check: (word: string) => (asked.push(word), word !== 'politley'), suggestions: () => [] };
    const service = createNosService({ spelling: lookup });
    const text = CLEAN.en.join('\n').replace('politely', 'politley');
    let analysis = service.analyse(text, { language: 'en' });
    assert.deepEqual(asked, []);
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'spelling'), []);
    ready = true;
    analysis = service.analyse(text, { language: 'en', previous: analysis });
    assert.deepEqual(analysis.findings.filter((f) => f.ruleId === 'spelling').map((f) => wordOf(text, f)), ['politley']);
  });

  it('is silent without dictionaries', () => {
    assert.deepEqual(analyse(CLEAN.en.join('\n').replace('politely', 'politley')).findings.filter((f) => f.ruleId === 'spelling'), []);
  });

  it('false positives on the published English layouts and the clean parts of the seeds: at most 0.5% of words', () => {
    const texts = [
      ...layoutFixtures().map((f) => ({ name: f.name, text: f.text })),
      { name: 'clean-en', text: readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8') },
      ...['000', '001', '002', '003', '004'].map((n) => ({ name: n, text: sample(n) })),
    ];
    const known = new Set(Object.values(SEED_TYPOS).flat());
    let words = 0;
    const falsePositives: string[] = [];
    for (const { name, text } of texts) {
      words += text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
      for (const f of spelling(text)) if (!known.has(wordOf(text, f))) falsePositives.push(`${name}:${f.range.start.line + 1} ${wordOf(text, f)}`);
    }
    const rate = (100 * falsePositives.length) / words;
    console.log(`      spelling false positives: ${falsePositives.length} of ${words} words (${rate.toFixed(2)}%): ${falsePositives.join(', ')}`);
    assert.ok(rate <= 0.5, `${rate.toFixed(2)}%`);
  });
});
