import * as assert from 'node:assert/strict';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, withLine } from '../helpers/mutation';

const rule = 'heading-typo';
const en = CLEAN.en;
const cy = CLEAN.cy;
const metadata = {
  en: ['Developed by', 'Skills CFA', 'Version number', '1', 'Suite', 'Customer service', 'Keywords', 'customers'],
  cy: ['Datblygwyd gan', 'Skills CFA', 'Fersiwn rhif', '1', 'Cyfres/Set', 'Canolfan Gyswllt', 'Geiriau allweddol', 'cwsmeriaid'],
};

describe('rule heading-typo', () => {
  it('reports a misspelt section heading and offers the catalogue spelling (en)', () => {
    assertMutation({
      rule, clean: en.join('\n'), dirty: withLine(en, 4, 'Performance critera'), line: 4,
      message: '“Performance critera” looks like a misspelling of the heading “Performance criteria”.',
    });
    assertMutation({ rule, clean: en.join('\n'), dirty: withLine(en, 9, 'Knowledge and understandin'), line: 9 });
    assertMutation({ rule, clean: en.join('\n'), dirty: withLine(en, 2, 'Overvew'), line: 2 });
  });

  it('reports a misspelt section heading and offers the catalogue spelling (cy)', () => {
    assertMutation({
      rule, clean: cy.join('\n'), dirty: withLine(cy, 4, 'Meini praf perfformiad'), line: 4,
      message: "Mae'n ymddangos bod “Meini praf perfformiad” yn gamsillafiad o'r pennawd “Meini prawf perfformiad”.",
    });
    assertMutation({ rule, clean: cy.join('\n'), dirty: withLine(cy, 9, 'Gwybodaeth a dealltwraeth'), line: 9 });
  });

  it('reports a misspelt metadata label, in either language', () => {
    const english = [...en, ...metadata.en];
    assertMutation({
      rule, clean: english.join('\n'), dirty: withLine(english, 18, 'Suit'), line: 18,
      message: '“Suit” looks like a misspelling of the metadata label “Suite”.',
    });
    const welsh = [...cy, ...metadata.cy];
    assertMutation({ rule, clean: welsh.join('\n'), dirty: withLine(welsh, 18, 'Cyfes/Set'), line: 18 });
  });

  it('reads a misspelt label as a reader sees it, invisible characters around and inside it', () => {
    const english = [...en, ...metadata.en];
    for (const written of ['Sui\u200bt', '\u200bSuit\u00ad', 'Suit\u200b: Customer service', 'Suit\u2060 \u200b Customer service']) {
      const findings = findingsOf(rule, withLine(english, 18, written));
      assert.deepEqual(findings.map((f) => [f.range.start.line, written.slice(f.range.start.character, f.range.end.character)]), [[18, written.startsWith('Sui\u200b') ? 'Sui\u200bt' : 'Suit']], JSON.stringify(written));
    }
  });

  it('reports draft 003’s “Cyfes/Set” (and missing-section no longer does)', () => {
    const findings = findingsOf(rule, sample('003'));
    assert.deepEqual(findings.map((f) => [f.range.start.line + 1, f.fixes[0].edits[0].newText]), [[114, 'Cyfres/Set']]);
    assert.deepEqual(findingsOf('missing-section', sample('003')).filter((f) => f.range.start.line === 113).map((f) => f.message).filter((m) => /Cyfes/.test(m)), []);
  });

  it('leaves element sub-headings, short words and sentences alone', () => {
    const lines = [...en.slice(0, 6), 'Values and ethics', '1. greet customers politely', 'Skill', 'Overview of the knowledge needed', '2. listen carefully'];
    assert.deepEqual(findingsOf(rule, lines.join('\n')), []);
    assert.deepEqual(findingsOf(rule, sample('001')), []);
  });
});
