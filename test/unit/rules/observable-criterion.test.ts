import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits } from '../../../server/src/core';
import { layoutFixtures, ROOT, sample } from '../helpers/fixtures';

const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const found = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'observable-criterion');

/** Moves the line `item` (the last knowledge item) to the end of the criteria as `label`. */
function intoCriteria(text: string, item: string, label: string, lastCriterion: string): string {
  const lines = text.split('\n');
  const from = lines.indexOf(item);
  assert.ok(from > 0, item);
  lines.splice(from, 1);
  lines.splice(lines.indexOf(lastCriterion) + 1, 0, item.replace(/^\S+/, label));
  return lines.join('\n');
}

describe('rule observable-criterion', () => {
  it('is silent on clean text, the layout fixtures and the samples', () => {
    assert.deepEqual(found(CLEAN_EN), []);
    for (const fixture of layoutFixtures()) assert.deepEqual(found(fixture.text), [], fixture.name);
    for (const n of ['000', '001', '002', '003', '004']) assert.deepEqual(found(sample(n)), [], n);
  });

  it('reports “understand” in a criterion and moves it back to the end of knowledge (English)', () => {
    const clean = CLEAN_EN.replace('6. the limits of your own authority', '6. understand the limits of your own authority');
    const text = intoCriteria(clean, '6. understand the limits of your own authority and who to refer enquiries to', '7.',
      '6. refer enquiries you cannot resolve to the appropriate colleague');
    const [finding] = found(text);
    assert.equal(finding.severity, 3);
    assert.equal(finding.message, '“understand” cannot be seen done: this criterion is knowledge, and belongs in knowledge and understanding.');
    assert.equal(finding.fixes[0].title, 'Move it to the end of knowledge and understanding as 6');
    assert.equal(applyEdits(text, finding.fixes[0].edits), clean);
  });

  it('renumbers the criteria after a moved one, and allows an adverb before the verb', () => {
    const text = CLEAN_EN.replace('3. give customers', '3. fully understand why you give customers');
    const [finding] = found(text);
    assert.equal(text.split('\n')[finding.range.start.line].slice(finding.range.start.character, finding.range.end.character), 'understand');
    const fixed = analyse(applyEdits(text, finding.fixes[0].edits));
    const numbers = (id: string) => fixed.doc.sections.find((s) => s.id === id)!.items.map((i) => i.number);
    assert.deepEqual(numbers('performance-criteria'), [1, 2, 3, 4, 5]);
    assert.deepEqual(numbers('knowledge-understanding'), [1, 2, 3, 4, 5, 6, 7]);
    assert.deepEqual(fixed.findings.filter((f) => f.ruleId === 'criteria-numbering' || f.ruleId === 'observable-criterion'), []);
    assert.match(fixed.doc.lines.text, /\n7\. fully understand why you give customers accurate and complete information\n/);
  });

  it('reports “deall” and “bod yn ymwybodol” in Welsh criteria, with a Welsh message', () => {
    const text = sample('003');
    const item = text.split('\n').find((l) => /^1\. /.test(l))!;
    const injected = text.replace(item, '1. bod yn ymwybodol o anghenion cwsmeriaid');
    const [finding] = found(injected);
    assert.equal(finding.message, "Ni ellir gweld “bod yn ymwybodol” yn cael ei wneud: gwybodaeth yw'r maen prawf hwn, ac mae'n perthyn i wybodaeth a dealltwriaeth.");
    assert.match(finding.fixes[0].title, /^Ei symud i ddiwedd gwybodaeth a dealltwriaeth fel 27$/);
  });

  it('leaves observable verbs that share a beginning alone (“knock”, “understate”, “deallus”)', () => {
    for (const start of ['knock on doors', 'understate nothing', 'deallus', 'supply know-how to']) {
      assert.deepEqual(found(CLEAN_EN.replace('1. greet customers', `1. ${start} customers`)), [], start);
    }
  });
});
