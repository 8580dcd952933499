import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse, applyEdits, fixAll, RULES } from '../../../server/src/core';
import { layoutFixtures, ROOT, sample, sampleNames } from '../helpers/fixtures';
import { assertMutation, CLEAN, findingsOf, LANGS } from '../helpers/mutation';

const rule = 'flattened-text';
/** Every line break a space, as in a dataset export. */
const flatten = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('rule flattened-text', () => {
  for (const lang of LANGS) {
    it(`points out a flattened draft, and its fix puts every part back on its line (${lang})`, () => {
      const clean = CLEAN[lang].join('\n');
      const finding = assertMutation({ rule, clean, dirty: CLEAN[lang].join(' '), line: 0, safe: false });
      // Marked on the first part that should start a line: the URN after the title.
      assert.equal(CLEAN[lang].join(' ').slice(finding.range.start.character, finding.range.end.character), 'URN: CFACSB1');
    });
  }

  it('is one finding for a whole flattened sample, marked on a part of at most a line', () => {
    for (const name of sampleNames()) {
      const flat = flatten(sample(name.slice(0, 3)));
      const findings = findingsOf(rule, flat);
      assert.equal(findings.length, 1, name);
      const { start, end } = findings[0].range;
      assert.ok(start.line === end.line && end.character - start.character <= 60 && end.character > start.character, `${name}: ${JSON.stringify(findings[0].range)}`);
    }
  });

  it('is silent on the samples and layout fixtures as written, and after fix-all', () => {
    for (const name of sampleNames()) assert.deepEqual(findingsOf(rule, sample(name.slice(0, 3))), [], name);
    for (const fixture of layoutFixtures()) assert.deepEqual(findingsOf(rule, fixture.text), [], fixture.name);
    const flat = flatten(sample('001'));
    const all = fixAll(analyse(flat));
    assert.equal(findingsOf(rule, all ? applyEdits(flat, all.edits) : flat).length, 1, 'fix-all does not reflow');
  });

  it('names in its docs page every check that waits for the lines', () => {
    const waiting = RULES.filter((r) => 'physicalLinesOnly' in r && r.physicalLinesOnly).map((r) => r.id);
    const page = readFileSync(path.join(ROOT, 'docs', 'rules', 'flattened-text.md'), 'utf8');
    for (const id of waiting) assert.ok(page.includes(`[\`${id}\`](${id}.md)`), id);
  });
});
