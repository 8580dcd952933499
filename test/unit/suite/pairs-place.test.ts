// The place in the other version matching a place in one: P3 → P3, K5 → K5, the same
// sub-heading, range item, glossary entry or metadata field, else the same section.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, type NosDocument, type Position } from '../../../server/src/core';
import { matchingPlace } from '../../../server/src/core/suite/pairsPlace';
import { ROOT, sample } from '../helpers/fixtures';

const ENGLISH = readFileSync(path.join(ROOT, 'test/fixtures/pairs/001_34a9c3b36a3c870e.en.nos.txt'), 'utf8');
// Lines moved, so that a match by line number would fail.
const en = analyse(`\n\n${ENGLISH}`).doc;
const cy = analyse(sample('001')).doc;

function lineOf(doc: NosDocument, start: string, nth = 0): number {
  const lines = Array.from({ length: doc.lines.lineCount }, (_, line) => doc.lines.lineText(line));
  const found = lines.flatMap((text, line) => (text.trimStart().startsWith(start) ? [line] : []));
  if (found.length <= nth) throw new Error(`no line starting ${start}`);
  return found[nth];
}

const textAt = (doc: NosDocument, position: Position) => doc.lines.lineText(position.line).slice(position.character);
const from = (doc: NosDocument, start: string, nth = 0, character = 3): Position => ({ line: lineOf(doc, start, nth), character });

describe('the matching place in the other version', () => {
  it('the criterion and knowledge item with the same place in their list, whatever their numbers say', () => {
    // Welsh P3 is written "3."; Welsh P13 is written "  1." (the sample's numbering is broken).
    assert.match(textAt(en, matchingPlace(cy, from(cy, "3.\u00a0cynnig"), en).start), /^3\. offer a positive/);
    assert.match(textAt(en, matchingPlace(cy, from(cy, '1. tawelu'), en).start), /^13\. reassure them/);
    assert.match(textAt(cy, matchingPlace(en, from(en, '13. reassure'), cy).start), /^1\. tawelu/);
    assert.match(textAt(cy, matchingPlace(en, from(en, '5. how to make a good first'), cy).start), /^5\. sut i wneud argraff/);
    assert.match(textAt(en, matchingPlace(cy, from(cy, '1. sut i ddelio â chwsmeriaid anodd'), en).start), /^17\. how to deal with difficult/);
  });

  it('the same element sub-heading, range item, glossary entry and metadata field', () => {
    assert.equal(textAt(en, matchingPlace(cy, from(cy, 'Rheoli adborth cwsmeriaid', 0, 0), en).start), 'Manage customer feedback');
    assert.equal(textAt(cy, matchingPlace(en, from(en, '3. new customers'), cy).start).trim(), '3. cwsmeriaid newydd');
    assert.equal(textAt(cy, matchingPlace(en, from(en, 'Individuals, groups'), cy).start), 'Cwsmeriaid');
    assert.equal(textAt(en, matchingPlace(cy, from(cy, '31 Maw 2024'), en).start), 'Indicative review date');
    assert.equal(textAt(en, matchingPlace(cy, from(cy, 'Cymeradwy ar'), en).start), 'Approved on: 30 Mar 2021');
  });

  it('else the same section, or the title', () => {
    assert.equal(textAt(en, matchingPlace(cy, from(cy, 'Mae gan y safon yma'), en).start), 'Overview');
    assert.equal(textAt(en, matchingPlace(cy, from(cy, "Mae'n rhaid eich bod"), en).start), 'Performance criteria');
    assert.equal(textAt(en, matchingPlace(cy, { line: 0, character: 4 }, en).start), en.title!.text);
    // A criterion past the end of a shorter list: the last one.
    const short = analyse(ENGLISH.replace(/\n\n17\. take ownership[^\n]*\n/, '\n')).doc;
    assert.match(textAt(short, matchingPlace(cy, from(cy, "17.\u00a0cymryd perchnogaeth"), short).start), /^16\. keep the customer/);
  });
});
