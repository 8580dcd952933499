import * as assert from 'node:assert/strict';
import { LineFormsCache } from '../../../server/src/core/spelling/lineForms';

describe('spelling: the forms of lines read before', () => {
  it('gives each form of a line once, with the parts of its compounds', () => {
    const { forms, compounds } = new LineFormsCache().get('greet the customer, then greet a well-known customer', 'en');
    assert.deepEqual(forms, ['greet', 'the', 'customer', 'then', 'well-known']);
    assert.deepEqual([...(compounds ?? [])], [['well-known', ['well', 'known']]]);
  });

  it('finds a line read by the last analysis again, and one read only before it no more', () => {
    const cache = new LineFormsCache();
    cache.begin();
    const first = cache.get('greet the customer', 'en');
    cache.get('record the request', 'en');
    cache.begin();
    assert.equal(cache.get('greet the customer', 'en'), first, 'read by the last analysis');
    cache.begin();
    assert.equal(cache.get('greet the customer', 'en'), first, 'read again by the last analysis');
    const recorded = cache.get('record the request', 'en');
    cache.begin();
    assert.equal(cache.get('record the request', 'en'), recorded);
    cache.begin();
    assert.notEqual(cache.get('greet the customer', 'en'), first, 'two analyses ago: split again');
  });

  it('keeps what it has through an analysis that reads no line', () => {
    const cache = new LineFormsCache();
    cache.begin();
    const first = cache.get('greet the customer', 'en');
    cache.begin();
    cache.begin();
    assert.equal(cache.get('greet the customer', 'en'), first);
  });

  it('splits a line again for the other language', () => {
    const cache = new LineFormsCache();
    assert.deepEqual(cache.get("cyfarch y cwsmer a'r tîm", 'en').forms, ['cyfarch', 'cwsmer', "a'r", 'tîm']);
    assert.deepEqual(cache.get("cyfarch y cwsmer a'r tîm", 'cy').forms, ['cyfarch', 'cwsmer', 'tîm']);
  });
});
