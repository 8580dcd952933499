import * as assert from 'node:assert/strict';
import { parse } from '../../server/src/core';
import { expandHeadword } from '../../server/src/core/model/glossary';
import { findTermUsage, TermIndex } from '../../server/src/core/model/termUsage';
import { sample } from './helpers/fixtures';

describe('glossary', () => {
  it('expands optional parts of headwords', () => {
    assert.deepEqual(expandHeadword('Customer(s)'), ['customer', 'customers']);
    assert.deepEqual(expandHeadword('Cwsmer(iaid)'), ['cwsmer', 'cwsmeriaid']);
    assert.deepEqual(expandHeadword('Cydweithiwr(cydweithwyr)'), ['cydweithiwr', 'cydweithwyr']);
    assert.deepEqual(expandHeadword('Service partner(s)'), ['service partner', 'service partners']);
    assert.deepEqual(expandHeadword('Sefydliad'), ['sefydliad']);
  });

  it('reads "Term: definition" lines (draft 000)', () => {
    const { glossary } = parse(sample('000'));
    assert.deepEqual(glossary.map((g) => g.term), ['Cwsmer(iaid)', 'Cydweithiwr(cydweithwyr)', 'Cyfathrebu', 'Gofynion cyfreithiol a sefydliadol', 'Sefydliad']);
    assert.equal(glossary[0].definition, 'mewnol, allanol');
    assert.deepEqual(glossary[0].termRange, { start: { line: 47, character: 0 }, end: { line: 47, character: 12 } });
  });

  it('reads a term line followed by its definition paragraph (draft 001)', () => {
    const { glossary } = parse(sample('001'));
    assert.equal(glossary.length, 1);
    assert.equal(glossary[0].term, 'Cwsmeriaid');
    assert.match(glossary[0].definition, /^Unigolion, grwpiau neu gwmni/);
    assert.deepEqual([glossary[0].line, glossary[0].lastLine], [185, 187]);
  });

  it('reads bulleted and bold headwords', () => {
    const { glossary } = parse(['Plan', 'Glossary', '- **Team**: the people you lead', '* Plan – what you intend'].join('\n'));
    assert.deepEqual(glossary.map((g) => [g.term, g.definition]), [['Team', 'the people you lead'], ['Plan', 'what you intend']]);
  });

  it('finds uses with the form that matched (draft 000)', () => {
    const doc = parse(sample('000'));
    const uses = findTermUsage(doc, new TermIndex(doc.glossary, doc.language)).filter((u) => u.entry === 1);
    assert.deepEqual(uses.map((u) => [u.written, u.variant.inflection]), [['cydweithwyr', 'radical'], ['gydweithwyr', 'soft']]);
  });
});
