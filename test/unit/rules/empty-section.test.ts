import * as assert from 'node:assert/strict';
import { analyse, applyEdits, groupFix } from '../../../server/src/core';
import { applyFirstFix, findingsOf } from '../helpers/analyse';
import { sample } from '../helpers/fixtures';

const start = ['Plan work', 'URN: CFAPLAN1', 'Overview', 'This standard is about planning work.',
  'Performance criteria', 'You must be able to:', '1. plan work',
  'Knowledge and understanding', 'You need to know and understand:', '1. how to plan'];
const empty = (lines: string[]) => findingsOf('empty-section', lines);

describe('rule empty-section', () => {
  it('reports an empty required section as an error without a removal fix', () => {
    const lines = start.filter((l) => l !== 'This standard is about planning work.');
    const [finding] = empty(lines);
    assert.equal(finding.severity, 1);
    assert.equal(finding.message, 'The required section “Overview” has no content.');
    assert.deepEqual(finding.fixes, []);
  });

  it('counts a criteria section with only a lead-in as empty', () => {
    const lines = start.filter((l) => l !== '1. plan work');
    assert.equal(empty(lines)[0].message, 'The required section “Performance criteria” has no content.');
  });

  it('reports an empty optional heading as an unnecessary warning and removes it', () => {
    const lines = [...start, '', 'Values', '', '', 'Skills', '- listening'];
    const [finding] = empty(lines);
    assert.equal(finding.severity, 2);
    assert.equal(finding.unnecessary, true);
    assert.deepEqual(finding.range, { start: { line: 11, character: 0 }, end: { line: 11, character: 6 } });
    assert.deepEqual(applyFirstFix(lines, finding).slice(10), ['', 'Skills', '- listening']);
  });

  // nos-format.md §5: empty sub-headings are an issue only where their parent has content.
  it('reports an empty scope/range once for it and its empty sub-headings, its fix removing all three', () => {
    const lines = [...start, 'Scope/range', 'Scope/range related to performance criteria', 'Scope/range related to knowledge and understanding', 'Glossary', 'Plan: what you intend to do'];
    const findings = empty(lines);
    assert.deepEqual(findings.map((f) => f.range.start.line), [10]);
    assert.match(findings[0].message, /“Scope\/range” and its sub-headings have no content/);
    assert.equal(findings[0].fixes[0].title, 'Remove the empty heading “Scope/range” and its sub-headings');
    assert.deepEqual(applyFirstFix(lines, findings[0]).slice(10), ['Glossary', 'Plan: what you intend to do']);
  });

  it('offers no removal where a metadata label stands among the empty headings, which would go with them', () => {
    const lines = [...start, 'Scope/range', 'URN', 'Scope/range related to knowledge and understanding', 'Glossary', 'Plan: what you intend to do'];
    const [finding] = empty(lines);
    assert.match(finding.message, /“Scope\/range” and its sub-headings have no content/);
    assert.deepEqual(finding.fixes, []);
  });

  it('reports an empty sub-heading with no parent heading above it', () => {
    const lines = [...start, 'Scope/range related to performance criteria', 'Glossary', 'Plan: what you intend to do'];
    assert.deepEqual(empty(lines).map((f) => f.range.start.line), [10]);
  });

  it('reports the empty sub-heading once its sibling gets content, and not once that is gone, edit by edit', () => {
    // Blank lines keep the edit away from the first sub-heading, which the re-parse then keeps as it was.
    const lines = [...start, 'Scope/range', 'Scope/range related to performance criteria', 'Scope/range related to knowledge and understanding', '', '', '', '', ''];
    const before = analyse(lines.join('\n'));
    const filled = [...lines, 'Customers:', '1. internal'].join('\n');
    const after = analyse(filled, { previous: before });
    const lineOf = (analysis: typeof before) => analysis.findings.filter((f) => f.ruleId === 'empty-section').map((f) => f.range.start.line);
    assert.deepEqual(lineOf(after), [11]);
    assert.deepEqual(lineOf(analyse(lines.join('\n'), { previous: after })), [10]);
  });

  it('reports an empty sub-heading beside one with content, but not the parent', () => {
    const lines = [...start, 'Scope/range', 'Scope/range related to performance criteria', 'Customers:', '1. internal', 'Scope/range related to knowledge and understanding'];
    assert.deepEqual(empty(lines).map((f) => f.range.start.line), [14]);
  });

  it('reports a metadata label without a value', () => {
    const lines = [...start, 'Developed by', 'Skills CFA', 'Version number', '', 'Status', 'Original'];
    const [finding] = empty(lines);
    assert.equal(finding.message, 'The metadata field “Version number” has no value: a whole number, 1 or more.');
    assert.equal(finding.range.start.line, 12);
  });

  it("removes every empty optional heading in one action: draft 000's six, in four findings", () => {
    const text = sample('000');
    const analysis = analyse(text);
    const findings = analysis.findings.filter((f) => f.ruleId === 'empty-section');
    // Cwmpas/ystod's finding speaks for its two empty sub-headings.
    assert.equal(findings.length, 4);
    assert.ok(findings.every((f) => f.group?.key === 'empty-optional-heading'));
    const all = groupFix(analysis, 'empty-optional-heading');
    assert.equal(all?.title, 'Tynnu pob pennawd dewisol gwag');
    assert.equal(all?.count, 4);
    const fixed = applyEdits(text, all!.edits);
    assert.deepEqual(analyse(fixed).findings.filter((f) => f.ruleId === 'empty-section'), []);
    // Only the six heading lines go.
    const removed = text.split('\n').filter((line) => !fixed.split('\n').includes(line));
    assert.deepEqual(removed, ['Cwmpas/ystod', 'Cwmpas Perfformiad', 'Gwybodaeth Cwmpas', 'Gwerthoedd', 'Ymddygiadau', 'Sgiliau']);
  });

  it('mutation: an empty optional heading added to a clean draft is reported and its removal restores the text', () => {
    const lines = [...start, 'Values', 'Glossary', 'Plan: what you intend to do'];
    const clean = lines.filter((l) => l !== 'Values');
    assert.deepEqual(empty(clean), []);
    const [finding] = empty(lines);
    assert.deepEqual(applyFirstFix(lines, finding), clean);
  });
});

describe('rule empty-section, option optionalHeadings', () => {
  const lines = [...start.filter((l) => l !== 'This standard is about planning work.'), '', 'Values', '', 'Version number', '', 'Status', 'Original'];

  it('reports empty optional headings and metadata values by default', () => {
    assert.deepEqual(empty(lines).map((f) => f.severity), [1, 2, 2]);
  });

  it('silences them when false, keeping the empty required section', () => {
    const findings = findingsOf('empty-section', lines, { rules: { 'empty-section': { optionalHeadings: false } } });
    assert.deepEqual(findings.map((f) => f.message), ['The required section “Overview” has no content.']);
  });

  it('takes a severity beside the option', () => {
    const findings = findingsOf('empty-section', lines, { rules: { 'empty-section': { severity: 'hint', optionalHeadings: true } } });
    assert.deepEqual(findings.map((f) => f.severity), [4, 4, 4]);
  });

  it('ignores an option of the wrong type, keeping the default', () => {
    const findings = findingsOf('empty-section', lines, { rules: { 'empty-section': { optionalHeadings: 'no' } } });
    assert.equal(findings.length, 3);
  });
});
