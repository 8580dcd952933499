import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyse, applyEdits } from '../../../server/src/core';
import { ROOT, sample } from '../helpers/fixtures';

const CLEAN_EN = readFileSync(path.join(ROOT, 'test/fixtures/cli/clean-en.nos.txt'), 'utf8');
const CLEAN_CY = sample('003');
const dates = (text: string) => analyse(text).findings.filter((f) => f.ruleId === 'metadata-date');

/** Injects a defect by replacing the one occurrence of `from`. */
function inject(text: string, from: string, to: string): string {
  assert.equal(text.split(from).length, 2, `one “${from}” in the text`);
  return text.replace(from, to);
}

describe('rule metadata-date', () => {
  it('is silent on clean dates in both languages', () => {
    assert.deepEqual(dates(CLEAN_EN), []);
    assert.deepEqual(dates(CLEAN_CY), []);
    // A month written in full, or a day of one digit, is as a writer writes a date.
    assert.deepEqual(dates(inject(CLEAN_EN, '01 Mar 2024', '1 March 2024')), []);
    assert.deepEqual(dates(inject(CLEAN_CY, '05 Chwef 2021', '5 Chwefror 2021')), []);
    // So is an abbreviated month with its dot (nos-format.md §6.2).
    assert.deepEqual(dates(inject(CLEAN_CY, '05 Chwef 2021', '05 Chwef. 2021')), []);
  });

  for (const [lang, clean, date, others] of [
    ['English', CLEAN_EN, '01 Mar 2024', ['1/3/2024', '2024-03-01', '1st March 2024', '01 mar 2024']],
    ['Welsh', CLEAN_CY, '05 Chwef 2021', ['5ed Chwefror 2021', '05/02/2021', '5 chwef. 2021', '05 Chwef., 2021']],
  ] as const) {
    for (const other of others) {
      it(`rewrites “${other}” as “${date}” (${lang})`, () => {
        const text = inject(clean, date, other);
        const [finding] = dates(text);
        assert.equal(finding?.severity, 3);
        assert.equal(applyEdits(text, finding.fixes[0].edits), clean);
      });
    }
  }

  it('reports text that is no date, and a day the month does not have, as errors without a fix', () => {
    for (const [bad, message] of [['next spring', /is not a date/], ['31 Feb 2024', /not a day of the calendar: February 2024 has 29 days\.$/]] as const) {
      const [finding] = dates(inject(CLEAN_EN, '01 Mar 2024', bad));
      assert.equal(finding.severity, 1);
      assert.match(finding.message, message);
      assert.deepEqual(finding.fixes, []);
    }
    const [welsh] = dates(inject(CLEAN_CY, '05 Chwef 2021', '31 Chwef 2021'));
    assert.equal(welsh.message, 'Nid yw “31 Chwef 2021” yn ddiwrnod yn y calendr: mae 28 diwrnod ym mis Chwefror 2021.');
    // The date to copy is in the document's style, whatever the messages' language.
    const [english] = analyse(inject(CLEAN_CY, '05 Chwef 2021', 'y gwanwyn'), { messages: 'en' }).findings.filter((f) => f.ruleId === 'metadata-date');
    assert.match(english.message, /is not a date: write it as “13 Chwef 2024”\.$/);
  });

  it('reads a misspelt month as the one month it is a slip of, and offers the date it means', () => {
    for (const [clean, date, slip] of [
      [CLEAN_EN, '01 Mar 2024', '01 Marh 2024'],
      [CLEAN_EN, '01 Mar 2024', '01 Mrch 2024'],
      [CLEAN_CY, '05 Chwef 2021', '05 Chwefor 2021'],
      [CLEAN_CY, '05 Chwef 2021', '05 Chewf 2021'],
    ] as const) {
      const text = inject(clean, date, slip);
      const [finding] = dates(text);
      assert.equal(finding.severity, 1, slip);
      assert.match(finding.message, new RegExp(`“${slip}” .* “${date}”\\.$`));
      assert.equal(applyEdits(text, finding.fixes[0].edits), clean);
    }
    // Two months as near, or a name too short to tell, give no guess.
    for (const slip of ['01 Jule 2024', '01 Mau 2024', '01 Spring 2024']) {
      const [finding] = dates(inject(CLEAN_EN, '01 Mar 2024', slip));
      assert.match(finding.message, /write it as “13 Feb 2024”\.$/, slip);
      assert.deepEqual(finding.fixes, [], slip);
    }
  });

  it('warns on a year alone, and notes a month and year', () => {
    const [year] = dates(inject(CLEAN_EN, '01 Mar 2024', '2024'));
    assert.equal(year.severity, 2);
    assert.match(year.message, /gives no day/);
    const [month] = dates(inject(CLEAN_EN, '01 Mar 2024', 'March 2024'));
    assert.equal(month.severity, 3);
  });

  it('lets the web header give the year alone where the metadata block gives the full date, in both languages', () => {
    // After the URN, as web copies have it; draft 003 has no URN, so there the header comes first.
    const header = (text: string, label: string, value: string) =>
      text.includes('URN: ') ? inject(text, 'URN: ', `${label}: ${value}\nURN: `) : `${label}: ${value}\n${text}`;
    assert.deepEqual(dates(header(CLEAN_EN, 'Approved on', '2024')), []);
    assert.deepEqual(dates(header(CLEAN_EN, 'Approved on', 'March 2024')), []);
    const [otherYear] = dates(header(CLEAN_EN, 'Approved on', '2023'));
    assert.match(otherYear.message, /“2023” gives no day/);
    assert.equal(otherYear.severity, 2);
    // With the block's date gone, the header's year is the only one: the review is compared with it.
    const alone = dates(header(inject(CLEAN_EN, '01 Mar 2024', ''), 'Approved on', '2024'));
    assert.deepEqual(alone.map((f) => f.severity), [2]);
    assert.deepEqual(dates(header(CLEAN_CY, 'Cymeradwy ar', '2021')), []);
    const [welsh] = dates(header(CLEAN_CY, 'Cymeradwy ar', '2020'));
    assert.match(welsh.message, /^Nid yw “2020” yn rhoi diwrnod/);
  });

  it('checks the review against the approval', () => {
    const cases = [['01 Mar 2023', 1, /is not after the approval date/], ['01 Dec 2024', 2, /less than a year/], ['02 Apr 2029', 2, /more than five years/]] as const;
    for (const [review, severity, message] of cases) {
      const [finding] = dates(inject(CLEAN_EN, '01 Mar 2027', review));
      assert.equal(finding.severity, severity, review);
      assert.match(finding.message, message);
      assert.equal(finding.range.start.line, CLEAN_EN.split('\n').indexOf('01 Mar 2027'));
    }
    assert.deepEqual(dates(inject(CLEAN_EN, '01 Mar 2027', '31 Mar 2029')), [], 'five years and a month is allowed');
    const [welsh] = dates(inject(CLEAN_CY, '01 Maw 2026', '01 Maw 2020'));
    assert.match(welsh.message, /^Nid yw'r dyddiad adolygu 01 Maw 2020 ar ôl y dyddiad cymeradwyo 05 Chwef 2021\.$/);
  });

  it('leaves template filler to placeholder-text', () => {
    assert.deepEqual(dates(inject(CLEAN_EN, '01 Mar 2024', 'DD Mon YYYY')), []);
  });
});
