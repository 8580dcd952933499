import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { looseUrn, strictUrn, urnShape } from '../../../server/src/core/metadata/urn';

// The patterns of nos-format.md §6.1, as written there: the functions give their answers
// without backtracking over a long run.
const LOOSE = /^[A-Za-z]{2,}[A-Za-z0-9 ._&/-]*[0-9][A-Za-z0-9._-]*$/;
const STRICT = /^[A-Z]{3}[A-Za-z0-9]*[0-9][A-Za-z0-9]*$/;

/** Short strings of the characters the patterns tell apart, and some they refuse. */
const candidate = fc.array(fc.constantFrom('A', 'B', 'a', 'z', '0', '7', ' ', '.', '_', '&', '/', '-', '!', 'é'), { maxLength: 12 }).map((parts) => parts.join(''));

describe('URN shapes', () => {
  it('are the patterns of §6.1', () => {
    fc.assert(fc.property(candidate, (text) => {
      assert.equal(looseUrn(text), LOOSE.test(text), `loose ${JSON.stringify(text)}`);
      assert.equal(strictUrn(text), STRICT.test(text), `strict ${JSON.stringify(text)}`);
    }), { numRuns: 20_000 });
  });

  it('tells real URNs apart', () => {
    assert.equal(urnShape('CFACSB1'), 'strict');
    assert.equal(urnShape('CfA CC13'), 'unusual');
    assert.equal(urnShape('SFJ AE1.2'), 'unusual');
    assert.equal(urnShape('ABC123 /'), 'malformed');
    assert.equal(urnShape('gwreiddiol'), 'malformed');
  });
});
