import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { startsLowerCase, startsUpperCase } from '../../server/src/core/text/normalise';

/** What the two tests mean: the case of the first Unicode letter. */
const firstLetter = (text: string) => /\p{L}/u.exec(text)?.[0] ?? null;

describe('first-letter case', () => {
  it('reads the first letter past digits, marks and punctuation, in any script', () => {
    assert.equal(startsLowerCase('  3. (dadansoddi'), true);
    assert.equal(startsUpperCase('**Ŵyr** y'), true);
    assert.equal(startsLowerCase('— ŵyr'), true);
    assert.equal(startsUpperCase('12 345 …'), false);
    assert.equal(startsLowerCase(''), false);
  });

  it('agrees with the first Unicode letter’s case on any text', () => {
    const char = fc.constantFrom('a', 'Z', '1', ' ', '*', '@', '[', '`', '{', 'é', 'Ŵ', 'ŷ', 'ß', 'ǅ', '\u0301', '\ud835\udc00', '\ud835\udc1a', '\ud835', '中');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 8 }).map((chars) => chars.join('')), (text) => {
        const letter = firstLetter(text);
        assert.equal(startsLowerCase(text), letter !== null && letter !== letter.toUpperCase());
        assert.equal(startsUpperCase(text), letter !== null && letter !== letter.toLowerCase());
      }),
      { seed: 20261130, numRuns: 2000 },
    );
  });
});
