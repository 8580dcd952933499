import * as assert from 'node:assert/strict';
import { analyse, applyEdits, fixAll } from '../../../server/src/core';
import { FIELDS, SECTIONS } from '../../../server/src/core/catalogue';
import { layoutFixtures } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, withLine } from '../helpers/mutation';

const rule = 'mixed-language';

describe('rule mixed-language', () => {
  it('reports an English heading in a Welsh document and puts the Welsh one in its place', () => {
    assertMutation({
      rule, clean: CLEAN.cy.join('\n'), dirty: withLine(CLEAN.cy, 2, 'Overview'), line: 2, safe: true,
      message: "Mae'r pennawd “Overview” yn Saesneg mewn dogfen Gymraeg: defnyddiwch “Trosolwg”.",
    });
    const markdown = withLine(CLEAN.cy, 9, '## Gwybodaeth a dealltwriaeth').split('\n');
    assertMutation({ rule, clean: markdown.join('\n'), dirty: withLine(markdown, 9, '## Knowledge and Understanding'), line: 9, safe: true });
  });

  it('reports a Welsh heading in an English document', () => {
    assertMutation({
      rule, clean: CLEAN.en.join('\n'), dirty: withLine(CLEAN.en, 4, 'Meini prawf perfformiad'), line: 4, safe: true,
      message: 'The heading “Meini prawf perfformiad” is in Welsh in a document in English: use “Performance criteria”.',
    });
  });

  it('leaves out of fix-all a translation inside a line of flattened text, and applies it once the part has a line of its own', () => {
    const flat = "Cynllunio gwaith URN: CFAPLAN1 Overview Mae’r safon hon yn ymwneud â chynllunio. Meini prawf perfformiad Mae'n rhaid eich bod chi'n gallu: P1 cynllunio gwaith P2 cytuno arno Keywords: cynllunio";
    const found = (text: string) => analyse(text, { language: 'cy' }).findings.filter((f) => f.ruleId === 'mixed-language').map((f) => [f.fixes[0].title, f.fixes[0].safe]);
    // Whether the line is flattened rests on the headings and labels inside it.
    assert.deepEqual(found(flat), [['Newid i “Trosolwg”', false], ['Newid i “Geiriau allweddol”', false]]);
    const split = analyse(flat, { language: 'cy' }).findings.find((f) => f.ruleId === 'flattened-text')!;
    // The label starting the metadata block stays out for its number of words.
    assert.deepEqual(found(applyEdits(flat, split.fixes[0].edits)), [['Newid i “Trosolwg”', true], ['Newid i “Geiriau allweddol”', false]]);
  });

  it('reports metadata labels in the other language, keeping the web header’s form', () => {
    const welsh = [...CLEAN.cy, 'Datblygwyd gan', 'Skills CFA', 'Fersiwn rhif', '1'];
    assertMutation({ rule, clean: welsh.join('\n'), dirty: withLine(welsh, 16, 'Version number'), line: 16, safe: true });
    const header = [CLEAN.cy[0], 'URN: CFACSB1', 'Cymeradwy ar: 30 Maw 2021', ...CLEAN.cy.slice(2)];
    assertMutation({ rule, clean: header.join('\n'), dirty: withLine(header, 2, 'Approved on: 30 Maw 2021'), line: 2, safe: true });
  });

  it('translates a label to its pair: a display name to a display name, a database name to a database name', () => {
    const welsh = [...CLEAN.cy, 'Datblygwyd gan', 'Skills CFA'];
    for (const [written, wanted] of [['NOS category', 'Categori SGC'], ['NOSCategory', 'NOSCategori'], ['Originating organization', 'Sefydliad cychwynnol']]) {
      const [finding] = findingsOf(rule, [...welsh, written, 'Skills CFA'].join('\n'));
      assert.equal(finding.fixes[0].edits[0].newText, wanted, written);
    }
    // A Welsh variant translates to the British spelling, not to the American one beside it.
    const english = [...CLEAN.en, 'Developed by', 'Skills CFA'];
    for (const [written, wanted] of [['Sefydliad gwreiddiol', 'Originating organisation'], ['Ymddygiadau', 'Behaviours'], ['Cymeradwy ar', 'Approved on']]) {
      const [finding] = findingsOf(rule, [...english, written, 'Skills CFA'].join('\n'));
      assert.equal(finding?.fixes[0].edits[0].newText, wanted, written);
    }
  });

  it('pairs only labels the catalogue lists', () => {
    for (const spec of [...SECTIONS, ...FIELDS]) {
      for (const pair of spec.pairs ?? []) {
        assert.ok(spec.labels.en.includes(pair.en) && spec.labels.cy.includes(pair.cy), `${spec.id}: ${pair.en} / ${pair.cy}`);
      }
    }
  });

  it('leaves out of fix-all a translation with another number of words of the label that starts the metadata', () => {
    // "Keywords ’" with its value on its line may be prose; "Geiriau allweddol ’" is a label.
    const text = ['Title', 'URN: CFACSB1', 'Performance criteria', 'You must be able to:', 'Geiriau allweddol customer', '', '30 Mar 2021'].join('\n');
    const [finding] = findingsOf(rule, text);
    assert.deepEqual([finding.fixes[0].edits[0].newText, finding.fixes[0].safe], ['Keywords', false]);
    // After another label, it is read as a label whatever its words.
    const later = [...CLEAN.en, 'Developed by', 'Skills CFA', 'Geiriau allweddol', 'customer'].join('\n');
    assert.equal(findingsOf(rule, later)[0].fixes[0].safe, true);
  });

  it('leaves out of fix-all such a translation wherever a space alone parts the label from its value', () => {
    // After a label awaiting its value, "Keywords customer" would be that value.
    const spaced = [...CLEAN.en, 'Status', 'Geiriau allweddol customer'].join('\n');
    assert.equal(findingsOf(rule, spaced)[0].fixes[0].safe, false);
    const colon = [...CLEAN.en, 'Status', 'Geiriau allweddol: customer'].join('\n');
    assert.equal(findingsOf(rule, colon)[0].fixes[0].safe, true);
  });

  it('leaves URN, English values and organisation names, and lead-ins (lead-in reports them)', () => {
    const welsh = [...CLEAN.cy.slice(0, 10), 'You need to know and understand:', ...CLEAN.cy.slice(11), 'Datblygwyd gan', 'Skills for Justice', 'Dilysrwydd', 'Current'];
    assert.deepEqual(findingsOf(rule, welsh.join('\n')), []);
  });

  it('is silent on the English layout fixtures and fixed by fix-all', () => {
    for (const fixture of layoutFixtures().filter((f) => f.name.includes('-en'))) assert.deepEqual(findingsOf(rule, fixture.text), [], fixture.name);
    const dirty = withLine(CLEAN.cy, 2, 'Overview');
    assert.deepEqual(findingsOf(rule, applyEdits(dirty, fixAll(analyse(dirty))!.edits)), []);
  });
});
