import * as assert from 'node:assert/strict';
import { assertMutation, CLEAN, findingsOf, LANGS, withLine } from '../helpers/mutation';

const rule = 'item-punctuation';
const capitalise = (line: string) => line.replace(/^(\S+ )(\p{L})/u, (_, label: string, c: string) => label + c.toUpperCase());

describe('rule item-punctuation', () => {
  for (const lang of LANGS) {
    const lines = CLEAN[lang];
    const clean = lines.join('\n');
    it(`reports an item starting with a capital and lower-cases it (${lang})`, () => {
      const finding = assertMutation({ rule, clean, dirty: withLine(lines, 7, capitalise(lines[7])), line: 7, safe: true });
      assert.equal(finding.severity, 3);
      assertMutation({ rule, clean, dirty: withLine(lines, 13, capitalise(lines[13])), line: 13, safe: true });
    });

    it(`reports an item ending with a full stop and drops it (${lang})`, () => {
      assertMutation({ rule, clean, dirty: withLine(lines, 8, lines[8] + '.'), line: 8, safe: true });
      assertMutation({ rule, clean, dirty: withLine(lines, 12, lines[12] + '.'), line: 12, safe: true });
    });

    it(`reports an item ending with a semicolon, as lists copied from Word have them, and drops it (${lang})`, () => {
      const finding = assertMutation({ rule, clean, dirty: withLine(lines, 7, lines[7] + ';'), line: 7, safe: true });
      assert.equal(finding.message, lang === 'en'
        ? 'Item “1.” ends with a semicolon: items have no final punctuation.'
        : "Mae'r eitem “1.” yn gorffen â hanner colon: nid oes atalnodi ar ddiwedd eitemau.");
      assert.equal(finding.fixes[0].title, lang === 'en' ? 'Remove the semicolon' : "Tynnu'r hanner colon");
      // Not the semicolon of an entity, which stray-markup reports; nor one inside the item.
      assert.deepEqual(findingsOf(rule, withLine(lines, 7, lines[7] + ' &amp;')), []);
      assert.deepEqual(findingsOf(rule, withLine(lines, 7, lines[7].replace(/ (\S+)$/, '; $1'))), []);
    });
  }

  it('finds the stop of an item with bullets under it, or spaces and invisible characters after it', () => {
    // The bullets under an item are no part of its text: the stop is on the item's own line.
    const bullets = [...CLEAN.en.slice(0, 8), '2. listen to customer requests carefully, including:', '- their needs 😀', ...CLEAN.en.slice(9)];
    const withStop = bullets.map((line, i) => (i === 8 ? line.replace(',', '.').replace(' including:', '') : line));
    const [stop] = findingsOf(rule, withStop.join('\n'));
    assert.deepEqual(stop.range.start, { line: 8, character: withStop[8].length - 1 });
    for (const after of [' ', '\u200b', ' \u00ad']) {
      const [found] = findingsOf(rule, withLine(CLEAN.en, 8, `${CLEAN.en[8]}.${after}`));
      assert.deepEqual(found?.range.start, { line: 8, character: CLEAN.en[8].length }, JSON.stringify(after));
    }
  });

  it('drops the spaces before the stop with it, and leaves a stop after another or alone', () => {
    assertMutation({ rule, clean: CLEAN.en.join('\n'), dirty: withLine(CLEAN.en, 8, `${CLEAN.en[8]} \u00a0.`), line: 8, safe: true });
    // Dropping one stop of these would leave the item ending in the other, or empty.
    for (const end of ['..', '. .', ' . . ']) assert.deepEqual(findingsOf(rule, withLine(CLEAN.en, 8, CLEAN.en[8] + end)), [], end);
    assert.deepEqual(findingsOf(rule, withLine(CLEAN.en, 8, '2. .')), []);
  });

  it('leaves out of fix-all the lower-casing of an item that stays numbered bare, which may then read as wrapped text', () => {
    const lines = ['Title', 'Performance criteria', 'You must be able to:', '- respond within', '', ' 24 hours', '2 Report the call'];
    const [capital] = findingsOf(rule, lines.join('\n'));
    assert.deepEqual([capital.fixes[0].edits[0].newText, capital.fixes[0].safe], ['r', false]);
    // Renumbered with a stop by criteria-numbering's fix, it stays an item: safe.
    const dotted = [...lines.slice(0, 6), '2 Report the call', '3. record it'];
    assert.equal(findingsOf(rule, dotted.join('\n'))[0].fixes[0].safe, true);
  });

  it('leaves out of fix-all the stop that keeps a lower-case line after a blank line apart from the item', () => {
    const lines = ['Title', 'Performance criteria', 'You must be able to:', '1. greet the customer.', '', 'note: in person or by phone', '2. listen to them'];
    const [stop] = findingsOf(rule, lines.join('\n'));
    // Without the stop, the note would read as the item's text, broken by the blank line.
    assert.deepEqual([stop.range.start.line, stop.fixes[0].safe], [3, false]);
    // So would a bare number before lower-case text, which the stop makes an item, in a list numbered bare.
    const bare = ['Title', 'Performance criteria', 'You must be able to:', '1 greet the customer.', '', '2 note the request'];
    assert.equal(findingsOf(rule, bare.join('\n'))[0].fixes[0].safe, false);
    // In a dotted list criteria-numbering's fix gives that number a stop: the item stays one.
    assert.equal(findingsOf(rule, withLine(lines, 5, '3 note the request'))[0].fixes[0].safe, true);
    // With a capital or another kind of item after it, the stop is only punctuation.
    for (const text of ['Note: in person', '- note the request']) assert.equal(findingsOf(rule, withLine(lines, 5, text))[0].fixes[0].safe, true, text);
  });

  it('writes its messages in both languages', () => {
    const [stop] = findingsOf(rule, withLine(CLEAN.cy, 8, CLEAN.cy[8] + '.'));
    assert.equal(stop.message, "Mae'r eitem “2.” yn gorffen ag atalnod llawn: nid oes atalnodi ar ddiwedd eitemau.");
    const [capital] = findingsOf(rule, withLine(CLEAN.en, 7, capitalise(CLEAN.en[7])));
    assert.equal(capital.message, 'Item “1.” starts with a capital: items start lower-case (except names and acronyms).');
  });

  it('leaves acronyms, names the items capitalise elsewhere, abbreviations and other sections alone', () => {
    const lines = [
      ...CLEAN.en.slice(0, 7), '1. SLAs agreed with partners', '2. Welsh Government guidance on the Welsh language', '3. use tools, forms etc.',
      '4. apply Welsh Government policy', ...CLEAN.en.slice(9), 'Behaviours', 'You treat customers with respect.',
    ];
    assert.deepEqual(findingsOf(rule, lines.join('\n')).map((f) => f.message), []);
  });

  it('lower-cases in fix-all only a small word or a criterion\'s verb: a noun may be a product\'s name', () => {
    const safety = (lines: string[]) => findingsOf(rule, lines.join('\n')).map((f) => [f.range.start.line, f.fixes[0].safe]);
    const knowledge = CLEAN.en.indexOf('2. why listening matters to customers');
    const k = (item: string) => CLEAN.en.map((l, i) => (i === knowledge ? item : l));
    assert.deepEqual(safety(k('2. Windows event logs as sources of evidence')), [[knowledge, false]]);
    assert.deepEqual(safety(k('2. Why listening matters to customers')), [[knowledge, true]]);
    const criteria = [...CLEAN.en.slice(0, 7), '1. Greet customers politely', ...CLEAN.en.slice(8)];
    assert.deepEqual(safety(criteria), [[7, true]]);
  });

  it('keeps the stop of letters each with its stop: "U.K."', () => {
    const lines = [...CLEAN.en.slice(0, 8), '2. listen to customers across the U.K.', ...CLEAN.en.slice(9)];
    assert.deepEqual(findingsOf(rule, lines.join('\n')), []);
  });

  it('leaves an item that starts with a name: of several words, or a place, people or language', () => {
    const names = ['Health and Safety at Work etc. Act 1974 requirements', 'Equality Act 2010 requirements', 'Microsoft Excel functions',
      'Welsh language standards', "Wales' approach to sustainable development", 'Deddf Cydraddoldeb 2010', 'Cymraeg yn y gweithle',
      // A word the English lexicon does not know is a name or a trade's term, not a sentence start.
      'Portland cement, hydraulic lime and sand', "Ohm's law and the relationship between voltage and current", 'Legionella bacteria and where they multiply'];
    for (const name of names) {
      const lines = [...CLEAN.en.slice(0, 7), `1. ${name}`, ...CLEAN.en.slice(8)];
      assert.deepEqual(findingsOf(rule, lines.join('\n')), [], name);
    }
    const plain = [...CLEAN.en.slice(0, 7), '1. Agree the standards with your team', ...CLEAN.en.slice(8)];
    assert.deepEqual(findingsOf(rule, plain.join('\n')).map((f) => f.range.start.line), [7]);
    // In Welsh, which the lexicon does not hold, a capital is reported as before.
    const welsh = [...CLEAN.cy.slice(0, 7), `${CLEAN.cy[7].replace(/^(\d+\. )(\p{Ll})/u, (_, label, letter) => label + letter.toUpperCase())}`, ...CLEAN.cy.slice(8)];
    assert.deepEqual(findingsOf(rule, welsh.join('\n')).map((f) => f.range.start.line), [7]);
  });
});
