import * as assert from 'node:assert/strict';
import { analyse } from '../../../server/src/core';
import { applyFirstFix, findingsOf } from '../helpers/analyse';

const metadata = [
  'Developed by', 'Skills CFA', 'Version number', '1', 'Date approved', '13 Feb 2024',
  'Indicative review date', '13 Feb 2027', 'Validity', 'Current', 'Status', 'Original',
  'Originating organisation', 'Skills CFA', 'Original URN', 'CFAPLAN1', 'Relevant occupations', 'Planners',
  'SOC code', '3545', 'Suite', 'Planning', 'Keywords', 'planning; work',
];
const complete = [
  'Plan work', 'URN: CFAPLAN1', 'Overview', 'This standard is about planning work.',
  'Performance criteria', 'You must be able to:', '1. plan work',
  'Knowledge and understanding', 'You need to know and understand:', '1. how to plan',
  ...metadata,
];
const missing = (lines: string[]) => findingsOf('missing-section', lines);
const without = (lines: string[], ...drop: string[]) => lines.filter((l) => !drop.includes(l));

describe('rule missing-section', () => {
  it('accepts a complete document', () => {
    assert.deepEqual(missing(complete), []);
  });

  it('reports a missing required section where it goes, underlining nothing, with a fix inserting heading, lead-in and a first item', () => {
    const lines = without(complete, 'Performance criteria', 'You must be able to:', '1. plan work');
    const [finding] = missing(lines);
    assert.equal(finding.severity, 1);
    assert.equal(finding.message, 'The required section “Performance criteria” is missing: add its heading here.');
    // An empty range at the end of the line after which the section goes.
    const end = { line: 3, character: lines[3].length };
    assert.deepEqual(finding.range, { start: end, end });
    const fixed = applyFirstFix(lines, finding);
    assert.deepEqual(fixed.slice(3, 8), [
      'This standard is about planning work.', 'Performance criteria', 'You must be able to:', '1. ', 'Knowledge and understanding',
    ]);
    // The cursor goes after "1. ", and the new section is not reported empty.
    const [fix] = finding.fixes;
    assert.equal(fix.edits[0].newText.slice(0, fix.cursor), 'Performance criteria\nYou must be able to:\n1. ');
    assert.deepEqual(analyse(fixed.join('\n')).findings, []);
  });

  it('inserts a missing overview with its opening words, in the document language', () => {
    const welsh = ['Cynllunio gwaith', 'URN: CFAPLAN1', 'Meini prawf perfformiad', "Mae'n rhaid eich bod chi'n gallu:", '1. cynllunio gwaith',
      'Gwybodaeth a dealltwriaeth', 'Mae angen i chi wybod a deall:', '1. sut i gynllunio'];
    const [finding] = missing(welsh);
    assert.equal(finding.message, "Mae'r adran ofynnol “Trosolwg” ar goll: ychwanegwch ei phennawd yma.");
    assert.deepEqual(applyFirstFix(welsh, finding).slice(2, 4), ['Trosolwg', "Mae'r safon hon yn ymwneud â "]);
    assert.equal(finding.fixes[0].cursor, finding.fixes[0].edits[0].newText.length - 1);
  });

  it('separates inserted lines with blank lines in spaced documents', () => {
    const lines = without(complete, 'Overview', 'This standard is about planning work.').flatMap((l) => [l, '']);
    const [finding] = missing(lines);
    assert.deepEqual(applyFirstFix(lines, finding).slice(2, 9), ['URN: CFAPLAN1', '', 'Overview', '', 'This standard is about ', '', 'Performance criteria']);
  });

  it('reports a heading missing before its lead-in, at the end of the line before', () => {
    const lines = without(complete, 'Knowledge and understanding');
    const [finding] = missing(lines);
    assert.deepEqual(finding.range.start, { line: 6, character: lines[6].length });
    assert.equal(finding.message, 'The heading “Knowledge and understanding” is missing before this lead-in.');
    assert.deepEqual(applyFirstFix(lines, finding).slice(7, 9), ['Knowledge and understanding', 'You need to know and understand:']);
  });

  it('leaves a heading misspelt before its lead-in to heading-typo: one slip, one finding', () => {
    for (const [heading, typo] of [['Performance criteria', 'Performence criteria'], ['Knowledge and understanding', 'Knowledge and understandng']]) {
      const lines = complete.map((l) => (l === heading ? typo : l));
      assert.deepEqual(missing(lines), [], typo);
      assert.equal(findingsOf('heading-typo', lines).length, 1, typo);
    }
  });

  it('reports a missing URN at the end of the title, underlining nothing, with a fix inserting the header line', () => {
    const lines = without(complete, 'URN: CFAPLAN1');
    const [finding] = missing(lines);
    const end = { line: 0, character: 'Plan work'.length };
    assert.deepEqual(finding.range, { start: end, end });
    assert.deepEqual(applyFirstFix(lines, finding).slice(0, 2), ['Plan work', 'URN: ']);
    assert.equal(finding.fixes[0].cursor, 'URN: '.length);
  });

  it('reports a missing URN at the top of a document without a title', () => {
    const lines = ['', ...without(complete, 'Plan work', 'URN: CFAPLAN1')];
    const finding = missing(lines).find((f) => f.message.startsWith('The URN'));
    assert.deepEqual(finding?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
  });

  it('accepts "RCU:" as the URN label, as "RCU gwreiddiol" is', () => {
    const lines = complete.map((l) => (l === 'URN: CFAPLAN1' ? 'RCU: CFAPLAN1' : l));
    assert.deepEqual(missing(lines), []);
    assert.equal(analyse(lines.join('\n')).doc.urn?.value, 'CFAPLAN1');
  });

  it('waits, silent, while the document has not begun', () => {
    assert.deepEqual(missing(['Plan work', 'URN: CFAPLAN1']), []);
  });

  it('reports a few missing metadata fields one by one, SOC code as information', () => {
    const lines = without(complete, 'Status', 'Original', 'SOC code', '3545');
    const findings = missing(lines);
    assert.deepEqual(findings.map((f) => [f.message, f.severity]), [
      ['The metadata field “Status” is missing.', 2],
      ['The metadata field “SOC code” is missing.', 3],
    ]);
    assert.deepEqual(applyFirstFix(lines, findings[0]).slice(-1), ['Status']);
  });

  it('reports a missing block, or many missing fields, as one finding', () => {
    const body = complete.slice(0, 10);
    const [block] = missing(body);
    assert.match(block.message, /^The metadata block is missing: Developed by, Version number, .*, Keywords\.$/);
    assert.equal(applyFirstFix(body, block).length, body.length + 12);
    const [many] = missing([...body, 'Developed by', 'Skills CFA']);
    assert.match(many.message, /^Metadata fields are missing: Version number, /);
  });
});
