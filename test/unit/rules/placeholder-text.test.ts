// Generated from the snippet file itself: every snippet, inserted and left untouched, gets a
// finding on each free-text placeholder, and none once each is replaced by real text.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse } from '../../../server/src/core';
import { ROOT, sample } from '../helpers/fixtures';

interface Inserted { text: string; placeholders: Array<{ line: number; start: number; end: number; text: string }> }

/** The snippet's body as inserted: defaults in place, the first of each choice, tab stops gone. */
function insert(body: string[], replace?: (text: string) => string): Inserted {
  const placeholders: Inserted['placeholders'] = [];
  const lines = body.map((raw, line) => {
    let out = '';
    let last = 0;
    for (const m of raw.matchAll(/\$\{\d+:([^{}$]*)\}|\$\{\d+\|([^|]*)\|\}|\$\{?\d+\}?/g)) {
      out += raw.slice(last, m.index);
      last = m.index + m[0].length;
      if (m[2] !== undefined) out += m[2].split(',')[0];
      if (m[1] === undefined) continue;
      const validAsWritten = /^\d$/.test(m[1]) || (out.endsWith('(') && /^\p{L}{1,4}$/u.test(m[1]));
      const text = validAsWritten || !replace ? m[1] : replace(m[1]);
      if (!validAsWritten) placeholders.push({ line, start: out.length, end: out.length + text.length, text });
      out += text;
    }
    return out + raw.slice(last);
  });
  return { text: lines.join('\n'), placeholders };
}

const snippets: Record<string, { body: string | string[] }> = JSON.parse(readFileSync(path.join(ROOT, 'snippets', 'nos.code-snippets'), 'utf8'));
const placeholderFindings = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'placeholder-text');

describe('rule placeholder-text', () => {
  for (const [name, snippet] of Object.entries(snippets)) {
    const body = [snippet.body].flat().join('\n').split('\n');
    it(`${name}: one finding per free-text placeholder left in place, none once written`, () => {
      const inserted = insert(body);
      const found = placeholderFindings(inserted.text).map((f) => [f.range.start.line, f.range.start.character, f.range.end.character]);
      assert.deepEqual(found, inserted.placeholders.map((p) => [p.line, p.start, p.end]));
      let n = 0;
      const written = insert(body, () => `real words ${++n}`);
      assert.deepEqual(placeholderFindings(written.text), []);
    });
  }

  it('reports template filler where it stands, in both languages', () => {
    const lines = ['Plan work', 'Overview', 'This standard is about [insert the function].', 'Trosolwg', "Mae'r safon hon I'w gadarnhau.", 'Lorem ipsum dolor sit amet', 'Date approved', 'XXX'];
    const found = placeholderFindings(lines.join('\n')).map((f) => [f.range.start.line, f.message]);
    assert.deepEqual(found, [
      [2, '“[insert the function]” is template filler: replace it before the standard goes out.'],
      [4, "“I'w gadarnhau” is template filler: replace it before the standard goes out."],
      [5, '“Lorem ipsum” is template filler: replace it before the standard goes out.'],
      [7, '“XXX” is template filler: replace it before the standard goes out.'],
    ]);
    const [welsh] = analyse(['Teitl', 'Trosolwg', 'TBC'].join('\n'), { language: 'cy' }).findings.filter((f) => f.ruleId === 'placeholder-text');
    assert.equal(welsh.message, "Llenwad templed yw “TBC”: rhowch rywbeth yn ei le cyn cyhoeddi'r safon.");
  });

  it('is silent on the samples and on clean text', () => {
    for (const n of ['000', '001', '002', '003', '004']) assert.deepEqual(placeholderFindings(sample(n)), [], n);
    assert.deepEqual(placeholderFindings(readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8')), []);
  });
});

describe('rule placeholder-text: its fix', () => {
  it('selects the placeholder and changes no text', () => {
    const text = ['Plan work', 'Overview', 'This standard is about [insert the function].'].join('\n');
    const [finding] = placeholderFindings(text);
    const [fix] = finding.fixes;
    assert.equal(fix.select, true);
    assert.equal(fix.safe, false);
    assert.deepEqual(fix.edits, [{ range: finding.range, newText: '[insert the function]' }]);
  });
});
