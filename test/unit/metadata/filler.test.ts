import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { INLINE_FILLER, MAY_HOLD_FILLER } from '../../../server/src/core/metadata/filler';

const matches = (text: string) => [...text.matchAll(INLINE_FILLER)].length > 0;

describe('template filler', () => {
  it('is passed over only where it cannot be', () => {
    const filler = fc.constantFrom('[insert date]', '[Rhowch y dyddiad]', 'Lorem ipsum', 'TBC', "I'w gadarnhau", 'I’w GADARNHAU', '[ENTER name]');
    fc.assert(fc.property(fc.string(), filler, fc.string(), (before, fill, after) => {
      const text = `${before} ${fill} ${after}`;
      return !matches(text) || MAY_HOLD_FILLER.test(text);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => !matches(text) || MAY_HOLD_FILLER.test(text)), { numRuns: 2000 });
    assert.ok(MAY_HOLD_FILLER.test('Approved: TBC') && matches('Approved: TBC'));
    assert.ok(!MAY_HOLD_FILLER.test('1. greet customers politely'));
  });
});
