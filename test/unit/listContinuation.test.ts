import * as assert from 'node:assert/strict';
import { analyse, applyEdits, continueList, parse } from '../../server/src/core';
import { sample } from './helpers/fixtures';

const head = ['Plan work', 'URN: CFAPLAN1', 'Overview', 'This standard is about planning work.', 'Performance criteria', 'You must be able to:'];
const tail = ['Knowledge and understanding', 'You need to know and understand:', '1. how to plan'];

/**
 * Types Enter at `line`:`character` of the text, as an editor does (the line break, then
 * the indentation of the line), and applies the on-type edits at the new cursor.
 */
function enter(lines: string[], line: number, character = lines[line].length, renumber = false): string[] {
  const text = lines.join('\n');
  const at = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
  const indent = /^[ \t]*/.exec(lines[line])![0];
  const typed = text.slice(0, at) + '\n' + indent + text.slice(at);
  const edits = continueList(parse(typed), { line: line + 1, character: indent.length }, { renumber });
  return applyEdits(typed, edits).split('\n');
}

describe('list continuation on Enter', () => {
  it('continues "1." items with the next number', () => {
    const lines = [...head, '1. plan work', '2. check work', ...tail];
    assert.deepEqual(enter(lines, 7).slice(6, 9), ['1. plan work', '2. check work', '3. ']);
  });

  it('continues P1 items, and keeps a no-break space after the label', () => {
    const lines = [...head, 'P1\u00a0plan work', 'P2\u00a0check work', ...tail];
    assert.deepEqual(enter(lines, 7).slice(8, 9), ['P3\u00a0']);
    const k = ['Knowledge and understanding', 'K1 how to plan', 'K2 how to check'];
    assert.deepEqual(enter([...head, 'P1 plan work', ...k], 9).slice(10), ['K3 ']);
  });

  it('continues indented and ")" items, and bullets', () => {
    assert.deepEqual(enter([...head, '  1) plan work', ...tail], 6).slice(7, 8), ['  2) ']);
    assert.deepEqual(enter([...head, '- plan work', ...tail], 6).slice(7, 8), ['- ']);
  });

  it('continues the sub-list of a numbered item with its bullet', () => {
    const lines = [...head, '1. check the equipment, including:', '  - the cables', '2. report faults', ...tail];
    assert.deepEqual(enter(lines, 7, undefined, true).slice(6, 10), ['1. check the equipment, including:', '  - the cables', '  - ', '2. report faults']);
  });

  it('splits an item when Enter falls inside its text', () => {
    const lines = [...head, '1. plan work check work', ...tail];
    assert.deepEqual(enter(lines, 6, '1. plan work'.length).slice(6, 8), ['1. plan work', '2. check work']);
  });

  it('ends the list on Enter on an empty item, in both label styles', () => {
    for (const empty of ['3. ', 'P3', 'P3 ']) {
      const lines = [...head, '1. plan work', '2. check work', empty, ...tail];
      const after = enter(lines, 8);
      assert.deepEqual(after.slice(6, 10), ['1. plan work', '2. check work', '', 'Knowledge and understanding'], JSON.stringify(empty));
      assert.equal(after.length, lines.length);
    }
  });

  it('does nothing after prose, a heading, a blank line or a bare number', () => {
    for (const line of [2, 3, 4, 5]) {
      const lines = [...head, '1. plan work', ...tail];
      const after = enter(lines, line);
      assert.equal(after[line + 1], '', `after line ${line}`);
    }
    const bare = [...head, '12 apples were planned', ...tail];
    assert.equal(enter(bare, 6)[7], '');
    const blank = [...head, '1. plan work', '', ...tail];
    assert.equal(enter(blank, 7)[8], '');
  });

  it('with renumbering, an item inserted in the middle pushes the rest down, through element sub-headings', () => {
    const lines = [...head, 'Plan', '1. plan work', '2. check work', 'Review', '3. review work', ...tail];
    const after = enter(lines, 7, undefined, true);
    assert.deepEqual(after.slice(6, 12), ['Plan', '1. plan work', '2. ', '3. check work', 'Review', '4. review work']);
    assert.deepEqual(enter(lines, 7).slice(6, 12), ['Plan', '1. plan work', '2. ', '2. check work', 'Review', '3. review work']);
  });

  it('continues draft 001 after its last criterion, and a typed item then reads as the next one', () => {
    const lines = sample('001').split('\n');
    const last = lines.findIndex((l) => l.startsWith('17.'));
    const after = enter(lines, last);
    assert.match(after[last + 1], /^18\.[\s\u00a0]$/);
    after[last + 1] += 'adolygu adborth';
    const pc = analyse(after.join('\n')).doc.sections.find((s) => s.id === 'performance-criteria')!;
    assert.equal(pc.items.length, 18);
  });
});
