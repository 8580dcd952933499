import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../../server/src/core';
import { layoutFixtures, ROOT, sample } from '../helpers/fixtures';

const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const found = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'second-person');
/** The text with one item's text replaced (the line is found by its content). */
function withItem(text: string, from: string, to: string): { text: string; line: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(from));
  assert.ok(line >= 0, from);
  lines[line] = lines[line].replace(from, to);
  return { text: lines.join('\n'), line };
}

describe('rule second-person', () => {
  it('is silent on clean text, the layout fixtures and the samples', () => {
    assert.deepEqual(found(CLEAN_EN), []);
    for (const fixture of layoutFixtures()) assert.deepEqual(found(fixture.text), [], fixture.name);
    for (const n of ['000', '001', '002', '003', '004']) assert.deepEqual(found(sample(n)), [], n);
  });

  it('reports an item whose subject is “the candidate” or “he/she”, in English criteria and knowledge', () => {
    const first = CLEAN_EN.split('\n').find((l) => /^1\. /.test(l))!;
    const named = (item: string) => {
      const { text, line } = withItem(CLEAN_EN, first, item);
      return found(text).map((f) => [f.range.start.line - line, f.range.start.character, text.split('\n')[f.range.start.line].slice(f.range.start.character, f.range.end.character)]);
    };
    assert.deepEqual(named('1. the candidate greets customers'), [[0, 3, 'the candidate']]);
    assert.deepEqual(named('1. Each learner agrees their objectives'), [[0, 3, 'Each learner']]);
    assert.deepEqual(named('1. he/she greets customers'), [[0, 3, 'he/she']]);
    // A bullet under a numbered item is its sub-list's item.
    assert.deepEqual(named('1. agree objectives with your team\n   - the candidate records feedback'), [[1, 5, 'the candidate']]);
    assert.equal(found(withItem(CLEAN_EN, first, '1. he/she greets customers').text)[0].severity, 3);
  });

  it('leaves a learner or candidate named later in an item alone: standards for trainers and assessors name the one they work with', () => {
    const first = CLEAN_EN.split('\n').find((l) => /^1\. /.test(l))!;
    for (const item of ['1. agree learning objectives with the learner', '1. give the candidate feedback on their performance', `${first} so he/she is served`]) {
      assert.deepEqual(found(withItem(CLEAN_EN, first, item).text), [], item);
    }
  });

  it('reads a knowledge item as a noun phrase: the learner is its subject only where a verb goes with it', () => {
    const knowledge = CLEAN_EN.split('\n').find((l) => /^2\. how/.test(l))!;
    const item = (text: string) => found(withItem(CLEAN_EN, knowledge, text.replace(/^1/, '2')).text).map((f) => f.message);
    assert.deepEqual(item('1. the apprentices and trainees in the team and the supervision they need'), []);
    assert.deepEqual(item("1. the learner's rights under the Equality Act"), []);
    assert.deepEqual(item('1. the candidate must know how to handle refrigerant'), [
      '“the candidate” is third-person drafting: standards speak to the person doing the work (“you”, “your”).',
    ]);
    const welsh = sample('003');
    const lines = welsh.split('\n');
    const k = lines.slice(lines.findIndex((l) => /^Gwybodaeth a dealltwriaeth/i.test(l))).find((l) => /^\d+\. /.test(l))!;
    const label = /^\d+\. /.exec(k)![0];
    const welshItem = (text: string) => found(withItem(welsh, k, `${label}${text}`).text).length;
    assert.deepEqual([welshItem("y dysgwyr a'u hanghenion"), welshItem("mae'r dysgwr yn deall"), welshItem('y dysgwr yn gwybod sut')], [0, 1, 1]);
  });

  it('reports “yr ymgeisydd” and “y dysgwr” as the subject in Welsh, after the verb, with a Welsh message', () => {
    const text = sample('003');
    const item = text.split('\n').find((l) => /^\d+\. /.test(l))!;
    const label = /^\d+\. /.exec(item)![0];
    const subjects = ["mae'r ymgeisydd yn siarad â chwsmeriaid", 'bydd y dysgwr yn cyfarch cwsmeriaid', 'yr hyfforddai yn cofnodi cwynion'];
    const findings = subjects.map((subject) => found(withItem(text, item, `${label}${subject}`).text));
    assert.deepEqual(findings.map((list) => list.map((f) => f.message)), [
      ["Drafftio yn y trydydd person yw “mae'r ymgeisydd”: mae safonau'n siarad â'r sawl sy'n gwneud y gwaith (“chi”, “eich”)."],
      ["Drafftio yn y trydydd person yw “y dysgwr”: mae safonau'n siarad â'r sawl sy'n gwneud y gwaith (“chi”, “eich”)."],
      ["Drafftio yn y trydydd person yw “yr hyfforddai”: mae safonau'n siarad â'r sawl sy'n gwneud y gwaith (“chi”, “eich”)."],
    ]);
    // Named later, the learner is the one the writer's reader works with.
    assert.deepEqual(found(withItem(text, item, `${label}rhoi adborth i'r dysgwr ar ei berfformiad`).text), []);
    // The words to use are the document's, whatever the messages' language.
    const english = analyse(withItem(text, item, `${label}${subjects[2]}`).text, { messages: 'en' }).findings.find((f) => f.ruleId === 'second-person');
    assert.equal(english?.message, '“yr hyfforddai” is third-person drafting: standards speak to the person doing the work (“chi”, “eich”).');
  });

  it('looks only at criteria and knowledge items', () => {
    const { text } = withItem(CLEAN_EN, 'This standard is about', 'The candidate is assessed. This standard is about');
    assert.deepEqual(found(text), []);
  });
});
