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

  it('reports “the candidate” and an item starting “he/she” in English criteria and knowledge', () => {
    const first = CLEAN_EN.split('\n').find((l) => /^1\. /.test(l))!;
    const { text, line } = withItem(CLEAN_EN, first, `${first} so that the candidate and each learner agree`);
    assert.deepEqual(found(text).map((f) => [f.range.start.line, text.split('\n')[line].slice(f.range.start.character, f.range.end.character)]),
      [[line, 'the candidate'], [line, 'each learner']]);
    const pronoun = withItem(CLEAN_EN, first, '1. he/she greets customers');
    const [finding] = found(pronoun.text);
    assert.deepEqual([finding.range.start.character, finding.range.end.character], [3, 9]);
    assert.equal(finding.severity, 3);
  });

  it('leaves “he/she” inside an item alone: it is usually the customer', () => {
    const first = CLEAN_EN.split('\n').find((l) => /^1\. /.test(l))!;
    assert.deepEqual(found(withItem(CLEAN_EN, first, `${first} so he/she is served`).text), []);
  });

  it('reports “yr ymgeisydd” and “i’r dysgwr” in Welsh, with a Welsh message', () => {
    const text = sample('003');
    const item = text.split('\n').find((l) => /^\d+\. /.test(l))!;
    const injected = withItem(text, item, `${item} fel bod yr ymgeisydd yn siarad â'r dysgwr`);
    const findings = found(injected.text);
    assert.deepEqual(findings.map((f) => f.message), [
      "Drafftio yn y trydydd person yw “yr ymgeisydd”: mae safonau'n siarad â'r sawl sy'n gwneud y gwaith (“chi”, “eich”).",
      "Drafftio yn y trydydd person yw “'r dysgwr”: mae safonau'n siarad â'r sawl sy'n gwneud y gwaith (“chi”, “eich”).",
    ]);
    // The words to use are the document's, whatever the messages' language.
    const english = analyse(injected.text, { messages: 'en' }).findings.find((f) => f.ruleId === 'second-person');
    assert.equal(english?.message, '“yr ymgeisydd” is third-person drafting: standards speak to the person doing the work (“chi”, “eich”).');
  });

  it('looks only at criteria and knowledge items', () => {
    const { text } = withItem(CLEAN_EN, 'This standard is about', 'The candidate is assessed. This standard is about');
    assert.deepEqual(found(text), []);
  });
});
