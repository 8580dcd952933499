import * as assert from 'node:assert/strict';
import { analyse, applyEdits, fixAll, groupFix, ruleFix } from '../../../server/src/core';
import { sample } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, LANGS } from '../helpers/mutation';

const bulleted = (lines: string[], at: number[], bullet = '-') =>
  lines.map((line, i) => (at.includes(i) ? line.replace(/^\d+\./, bullet) : line)).join('\n');

describe('rule unnumbered-item', () => {
  for (const lang of LANGS) {
    it(`reports a bullet opening a numbered list and numbers it (${lang})`, () => {
      assertMutation({ rule: 'unnumbered-item', clean: CLEAN[lang].join('\n'), dirty: bulleted(CLEAN[lang], [7]), line: 7, safe: true });
      assertMutation({ rule: 'unnumbered-item', clean: CLEAN[lang].join('\n'), dirty: bulleted(CLEAN[lang], [12]), line: 12, safe: true });
    });

    it(`reports a bulleted list once and numbers it whole, for any bullet (${lang})`, () => {
      for (const bullet of ['-', '•', '*', '–']) {
        const finding = assertMutation({ rule: 'unnumbered-item', clean: CLEAN[lang].join('\n'), dirty: bulleted(CLEAN[lang], [12, 13], bullet), line: 12, safe: true });
        assert.equal(finding.fixes[0].edits.length, 2);
      }
    });
  }

  it('reports whatever the bullets’ indentation, in English and Welsh messages', () => {
    const lines = ['Title', 'Performance criteria', 'You must be able to:', '- plan work', ' - brief the team', '   - check progress'];
    const [finding] = findingsOf('unnumbered-item', lines.join('\n'));
    assert.equal(finding.message, 'These 3 performance criteria have bullets “-” instead of numbers: number them 1 to 3.');
    assert.equal(finding.fixes[0].title, 'Number 1 to 3');
    const [cy] = findingsOf('unnumbered-item', lines.join('\n'), { language: 'cy' });
    assert.equal(cy.message, 'Mae bwledi “-” yn lle rhifau ar y 3 maen prawf perfformiad hyn: rhifwch nhw o 1 i 3.');
  });

  it('leaves the sub-list of a numbered item alone, whatever its indentation', () => {
    const lines = ['Title', 'Performance criteria', 'You must be able to:', '1. plan work, with:', '   - the team', '- customers', '2. check progress'];
    assert.deepEqual(findingsOf('unnumbered-item', lines.join('\n')), []);
  });

  it('numbers in the P/K style of the section', () => {
    const lines = ['Title', 'Knowledge and understanding', 'You need to know and understand:', '- how to plan', 'K2 why plans matter'];
    const [finding] = findingsOf('unnumbered-item', lines.join('\n'));
    assert.equal(finding.fixes[0].edits[0].newText, 'K1');
  });

  it('leaves out of fix-all a numbering that would make a wrapped number an item, in a list of bare numbers', () => {
    const list = (second: string) => ['Title', 'Performance criteria', 'You must be able to:', '- respond within', '', ' 24 hours', second].join('\n');
    // " 24 hours" wraps the bullet's text; numbered "1", the bullet would make it item 24 of a bare list.
    const [bare] = findingsOf('unnumbered-item', list('2 Report the call'));
    assert.equal(bare.fixes[0].edits[0].newText, '1');
    assert.equal(bare.fixes[0].safe, false);
    const [dotted] = findingsOf('unnumbered-item', list('2. report the call'));
    assert.equal(dotted.fixes[0].edits[0].newText, '1.');
    assert.equal(dotted.fixes[0].safe, true);
  });

  it('numbers a bullet alone on its line "1." in a list of bare numbers, and leaves that out of fix-all', () => {
    const list = (bullet: string) => ['Title', 'Performance criteria', 'You must be able to:', bullet, 'identify risks', '2 Report them', '3 Record them'].join('\n');
    // "1" alone on its line would be no item; "1." changes the style the list is read in.
    const [alone] = findingsOf('unnumbered-item', list('•'));
    assert.equal(alone.fixes[0].edits[0].newText, '1.');
    assert.equal(alone.fixes[0].safe, false);
    const [spoken] = findingsOf('unnumbered-item', list('• plan the work'));
    assert.equal(spoken.fixes[0].edits[0].newText, '1');
    assert.equal(spoken.fixes[0].safe, true);
  });

  it('offers one action per list and one for the document; fix-all numbers drafts 000, 002 and 004', () => {
    const analysis = analyse(sample('000'));
    const findings = analysis.findings.filter((f) => f.ruleId === 'unnumbered-item');
    assert.deepEqual(findings.map((f) => f.group!.title), ["Rhifo'r meini prawf perfformiad", "Rhifo'r eitemau gwybodaeth"]);
    assert.equal(groupFix(analysis, findings[0].group!.key), null); // one finding: its own fix is the list's
    assert.equal(ruleFix(analysis, 'unnumbered-item')!.title, "Rhifo'r holl feini prawf ac eitemau gwybodaeth â bwledi");
    for (const number of ['000', '002', '004']) {
      const text = sample(number);
      const fixed = applyEdits(text, fixAll(analyse(text))!.edits);
      const after = analyse(fixed).findings.filter((f) => f.ruleId === 'unnumbered-item' || f.ruleId === 'criteria-numbering');
      assert.deepEqual(after, [], number);
    }
  });
});
