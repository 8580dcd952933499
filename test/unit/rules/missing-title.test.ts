import * as assert from 'node:assert/strict';
import { analyse } from '../../../server/src/core';
import { applyFirstFix, findingsOf } from '../helpers/analyse';

const body = ['Overview', 'This standard is about planning.', 'Performance criteria', 'You must be able to:', '1. plan work'];
const missingTitle = (lines: string[]) => findingsOf('missing-title', lines);

describe('rule missing-title', () => {
  it('accepts a first line that is the title, after blank lines or a bare URN', () => {
    assert.deepEqual(missingTitle(['Plan work', ...body]), []);
    assert.deepEqual(missingTitle(['', '  ', 'Plan work', ...body]), []);
    assert.deepEqual(missingTitle(['SFJAA101 ', 'Plan work', ...body]), []);
    assert.deepEqual(missingTitle(['# Plan work', ...body]), []);
  });

  it('reports a document that starts with a heading where the title goes, underlining no heading', () => {
    const [finding] = missingTitle(['', ...body]);
    assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(finding.severity, 1);
    assert.deepEqual(finding.fixes, []);
    // After a bare URN: at the end of its line.
    const [afterUrn] = missingTitle(['SFJAA101 ', ...body]);
    assert.deepEqual(afterUrn.range, { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } });
  });

  it('offers the title printed before the metadata block for the top', () => {
    const lines = ['', ...body, '', 'Plan work', '', 'Developed by Skills CFA'];
    const [finding] = missingTitle(lines);
    assert.match(finding.message, /“Plan work” on line 8/);
    assert.deepEqual(applyFirstFix(lines, finding).slice(0, 3), ['Plan work', '', 'Overview']);
  });

  it('offers the title printed after a glossary, before the metadata, and keeps the glossary whole', () => {
    for (const glossary of [['Geirfa', 'Maethu', '', 'Rhoi oen i famog arall.'], ['Geirfa', 'Maethu: rhoi oen i famog arall']]) {
      const lines = ['', 'URN: LANLP19', 'Trosolwg', 'Mae’r safon hon yn ymwneud ag wyna.', ...glossary, '', 'Gofalu am famogiaid', '', 'Datblygwyd gan Lantra'];
      const [finding] = missingTitle(lines);
      assert.match(finding.message, /“Gofalu am famogiaid”/, glossary.join('|'));
      const doc = analyse(lines.join('\n')).doc;
      assert.deepEqual(doc.glossary.map((entry) => [entry.term, entry.definition]), [['Maethu', glossary.length > 2 ? 'Rhoi oen i famog arall.' : 'rhoi oen i famog arall']]);
    }
  });

  it('offers no title of another standard, listed under Links to other NOS before the metadata', () => {
    for (const heading of ['Links to other NOS', 'Dolenni i NOS eraill', 'External links']) {
      const [finding] = missingTitle(['URN: SFLWS24', '', ...body, '', heading, 'SFLWS23 Pick goods to fulfil orders', '', 'Developed by', 'Skills for Logistics']);
      assert.equal(finding.message, 'The document has no title: its first line should name the function the standard describes.', heading);
    }
  });
});
