import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { applyEdits } from '../../../server/src/core';
import { layoutFixtures, readMarked, ROOT, sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, LANGS } from '../helpers/mutation';

const rule = 'repeated-word';

describe('rule repeated-word', () => {
  it('is silent on the samples and on the clean texts', () => {
    for (const n of ['000', '001', '002', '003', '004']) assert.deepEqual(findingsOf(rule, sample(n)), [], n);
    for (const lang of LANGS) assert.deepEqual(findingsOf(rule, CLEAN[lang].join('\n')), [], lang);
  });

  it('finds the repeats marked in its fixtures, and none in the layout fixtures', () => {
    for (const lang of LANGS) {
      const fixture = readMarked(path.join(ROOT, 'test', 'fixtures', 'rules', `repeated-word-${lang}.nos.txt`));
      assert.deepEqual(findingsOf(rule, fixture.text).map((f) => `${f.range.start.line}:${rule}`).sort(), fixture.expected, fixture.name);
    }
    for (const fixture of layoutFixtures()) assert.deepEqual(findingsOf(rule, fixture.text), [], fixture.name);
  });

  for (const lang of LANGS) {
    it(`mutation: a word written twice in an item is reported, and deleting the second restores the text (${lang})`, () => {
      const clean = CLEAN[lang].join('\n');
      const item = CLEAN[lang][7];
      const word = item.split(' ')[2];
      const dirty = clean.replace(item, item.replace(` ${word} `, ` ${word} ${word} `));
      const finding = assertMutation({ rule, clean, dirty, line: 7 });
      assert.equal(finding.message, lang === 'en' ? `“${word}” is written twice.` : `Mae “${word}” wedi'i ysgrifennu ddwywaith.`);
      assert.equal(finding.fixes[0].title, lang === 'en' ? `Delete the second “${word}”` : `Dileu'r ail “${word}”`);
      assert.equal(finding.fixes[0].safe, false);
    });
  }

  it('underlines the second word, in any case, and reads paragraphs, sub-headings and glossary entries', () => {
    const lines = [...CLEAN.en.slice(0, 3), 'This standard is about The the service.', ...CLEAN.en.slice(4, 6), 'Greet greet customers', ...CLEAN.en.slice(7), 'Glossary', 'Customer: anyone who who buys'];
    const found = findingsOf(rule, lines.join('\n'));
    assert.deepEqual(found.map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]), [[3, 27, 30], [6, 6, 11], [15, 21, 24]]);
    // A clitic on the second stays when it goes.
    const clitic = CLEAN.cy.join('\n').replace('gwrando ar geisiadau', "gwrando gwrando'n ofalus ar geisiadau");
    const [finding] = findingsOf(rule, clitic);
    assert.equal(applyEdits(clitic, finding.fixes[0].edits), CLEAN.cy.join('\n').replace('gwrando ar geisiadau', "gwrando'n ofalus ar geisiadau"));
  });

  it('leaves repeats grammar allows, words that only share a start, a line break between, and headings alone', () => {
    const text = (item: string) => [...CLEAN.en.slice(0, 7), `1. ${item}`, ...CLEAN.en.slice(8)].join('\n');
    for (const item of ['check that that work is done', 'the theory of customer service', "the customer's customers", 'record the\nthe details', 'greet customers, customers first']) {
      assert.deepEqual(findingsOf(rule, text(item)), [], item);
    }
    assert.deepEqual(findingsOf(rule, CLEAN.en.join('\n').replace('Overview', 'Overview Overview')).length, 0);
  });
});
