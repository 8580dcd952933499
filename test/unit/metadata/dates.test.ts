import * as assert from 'node:assert/strict';
import { formatDate, parseDate } from '../../../server/src/core/metadata/dates';

describe('metadata dates', () => {
  it('reads the printed forms of both languages', () => {
    for (const [text, day, month, year, lang] of [
      ['13 Feb 2024', 13, 2, 2024, 'en'], ['05 Chwef 2021', 5, 2, 2021, 'cy'], ['01 Maw 2026', 1, 3, 2026, 'cy'],
      ['3 Sept 2020', 3, 9, 2020, 'en'], ['30 mawrth 2021', 30, 3, 2021, 'cy'], ['7 Gorff. 2019', 7, 7, 2019, 'cy'],
      ['13 February 2024', 13, 2, 2024, 'en'], ['1st March 2024', 1, 3, 2024, 'en'],
    ] as const) {
      const date = parseDate(text);
      assert.deepEqual([date?.day, date?.month, date?.year, date?.lang, date?.precision], [day, month, year, lang, 'day'], text);
    }
  });

  it('knows which dates are written as standards write them: a day, a month name as the catalogue spells it, a year', () => {
    for (const text of ['13 Feb 2024', '05 Chwef 2021', '5 Feb 2024', '13 February 2024', '3 Sept 2020', '18 Gorffennaf 2024', '1 May 2024', '7 Gorff. 2019', '13 Feb. 2024']) {
      assert.equal(parseDate(text)?.canonical, true, text);
    }
    // A dot after a name that is not cut short is no abbreviation's.
    for (const text of ['13/02/2024', '2024-02-13', '13 feb 2024', '13th February 2024', '7 gorff. 2019', '13 FEBRUARY 2024', '1 May. 2024', '5 March. 2024']) {
      assert.equal(parseDate(text)?.canonical, false, text);
    }
  });

  it('reads numeric dates day first, ISO dates year first', () => {
    assert.deepEqual([parseDate('13/02/2024')?.day, parseDate('13/02/2024')?.month], [13, 2]);
    assert.deepEqual([parseDate('2024-02-13')?.day, parseDate('2024-02-13')?.month], [13, 2]);
  });

  it('tells partial and impossible dates apart from text that is no date', () => {
    assert.equal(parseDate('2023')?.precision, 'year');
    assert.equal(parseDate('March 2023')?.precision, 'month');
    assert.equal(parseDate('31 Chwef 2021')?.impossible, true);
    assert.equal(parseDate('29 Feb 2024')?.impossible, false);
    assert.equal(parseDate('29 Feb 2023')?.impossible, true);
    for (const text of ['', 'soon', '13 Fab 2024', '13 2024', 'DD Mon YYYY', '32/01/2024'.replace('32', '00')]) {
      assert.equal(parseDate(text), null, text);
    }
  });

  it('writes DD Mon YYYY in either language', () => {
    const date = parseDate('5/2/2021')!;
    assert.equal(formatDate(date, 'en'), '05 Feb 2021');
    assert.equal(formatDate(date, 'cy'), '05 Chwef 2021');
    assert.equal(formatDate(parseDate('2021')!, 'en'), null);
  });
});
