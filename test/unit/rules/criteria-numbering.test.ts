import * as assert from 'node:assert/strict';
import { analyse, ruleFix } from '../../../server/src/core';
import { applyFirstFix, findingsOf } from '../helpers/analyse';

const head = ['Manage a team', 'Overview', 'This standard is about managing a team.', 'Performance criteria', 'You must be able to:'];
const knowledge = ['Knowledge and understanding', 'You need to know and understand:'];
const numbering = (lines: string[]) => findingsOf('criteria-numbering', lines);

describe('rule criteria-numbering', () => {
  it('accepts 1..n', () => {
    assert.deepEqual(numbering([...head, '1. plan work', '2. brief the team', '3. check progress']), []);
  });

  it('reports a repeated number on its digits, with a fix that changes only them', () => {
    const lines = [...head, '1. plan work', '1. brief the team', '3. check progress'];
    const [finding] = numbering(lines);
    assert.deepEqual(finding.range, { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } });
    assert.equal(finding.message, 'Performance criterion numbered 1 should be 2: criteria run from 1 to 3 through the whole section.');
    assert.equal(finding.fixes[0].title, 'Change 1 to 2');
    assert.equal(finding.fixes[0].safe, true);
    assert.deepEqual(applyFirstFix(lines, finding).slice(5), ['1. plan work', '2. brief the team', '3. check progress']);
  });

  it('reports the numbers after a skipped or repeated one as one finding, renumbered by one fix', () => {
    const clean = [...head, '1. plan work', '2. brief the team', '3. check progress', '4. give feedback', '5. keep records'];
    const skipped = clean.map((line) => line.replace(/^([3-5])\./, (_, n) => `${Number(n) + 1}.`));
    const [finding, ...rest] = numbering(skipped);
    assert.equal(rest.length, 0);
    assert.deepEqual(finding.range, { start: { line: 7, character: 0 }, end: { line: 7, character: 1 } });
    assert.equal(finding.message, 'Performance criteria numbered 4 to 6 should be 3 to 5: criteria run from 1 to 5 through the whole section.');
    assert.equal(finding.fixes[0].title, 'Change 4–6 to 3–5');
    assert.deepEqual(applyFirstFix(skipped, finding), clean);
    // A repeated number: the ones after it are off by one the other way.
    const repeated = [...head, '1. plan work', '2. brief the team', '2. check progress', '3. give feedback', '4. keep records'];
    assert.deepEqual(numbering(repeated).map((f) => f.message.match(/numbered (.*?) should/)![1]), ['2 to 4']);
    assert.deepEqual(applyFirstFix(repeated, numbering(repeated)[0]), clean);
    // Two slips, two findings; a bullet between numbers ends a run.
    const two = [...head, '1. plan work', '3. brief the team', '4. check progress', '4. give feedback', '6. keep records'];
    assert.deepEqual(numbering(two).map((f) => f.fixes[0].title), ['Change 3–4 to 2–3', 'Change 6 to 5']);
    const welsh = ['Rheoli tîm', 'Trosolwg', 'Mae’r safon hon yn ymwneud â rheoli tîm.', 'Meini prawf perfformiad', 'Rhaid i chi allu:', '1. cynllunio gwaith', '3. briffio’r tîm', '4. cadw cofnodion'];
    const [cy] = numbering(welsh);
    assert.equal(cy.message, "Dylai'r meini prawf perfformiad a rifwyd o 3 i 4 fod o 2 i 3: mae'r meini prawf yn rhedeg o 1 i 3 drwy'r adran gyfan.");
    assert.equal(cy.fixes[0].title, 'Newid 3–4 i 2–3');
  });

  it('reports an item pasted twice as a repeat to remove, and numbers the items after it as if it were gone', () => {
    const clean = [...head, '1. plan work', '2. brief the team', '3. check progress'];
    for (const at of [5, 7]) {
      const pasted = [...clean.slice(0, at + 1), clean[at], ...clean.slice(at + 1)];
      const [finding, ...rest] = numbering(pasted);
      assert.equal(rest.length, 0, JSON.stringify(rest.map((f) => f.message)));
      assert.deepEqual([finding.range.start.line, finding.message], [at + 1, `Item “${clean[at].slice(0, 2)}” repeats the item before it word for word.`]);
      assert.equal(finding.fixes[0].title, 'Remove the repeated item');
      assert.equal(finding.fixes[0].safe, false);
      assert.deepEqual(applyFirstFix(pasted, finding), clean);
    }
    // The same number with other words is a slip of the number; with text between the two, no paste.
    assert.match(numbering([...clean, '3. give feedback'])[0].message, /numbered 3 should be 4/);
    assert.match(numbering([...clean, 'Review the work', '3. check progress'])[0].message, /numbered 3 should be 4/);
    const welsh = ['Rheoli tîm', 'Trosolwg', 'Mae’r safon hon yn ymwneud â rheoli tîm.', 'Meini prawf perfformiad', 'Rhaid i chi allu:', '1. cynllunio gwaith', '1. cynllunio gwaith'];
    assert.equal(numbering(welsh)[0].message, "Mae'r eitem “1.” yn ailadrodd yr eitem o'i blaen air am air.");
  });

  it('warns of an item that repeats an earlier one word for word under the same sub-heading, with no fix', () => {
    const items = ['1. agree the plan with your team', '2. brief the team on their tasks', '3. check the progress of the work'];
    const copied = [...head, ...items, '4. agree the plan with your team.'];
    const [finding, ...rest] = numbering(copied);
    assert.equal(rest.length, 0, JSON.stringify(rest.map((f) => f.message)));
    assert.deepEqual([finding.range.start.line, finding.severity, finding.message], [8, 2, 'Item “4.” repeats item “1.” word for word.']);
    assert.deepEqual(finding.fixes, []);
    const welsh = ['Rheoli tîm', 'Trosolwg', 'Mae’r safon hon yn ymwneud â rheoli tîm.', 'Meini prawf perfformiad', 'Rhaid i chi allu:',
      '1. cytuno ar y cynllun gyda’ch tîm', '2. briffio’r tîm ar eu tasgau', '3. cytuno ar y cynllun gyda’ch tîm'];
    assert.equal(numbering(welsh)[0].message, "Mae'r eitem “3.” yn ailadrodd yr eitem “1.” air am air.");
    // Short items, and items under two sub-headings, may be the same: no copy.
    assert.deepEqual(numbering([...head, '1. plan work', '2. brief the team', '3. plan work']), []);
    const underTwo = [...head, 'Plan the work', '1. agree the plan with your team', 'Review the work', '2. agree the plan with your team'];
    assert.deepEqual(numbering(underTwo), []);
  });

  it('continues the count across element sub-headings', () => {
    const lines = [...head, 'Plan the work', '1. plan work', '2. set targets', 'Review the work', '1. check progress', '2. give feedback'];
    const [finding, ...rest] = numbering(lines);
    assert.equal(rest.length, 0);
    assert.equal(finding.message, 'Performance criteria numbered 1 to 2 should be 3 to 4: criteria run from 1 to 4 through the whole section.');
    assert.deepEqual(applyFirstFix(lines, finding).slice(9), ['1. check progress', '2. give feedback'].map((line, i) => line.replace(/^\d/, String(i + 3))));
  });

  it('counts knowledge items separately, with their own message', () => {
    const lines = [...head, '1. plan work', ...knowledge, '1. how to plan', '3. why plans matter'];
    const [finding] = numbering(lines);
    assert.equal(finding.message, 'Knowledge item numbered 3 should be 2: items run from 1 to 2 through the whole section.');
  });

  it('does not number a list of bullets', () => {
    assert.deepEqual(numbering([...head, '- plan work', '- brief the team']), []);
    // Draft 002: the first bullet at the margin, the rest indented; all are items.
    assert.deepEqual(numbering([...head, '1. plan work', ...knowledge, '- how to plan', ' - why plans matter', ' - when to review']), []);
  });

  it('does not count the sub-list of a numbered item as places', () => {
    for (const bullet of ['-', '  -', '\u2022', '   *', '\u25e6']) {
      const lines = [...head, 'P1 check the equipment, including:', `${bullet} the cables`, `${bullet} the plugs`, 'P2 report faults', 'P3 keep records'];
      assert.deepEqual(numbering(lines), [], bullet);
      const wrong = [...head, '1. check the equipment, including:', `${bullet} the cables`, 'with their continuation', `${bullet} the plugs`, '3. report faults'];
      assert.deepEqual(numbering(wrong).map((f) => f.fixes[0].edits[0].newText), ['2'], bullet);
    }
  });

  it('keeps the P/K label style and converts a stray style to the section’s', () => {
    const lines = [...head, 'P1 plan work', 'P2 brief the team', '3. check progress', 'K4 review'];
    const findings = numbering(lines);
    assert.deepEqual(findings.map((f) => f.fixes[0].edits[0].newText), ['P3', 'P4']);
    assert.match(findings[0].message, /“3\.” differs from the “P1” style/);
    const fixed = applyFirstFix(lines, findings[1]);
    assert.equal(fixed[8], 'P4 review');
  });

  it('reads a label run into its text as the item it is, and puts the space in', () => {
    const clean = [...head, '1. plan work', '2. agree a time', '3. check progress'];
    for (const label of ['2.', '2)']) {
      const lines = clean.map((line) => line.replace(/^(\d)\./, `$1${label[1]}`)).map((line) => line.replace(`${label} agree`, `${label}agree`));
      const findings = numbering(lines);
      assert.deepEqual(findings.map((f) => [f.range.start.line, f.severity, f.message]), [[6, 3, `Label “${label}” runs into the text: put a space after it.`]]);
      assert.equal(findings[0].fixes[0].safe, true);
      assert.deepEqual(applyFirstFix(lines, findings[0]), lines.map((line) => line.replace(label, `${label} `)));
    }
    assert.deepEqual(applyFirstFix(clean.map((l) => l.replace('2. agree', '2.agree')), numbering(clean.map((l) => l.replace('2. agree', '2.agree')))[0]), clean);
    // A wrong number and the missing space are mended by one edit.
    const both = [...head, '1. plan work', '5.agree a time', '3. check progress'];
    const [wrong] = numbering(both);
    assert.deepEqual(applyFirstFix(both, wrong), clean);
    const welsh = ['Rheoli tîm', 'Trosolwg', 'Mae’r safon hon yn ymwneud â rheoli tîm.', 'Meini prawf perfformiad', 'Rhaid i chi allu:', '1. cynllunio gwaith', "2.gweithio'n ddiogel"];
    assert.equal(numbering(welsh)[0].message, "Mae'r label “2.” yn rhedeg i mewn i'r testun: rhowch fwlch ar ei ôl.");
    // A decimal is no label: "1.5 metres" continues nothing and numbers nothing.
    assert.deepEqual(analyse([...head, '1. keep a distance of', '1.5 metres from the edge'].join('\n')).doc.sections.at(-1)!.items.length, 1);
  });

  it('numbers only the items before a misspelt heading in the section, not the list after it, which is the next section\'s', () => {
    const lines = [...head, '1. plan work', ...knowledge, '1. how to plan', '2. how to brief', 'Scope/rnage', '1. teams', '2. shifts'];
    assert.deepEqual(numbering(lines), []);
    assert.deepEqual(findingsOf('heading-typo', lines).map((f) => f.range.start.line), [10]);
    const slipped = lines.map((line) => line.replace('2. how to brief', '3. how to brief'));
    assert.deepEqual(numbering(slipped).map((f) => [f.range.start.line, f.fixes[0].title]), [[9, 'Change 3 to 2']]);
    assert.deepEqual(numbering(lines.map((line) => line.replace('Scope/rnage', 'Scope/range'))), []);
    assert.deepEqual(numbering(lines.map((line) => line.replace('Scope/rnage', 'Plan shifts'))).map((f) => f.fixes[0].title), ['Change 1–2 to 3–4']);
  });

  it('renumbers two-digit labels and leaves the NBSP after the number', () => {
    const items = Array.from({ length: 10 }, (_, i) => `${i + 1}.\u00a0item ${i + 1}`);
    items[9] = '12.\u00a0item 10';
    const [finding] = numbering([...head, ...items]);
    assert.equal(finding.fixes[0].edits[0].newText, '10');
    assert.equal(applyFirstFix([...head, ...items], finding)[14], '10.\u00a0item 10');
  });

  it('groups the findings of each list and offers one document-wide renumber', () => {
    const lines = [...head, '1. plan work', '1. brief the team', ...knowledge, '1. how to plan', '1. why plans matter'];
    const analysis = analyse(lines.join('\n'));
    const groups = new Set(analysis.findings.filter((f) => f.ruleId === 'criteria-numbering').map((f) => f.group?.title));
    assert.deepEqual([...groups], ['Renumber performance criteria', 'Renumber knowledge and understanding']);
    assert.equal(ruleFix(analysis, 'criteria-numbering')!.title, 'Renumber all criteria and knowledge items');
  });

  it('writes Welsh messages for Welsh documents', () => {
    const lines = ['Rheoli tîm', 'Trosolwg', 'Mae’r safon hon yn ymwneud â rheoli tîm.', 'Meini prawf perfformiad', 'Mae’n rhaid eich bod chi’n gallu:', '1. cynllunio gwaith', '1. briffio’r tîm'];
    const [finding] = numbering(lines);
    assert.equal(finding.message, "Dylai'r maen prawf perfformiad a rifwyd yn 1 fod yn 2: mae'r meini prawf yn rhedeg o 1 i 2 drwy'r adran gyfan.");
    assert.equal(finding.fixes[0].title, 'Newid 1 i 2');
  });

  it('judges no numbering while items run together on one line (broken-item reports them)', () => {
    const lines = [...head, '1. plan work 2. brief the team 3. check progress', '4. give feedback'];
    assert.deepEqual(numbering(lines), []);
    assert.deepEqual(numbering([...head, '1. plan work 2. brief the team', '2. check progress']), []);
  });
});
