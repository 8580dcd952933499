// One didChange with many changes: the server applies them in one pass over blocks of text
// (a few, as typing sends them, one by one).
// Whatever the changes (any order, overlapping, reversed or out-of-range positions, line
// ends of every kind made and split, whole-text changes among them), the text must be the
// one TextDocument.update gives for each change in turn. (Given all at once, TextDocument.update
// keeps line offsets it has shifted, wrongly, after a position past the end of the text.)

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { updateDocument } from '../../server/src/lsp/applyChanges';
import { property } from './config';

/** Short pieces heavy in line ends, so that CR LF pairs are made and broken across edits. */
const piece = fc.constantFrom('\r', '\n', '\r\n', 'a', 'bc', ' ', 'é', '\u{1F600}', 'P1. ', '\n\n', 'x\r');
const chunk = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));

/** Texts of a few characters up to several blocks (a block is about 1,000 characters). */
const lines = fc.tuple(chunk, fc.integer({ min: 1, max: 400 })).map(([t, times]) => t.repeat(times));
/** Lines of thousands of characters, over many blocks, and whole texts without a line end. */
const longLines = fc.tuple(fc.array(fc.constantFrom('a', 'bc', ' ', 'é', '\u{1F600}', 'xyz'), { maxLength: 8 }), fc.integer({ min: 1, max: 1500 }), chunk)
  .map(([parts, times, middle]) => parts.join('').repeat(times) + middle + parts.join('').repeat(times >> 1));
const text = fc.oneof(lines, longLines);

const coordinate = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 60 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  { weight: 1, arbitrary: fc.constantFrom(-1, -7, 2 ** 31 - 1) },
);
const position: fc.Arbitrary<Position> = fc.record({ line: coordinate, character: coordinate });

const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 30, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: chunk }) },
  { weight: 1, arbitrary: fc.record({ text }) },
  // rangeLength is deprecated and meaningless without a range.
  { weight: 1, arbitrary: fc.record({ text, rangeLength: fc.nat() }) },
);

/** What the server holds after one didChange with these changes. */
function actual(original: string, changes: TextDocumentContentChangeEvent[]): string {
  return updateDocument(TextDocument.create('file:///x', 'nos', 1, original), changes, 2).getText();
}

/** LSP's meaning: each change in turn; one without a range replaces the whole text. */
function expected(original: string, changes: TextDocumentContentChangeEvent[]): string {
  return changes.reduce((text, change) => ('range' in change && change.range
    ? TextDocument.update(TextDocument.create('file:///x', 'nos', 1, text), [change], 2).getText()
    : change.text), original);
}

describe('applying a batch of changes', () => {
  property('gives the text TextDocument.update gives', 300, () =>
    fc.property(text, fc.array(change, { maxLength: 60 }), (original, changes) => {
      assert.equal(actual(original, changes), expected(original, changes));
    }));

  property('gives it for Replace All batches, sent bottom up or top down', 40, () =>
    fc.property(fc.tuple(chunk, fc.integer({ min: 1, max: 120 })).map(([t, times]) => t.repeat(times)), fc.constantFrom('a', '\n', '\r', 'é'), chunk, fc.boolean(), (original, target, replacement, bottomUp) => {
      const document = TextDocument.create('file:///x', 'nos', 1, original);
      const matches = [...original.matchAll(new RegExp(target, 'g'))].map((m) => m.index);
      let changes: TextDocumentContentChangeEvent[];
      if (bottomUp) {
        changes = matches.reverse().map((at) => ({ range: { start: document.positionAt(at), end: document.positionAt(at + target.length) }, text: replacement }));
      } else {
        // Top down, each range where the changes before it moved it.
        let shift = 0;
        let current = document;
        changes = matches.map((at) => {
          const range = { start: current.positionAt(at + shift), end: current.positionAt(at + shift + target.length) };
          current = TextDocument.update(current, [{ range, text: replacement }], current.version + 1);
          shift += replacement.length - target.length;
          return { range, text: replacement };
        });
      }
      assert.equal(actual(original, changes), expected(original, changes));
    }));

  it('keeps a CR LF pair split across blocks as one line end', () => {
    const original = `${'x'.repeat(1500)}\r${'\n'.repeat(3)}${'y\n'.repeat(1500)}`;
    const changes: TextDocumentContentChangeEvent[] = [
      { range: { start: { line: 0, character: 1500 }, end: { line: 0, character: 1500 } }, text: '\r' },
      { range: { start: { line: 3, character: 0 }, end: { line: 2000, character: 0 } }, text: '\r' },
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' },
    ];
    assert.equal(actual(original, changes), expected(original, changes));
  });
});
