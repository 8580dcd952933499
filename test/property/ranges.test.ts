// Property 2: every range the analyser hands out (findings, their fix edits, outline
// symbols at every depth, hovers, completions) lies inside the document, starts before
// it ends, and never splits a surrogate pair or a CRLF.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { completionsAt, createNosService, outline, type AnalyseOptions, type OutlineNode, type Position } from '../../server/src/core';
import { analyseOptions, anyText } from './arbitraries';
import { property } from './config';
import { assertRange, Lines, within } from './text';

/** Offsets into the text as pairs of numbers, folded onto its lines. */
const spots = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 });

function assertOutline(lines: Lines, nodes: OutlineNode[]): void {
  for (const node of nodes) {
    assertRange(lines, node.range, `symbol “${node.name}”`);
    assertRange(lines, node.selectionRange, `selection of symbol “${node.name}”`);
    // Editors reject a symbol whose selection lies outside it.
    assert.ok(within(node.selectionRange, node.range), `selection outside symbol “${node.name}”: ${JSON.stringify(node)}`);
    assertOutline(lines, node.children);
  }
}

function assertRanges(text: string, options: AnalyseOptions, positions: Position[]): void {
  const lines = new Lines(text);
  const service = createNosService();
  const analysis = service.analyse(text, options);
  const { doc, findings } = analysis;
  for (const finding of findings) {
    assertRange(lines, finding.range, `${finding.ruleId} finding “${finding.message}”`);
    for (const fix of finding.fixes) {
      for (const edit of fix.edits) assertRange(lines, edit.range, `edit of “${fix.title}”`);
    }
  }
  assertOutline(lines, outline(doc));
  for (const position of positions) {
    const at = JSON.stringify(position);
    const meant = lines.clamp(position);
    const hover = service.hover(analysis, position);
    if (hover) {
      assertRange(lines, hover.range, `hover at ${at}`);
      assert.ok(within({ start: meant, end: meant }, hover.range), `hover at ${at} is about ${JSON.stringify(hover.range)}`);
    }
    const completions = completionsAt(doc, position);
    if (completions) {
      assertRange(lines, completions.range, `completion at ${at}`);
      assert.deepEqual(completions.range.end, meant, `completion at ${at} replaces ${JSON.stringify(completions.range)}`);
    }
  }
}

/** Where an editor's cursor can be: any line, any character up to its end, not inside a pair. */
function cursors(text: string, pairs: Array<[number, number]>): Position[] {
  const lines = new Lines(text);
  return pairs
    .map(([a, b]) => {
      const line = a % lines.count;
      return { line, character: b % (lines.length(line) + 1) };
    })
    .filter((p) => !lines.splitsPair(p));
}

/** Positions an editor may send but no cursor has: past a line's end or the last line, negative. */
const wild = fc.array(
  fc.record({ line: fc.integer({ min: -2, max: 60 }), character: fc.integer({ min: -2, max: 2000 }) }),
  { minLength: 1, maxLength: 6 },
);

describe('property: ranges lie inside the document', () => {
  property('for findings, edits, symbols, hovers and completions', 300, () =>
    fc.property(anyText, analyseOptions, spots, (text, options, pairs) => assertRanges(text, options, cursors(text, pairs))),
  );

  property('for hovers and completions at positions outside the text', 100, () =>
    fc.property(anyText, wild, (text, positions) => {
      const lines = new Lines(text);
      // Between the halves of a surrogate pair is no position a client sends.
      assertRanges(text, {}, positions.filter((p) => !lines.contains(p) || !lines.splitsPair(p)));
    }),
  );

  describe('counter-examples', () => {
    const found: Array<[string, string, Position[]]> = [
      ['a title on the last line: the URN line went after the end of the text', 'Title', []],
      ['a document of blank lines: missing sections pointed at a reversed range', ' ', []],
      ['a first line of markup alone: the title started at character -1', '_\n', []],
      ['completion past the end of a line replaced up to that position', 'Title\n', [{ line: 0, character: 100 }]],
      ['an item ending in a stop, with a bullet under it: the stop was looked for at the end of the bullet', 'You must be able to:\n0) .\n-\t😀', []],
    ];
    for (const [name, text, positions] of found) it(name, () => assertRanges(text, {}, positions));
  });
});
