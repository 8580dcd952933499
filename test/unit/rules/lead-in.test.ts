import * as assert from 'node:assert/strict';
import { analyse, applyEdits, fixAll } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, withLine } from '../helpers/mutation';

const clean = (lang: 'en' | 'cy') => CLEAN[lang].join('\n');

describe('rule lead-in', () => {
  it('reports a lead-in in the other language and puts the document’s in its place (en, cy)', () => {
    assertMutation({
      rule: 'lead-in', clean: clean('cy'), dirty: withLine(CLEAN.cy, 10, 'You need to know and understand:'), line: 10, safe: true,
      message: "Nid yw'r cyflwyniad “You need to know and understand:” yn Gymraeg: cyflwyniad y ddogfen hon yw “Mae angen i chi wybod a deall:”.",
    });
    assertMutation({
      rule: 'lead-in', clean: clean('en'), dirty: withLine(CLEAN.en, 5, "Mae'n rhaid eich bod chi'n gallu:"), line: 5, safe: true,
      message: "The lead-in “Mae'n rhaid eich bod chi'n gallu:” is not in English: this document's lead-in is “You must be able to:”.",
    });
  });

  it('names the document’s lead-in and language whatever the messages’ language', () => {
    const welsh = withLine(CLEAN.cy, 10, 'You need to know and understand:');
    const [other] = findingsOf('lead-in', welsh, { messages: 'en' });
    assert.equal(other.message, 'The lead-in “You need to know and understand:” is not in Welsh: this document\'s lead-in is “Mae angen i chi wybod a deall:”.');
    assert.equal(other.fixes[0].title, 'Change to “Mae angen i chi wybod a deall:”');
    const english = withLine(CLEAN.en, 5, "Mae'n rhaid eich bod chi'n gallu:");
    assert.equal(findingsOf('lead-in', english, { messages: 'cy' })[0].message,
      "Nid yw'r cyflwyniad “Mae'n rhaid eich bod chi'n gallu:” yn Saesneg: cyflwyniad y ddogfen hon yw “You must be able to:”.");
    const [missing] = findingsOf('lead-in', withLine(CLEAN.cy, 10, null), { messages: 'en' });
    assert.equal(missing.message, `The lead-in “Mae angen i chi wybod a deall:” is missing after the heading “${CLEAN.cy[9]}”.`);
    assert.equal(missing.fixes[0].title, 'Insert “Mae angen i chi wybod a deall:”');
  });

  it('reports a missing lead-in on the heading, as an error, and inserts it (en, cy)', () => {
    for (const [lang, line] of [['en', 10], ['cy', 10], ['en', 5], ['cy', 5]] as const) {
      const finding = assertMutation({ rule: 'lead-in', clean: clean(lang), dirty: withLine(CLEAN[lang], line, null), line: line - 1, safe: true });
      assert.equal(finding.severity, 1);
    }
  });

  it('reports a lead-in worded otherwise and offers the format’s wording, outside fix-all', () => {
    const cases = [
      ['en', 5, 'You should be able to:', 'The lead-in “You should be able to:” is worded otherwise than the format\'s: “You must be able to:”.'],
      ['en', 10, '**You must know and understand:**', 'The lead-in “You must know and understand:” is worded otherwise than the format\'s: “You need to know and understand:”.'],
      ['cy', 5, 'Rhaid i chi fedru:', "Mae geiriad y cyflwyniad “Rhaid i chi fedru:” yn wahanol i eiriad y fformat: “Rhaid i chi allu:”."],
    ] as const;
    for (const [lang, line, written, message] of cases) {
      const dirty = withLine(CLEAN[lang], line, written);
      // The catalogue's lead-in nearest the words written.
      const expected = withLine(CLEAN[lang], line, written.replace(/[^*]+/, /fedru/.test(written) ? 'Rhaid i chi allu:' : CLEAN[lang][line]));
      assertMutation({ rule: 'lead-in', clean: expected, dirty, line, message, safe: false });
      assert.equal(applyEdits(dirty, fixAll(analyse(dirty))?.edits ?? []).split('\n')[line], written, 'fix-all leaves the writer’s words');
    }
    // A sub-heading ending in a colon, first under the heading, is no lead-in.
    const [missing] = findingsOf('lead-in', withLine(CLEAN.en, 5, 'Greet customers:'));
    assert.match(missing.message, /is missing after the heading/);
  });

  it('writes the apostrophes the section writes: a Word copy’s are curly', () => {
    // A criterion with an apostrophe in the section, as most have.
    const curly = withLine(CLEAN.cy, 8, '2. gwrando ar geisiadau’r cwsmeriaid').split('\n').map((line) => line.replaceAll("'", '’'));
    const english = withLine(curly, 5, 'You must be able to:');
    const [other] = findingsOf('lead-in', english);
    assert.equal(applyEdits(english, other.fixes[0].edits).split('\n')[5], 'Mae’n rhaid eich bod chi’n gallu:');
    const [missing] = findingsOf('lead-in', withLine(curly, 5, null));
    assert.equal(missing.fixes[0].edits[0].newText.trim(), 'Mae’n rhaid eich bod chi’n gallu:');
    // Straight ones stay straight.
    assert.equal(findingsOf('lead-in', withLine(CLEAN.cy, 5, null))[0].fixes[0].edits[0].newText.trim(), "Mae'n rhaid eich bod chi'n gallu:");
  });

  it('keeps the markup around a lead-in it replaces', () => {
    const lines = ['# Title', '## Performance criteria', '*Mae angen i chi wybod a deall:*', '1. plan work'];
    const [finding] = findingsOf('lead-in', lines.join('\n'), { language: 'en' });
    assert.equal(applyEdits(lines.join('\n'), finding.fixes[0].edits).split('\n')[2], '*You need to know and understand:*');
  });

  it('keeps the invisible characters after a lead-in it replaces, for invisible-character, and names it without them', () => {
    const lines = ['# Title', '## Performance criteria', '*Mae angen i chi wybod a deall:*\u202e', '1. plan work'];
    const [finding] = findingsOf('lead-in', lines.join('\n'), { language: 'en' });
    assert.match(finding.message, /“Mae angen i chi wybod a deall:”/);
    assert.equal(applyEdits(lines.join('\n'), finding.fixes[0].edits).split('\n')[2], '*You need to know and understand:*\u202e');
  });

  it('says nothing about an empty section (empty-section reports it) or a repeated lead-in', () => {
    assert.deepEqual(findingsOf('lead-in', withLine(CLEAN.en, 5, null).split('\n').slice(0, 4).concat('Performance criteria').join('\n')), []);
    const repeated = [...CLEAN.en, 'You need to know and understand:', 'Plan', '3. how to plan'];
    assert.deepEqual(findingsOf('lead-in', repeated.join('\n')), []);
  });

  it('is fixed by fix-all in drafts 000-002 and 004', () => {
    for (const number of ['000', '001', '002', '004']) {
      const text = sample(number);
      const fixed = applyEdits(text, fixAll(analyse(text))!.edits);
      assert.deepEqual(findingsOf('lead-in', fixed), [], number);
      assert.ok(fixed.includes('\nMae angen i chi wybod a deall:'), number);
    }
  });
});
