import * as assert from 'node:assert/strict';
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

  it('reports a missing required section where it belongs, with a fix inserting heading and lead-in', () => {
    const lines = without(complete, 'Performance criteria', 'You must be able to:', '1. plan work');
    const [finding] = missing(lines);
    assert.equal(finding.severity, 1);
    assert.equal(finding.message, 'The required section “Performance criteria” is missing.');
    assert.equal(finding.range.start.line, 4);
    assert.deepEqual(applyFirstFix(lines, finding).slice(3, 7), [
      'This standard is about planning work.', 'Performance criteria', 'You must be able to:', 'Knowledge and understanding',
    ]);
  });

  it('separates inserted lines with blank lines in spaced documents', () => {
    const lines = without(complete, 'Overview', 'This standard is about planning work.').flatMap((l) => [l, '']);
    const [finding] = missing(lines);
    assert.deepEqual(applyFirstFix(lines, finding).slice(2, 7), ['URN: CFAPLAN1', '', 'Overview', '', 'Performance criteria']);
  });

  it('reports a heading missing before its lead-in', () => {
    const lines = without(complete, 'Knowledge and understanding');
    const [finding] = missing(lines);
    assert.equal(finding.message, 'The heading “Knowledge and understanding” is missing before this lead-in.');
    assert.deepEqual(applyFirstFix(lines, finding).slice(7, 9), ['Knowledge and understanding', 'You need to know and understand:']);
  });

  it('reports a missing URN on the title, with a fix inserting the header line', () => {
    const lines = without(complete, 'URN: CFAPLAN1');
    const [finding] = missing(lines);
    assert.deepEqual(finding.range.start, { line: 0, character: 0 });
    assert.deepEqual(applyFirstFix(lines, finding).slice(0, 2), ['Plan work', 'URN: ']);
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
