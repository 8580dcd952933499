import * as assert from 'node:assert/strict';
import { mutatedForms, softMutation } from '../../server/src/core/welsh/mutations';

const forms = (word: string) => Object.fromEntries(mutatedForms(word).map((f) => [f.mutation, f.form]));

describe('Welsh mutations', () => {
  it('follows the table for the nine mutable initials', () => {
    assert.deepEqual(forms('cwsmer'), { radical: 'cwsmer', soft: 'gwsmer', nasal: 'nghwsmer', aspirate: 'chwsmer' });
    assert.deepEqual(forms('pobl'), { radical: 'pobl', soft: 'bobl', nasal: 'mhobl', aspirate: 'phobl' });
    assert.deepEqual(forms('tîm'), { radical: 'tîm', soft: 'dîm', nasal: 'nhîm', aspirate: 'thîm' });
    assert.deepEqual(forms('busnes'), { radical: 'busnes', soft: 'fusnes', nasal: 'musnes' });
    assert.deepEqual(forms('data'), { radical: 'data', soft: 'ddata', nasal: 'nata' });
    assert.deepEqual(forms('gwybodaeth'), { radical: 'gwybodaeth', soft: 'wybodaeth', nasal: 'ngwybodaeth' });
    assert.deepEqual(forms('marchnad'), { radical: 'marchnad', soft: 'farchnad' });
    assert.deepEqual(forms('llais'), { radical: 'llais', soft: 'lais' });
    assert.deepEqual(forms('rheolwr'), { radical: 'rheolwr', soft: 'reolwr' });
  });

  it('leaves the digraphs ch dd ff ng ph th alone', () => {
    for (const word of ['chwarae', 'ddoe', 'ffordd', 'ngolwg', 'pharc', 'theatr']) {
      assert.deepEqual(mutatedForms(word).map((f) => f.mutation), ['radical'], word);
    }
  });

  it('adds h- before vowels, circumflexed ones included', () => {
    assert.equal(forms('awdurdod')['h-prosthesis'], 'hawdurdod');
    assert.equal(forms('ŵyr')['h-prosthesis'], 'hŵyr');
  });

  it('gives the soft mutation of later words of a term', () => {
    assert.equal(softMutation('cwyno'), 'gwyno');
    assert.equal(softMutation('ffurflen'), null);
  });
});
