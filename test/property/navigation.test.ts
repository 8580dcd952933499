// Property: on any text, navigation answers stay inside the document. Folds run
// forward over its lines, each selection range holds the cursor and the one before it,
// and a rename either refuses or gives edits that never overlap and keep every line
// break (a term lives on one line).

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createNosService, type Position } from '../../server/src/core';
import { anyText } from './arbitraries';
import { property } from './config';
import { applyLsp, assertRange, Lines, within } from './text';

const spots = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });

function cursors(lines: Lines, pairs: Array<[number, number]>): Position[] {
  return pairs
    .map(([a, b]) => {
      const line = a % lines.count;
      return { line, character: b % (lines.length(line) + 1) };
    })
    .filter((p) => !lines.splitsPair(p));
}

const breaks = (text: string): number => text.split(/\r\n|\r|\n/).length;

function assertFolds(text: string): void {
  const lines = new Lines(text);
  const service = createNosService();
  for (const fold of service.folding(service.analyse(text))) {
    assert.ok(fold.startLine >= 0 && fold.startLine < fold.endLine && fold.endLine < lines.count, JSON.stringify(fold));
  }
}

/** Every range a navigation feature gives at these spots lies in the text, and a rename keeps its lines. */
function assertNavigation(text: string, pairs: Array<[number, number]>, newName: string): void {
  const lines = new Lines(text);
  const service = createNosService();
  const analysis = service.analyse(text);
  assertFolds(text);
  const positions = cursors(lines, pairs);
  service.selectionRanges(analysis, positions).forEach((chain, i) => {
    const p = positions[i];
    assert.ok(chain.length > 0);
    chain.forEach((range, k) => {
      assertRange(lines, range, `selection ${k} at ${JSON.stringify(p)}`);
      assert.ok(within({ start: p, end: p }, range), `selection ${k} misses ${JSON.stringify(p)}`);
      if (k > 0) assert.ok(within(chain[k - 1], range) && JSON.stringify(chain[k - 1]) !== JSON.stringify(range));
    });
  });
  for (const p of positions) {
    const definition = service.definition(analysis, p);
    if (definition) assertRange(lines, definition, 'definition');
    const refs = service.references(analysis, p);
    if (refs) [refs.headword, ...refs.uses].forEach((r) => assertRange(lines, r, 'reference'));
    const result = service.rename(analysis, p, newName);
    if ('refusal' in result) {
      assert.ok(result.refusal.length > 0);
      continue;
    }
    result.edits.forEach((edit) => assertRange(lines, edit.range, 'rename edit'));
    assert.equal(breaks(applyLsp(lines, result.edits)), lines.count);
  }
}

describe('property: navigation stays inside the document', () => {
  property('for folds, selection ranges, definitions, references and renames', 300, () =>
    fc.property(anyText, spots, fc.constantFrom('Cleient(iaid)', 'Client(s)', 'NHS trust'), assertNavigation),
  );

  describe('counter-examples', () => {
    // Folds were given in the lines read: flattened text's parts, not the text's lines.
    it('a section of flattened text on one line', () => assertFolds('Scope/range related to performance criteria\t0. Sefydliad gwreiddiol'));
    it('a section read after a flattened one', () =>
      assertFolds('Title\nURN: X\nOverview\tabout it.\tPerformance criteria\tYou must be able to:\t1. do a\t2. do b\nKnowledge and understanding\nYou need to know and understand:\n1. a\n2. b'));
    // In flattened text, the headword's own words were taken for a use of the term: rename edits overlapped.
    it('a glossary headword in flattened text', () => assertNavigation(
      'Rheoli cwsmeriaid\nURN: CFACSC2\nTrosolwg\nMae’r safon hon yn ymwneud â gan Cwmpas/Ystod cysylltiedig â gwybodaeth a dealltwriaeth Meini prawf perfformiad\n' +
      'Mae’n rhaid eich bod chi’n gallu:\n1. cofnodi pob cwyn gan gwsmer\nGeirfa\nCwsmer(iaid): unrhyw un sy’n derbyn eich gwasanaeth\n',
      [[0, 17], [7, 3]], 'Cleient(iaid)'));
  });
});
