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
  }

  it('writes its messages in both languages', () => {
    const [stop] = findingsOf(rule, withLine(CLEAN.cy, 8, CLEAN.cy[8] + '.'));
    assert.equal(stop.message, "Mae'r eitem “2.” yn gorffen ag atalnod llawn: nid oes atalnodi ar ddiwedd eitemau.");
    const [capital] = findingsOf(rule, withLine(CLEAN.en, 7, capitalise(CLEAN.en[7])));
    assert.equal(capital.message, 'Item “1.” starts with a capital: items start lower-case (unless with a name or acronym).');
  });

  it('leaves acronyms, names the items capitalise elsewhere, abbreviations and other sections alone', () => {
    const lines = [
      ...CLEAN.en.slice(0, 7), '1. SLAs agreed with partners', '2. Welsh Government guidance on the Welsh language', '3. use tools, forms etc.',
      '4. apply Welsh Government policy', ...CLEAN.en.slice(9), 'Behaviours', 'You treat customers with respect.',
    ];
    assert.deepEqual(findingsOf(rule, lines.join('\n')).map((f) => f.message), []);
  });
});
