import * as assert from 'node:assert/strict';
import { mergeEdits } from '../../server/src/core/fixes/mergeEdits';
import type { TextEdit } from '../../server/src/core';

const edit = (l1: number, c1: number, l2: number, c2: number, newText = ''): TextEdit =>
  ({ range: { start: { line: l1, character: c1 }, end: { line: l2, character: c2 } }, newText });

describe('mergeEdits', () => {
  it('joins a deletion into the deletion that holds or overlaps it', () => {
    assert.deepEqual(mergeEdits([edit(3, 0, 4, 0), edit(1, 0, 4, 0), edit(2, 0, 3, 0)]), [edit(1, 0, 4, 0)]);
    assert.deepEqual(mergeEdits([edit(1, 0, 3, 0), edit(2, 0, 5, 0)]), [edit(1, 0, 5, 0)]);
  });

  it('keeps touching edits and insertions at one point, in document order', () => {
    assert.deepEqual(mergeEdits([edit(2, 0, 3, 0), edit(1, 0, 2, 0)]), [edit(1, 0, 2, 0), edit(2, 0, 3, 0)]);
    assert.deepEqual(mergeEdits([edit(1, 0, 1, 0, 'a'), edit(1, 0, 1, 0, 'b')]).map((e) => e.newText), ['a', 'b']);
  });

  it('leaves out a replacement overlapping an edit before it', () => {
    assert.deepEqual(mergeEdits([edit(1, 0, 1, 5, 'x'), edit(1, 2, 1, 7, 'y')]), [edit(1, 0, 1, 5, 'x')]);
  });
});
