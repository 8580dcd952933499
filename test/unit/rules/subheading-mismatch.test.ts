import * as assert from 'node:assert/strict';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, withLine } from '../helpers/mutation';

const rule = 'subheading-mismatch';

describe('rule subheading-mismatch', () => {
  it('reports a knowledge sub-heading spelt otherwise than its criteria twin (en)', () => {
    const finding = assertMutation({
      rule, clean: CLEAN.en.join('\n'), dirty: withLine(CLEAN.en, 11, 'Greet custmers'), line: 11,
      message: '“custmers” in this sub-heading is spelt “customers” in the matching sub-heading under “Performance criteria”: “Greet customers”.',
    });
    assert.equal(finding.severity, 3);
  });

  it('reports a knowledge sub-heading spelt otherwise than its criteria twin (cy)', () => {
    assertMutation({ rule, clean: CLEAN.cy.join('\n'), dirty: withLine(CLEAN.cy, 11, 'Cyfarch cwsmeiaid'), line: 11 });
  });

  it('reports two letters swapped in a short word, a slip of one key (“pergyl” for “perygl”)', () => {
    assertMutation({ rule, clean: CLEAN.en.join('\n'), dirty: withLine(CLEAN.en, 11, 'Geret customers'), line: 11 });
    const welsh = withLine(withLine(CLEAN.cy, 6, "Gweithio yn y parth perygl").split('\n'), 11, "Gweithio yn y parth perygl").split('\n');
    assertMutation({ rule, clean: welsh.join('\n'), dirty: withLine(welsh, 11, 'Gweithio yn y parth pergyl'), line: 11 });
  });

  it('reports the criteria sub-heading when the items spell the word as the knowledge one does', () => {
    assertMutation({ rule, clean: CLEAN.en.join('\n'), dirty: withLine(CLEAN.en, 6, 'Greet custmers'), line: 6 });
  });

  it('offers the other section’s whole wording too', () => {
    const lines = withLine(CLEAN.cy, 11, 'Cyfarch y cwsmeiaid').split('\n');
    const [finding] = findingsOf(rule, lines.join('\n'));
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Newid i “cwsmeriaid”', 'Defnyddio “Cyfarch cwsmeriaid”']);
  });

  it('offers no whole wording over symbols, which the writer may not mean to lose', () => {
    const [finding] = findingsOf(rule, withLine(CLEAN.cy, 11, 'Cyfarch y > cwsmeiaid'));
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Newid i “cwsmeriaid”']);
    // A combining accent is part of a letter.
    const [accent] = findingsOf(rule, withLine(CLEAN.cy, 11, 'Cyfarch y\u0302 cwsmeiaid'));
    assert.deepEqual(accent.fixes.map((f) => f.title), ['Newid i “cwsmeriaid”', 'Defnyddio “Cyfarch cwsmeriaid”']);
  });

  it('reports draft 001’s “Ymgyslltu” against “Ymgysylltu”', () => {
    const [finding] = findingsOf(rule, sample('001'));
    assert.equal(finding.range.start.line + 1, 68);
    assert.equal(finding.fixes[0].edits[0].newText, 'Ymgysylltu');
    // The heading is named as the document writes it, whatever the messages' language.
    assert.match(findingsOf(rule, sample('001'), { messages: 'en' })[0].message, /in the matching sub-heading under “Meini prawf perfformiad”/);
  });

  it('reads no word through a hidden character, and offers no whole wording over one', () => {
    // "Change to “customers”" on "Greet cust" would leave "Greet customers\u00admers".
    for (const k of ['Greet cust\u00admers', 'Greet custm\u0000ers', 'Greet cust\u{18cd6}mers']) assert.deepEqual(findingsOf(rule, withLine(CLEAN.en, 11, k)), [], k);
    const [finding] = findingsOf(rule, withLine(CLEAN.cy, 11, 'Cyfarch y\u200b cwsmeiaid'));
    assert.deepEqual(finding.fixes.map((f) => f.title), ['Newid i “cwsmeriaid”']);
    // In the twin too, past an apostrophe: its wording is not offered either.
    const twin = withLine(CLEAN.en, 6, 'Greet customers’\u0000s').split('\n');
    assert.deepEqual(findingsOf(rule, withLine(twin, 11, 'Greet custmers')), []);
    const hiddenInTwin = withLine(CLEAN.en, 6, 'Greet\u200b customers').split('\n');
    const [other] = findingsOf(rule, withLine(hiddenInTwin, 11, 'Greet custmers'));
    assert.deepEqual(other.fixes.map((f) => f.title), ['Change to “customers”']);
  });

  it('leaves mutations, plurals, other wording and unequal counts alone', () => {
    for (const k of ['Cyfarch gwsmeriaid', 'Cyfarch chwsmeriaid', 'Cyfarch cwsmer', 'Gwrando ar gwsmeriaid']) {
      assert.deepEqual(findingsOf(rule, withLine(CLEAN.cy, 11, k)), [], k);
    }
    // Two mutations of one radical: soft in one sub-heading, aspirate in the other.
    const soft = withLine(CLEAN.cy, 6, 'Cyfarch gwsmeriaid').split('\n');
    assert.deepEqual(findingsOf(rule, withLine(soft, 11, 'Cyfarch chwsmeriaid')), []);
    const extra = [...CLEAN.en.slice(0, 9), 'Listen to customers', '3. listen to custmers', ...CLEAN.en.slice(9).map((l) => l.replace('Greet customers', 'Greet custmers'))];
    assert.deepEqual(findingsOf(rule, extra.join('\n')), []);
  });
});
