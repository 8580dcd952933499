// Positions and ranges of a text, computed here independently of the core's LineIndex so
// that a bug there cannot hide itself: lines end at \n, \r\n or \r (as in LSP), and a
// character is a UTF-16 code unit.

import * as assert from 'node:assert/strict';
import type { Position, Range, TextEdit } from '../../server/src/core';

export class Lines {
  /** Offset of each line's first character. */
  private readonly starts: number[] = [0];
  /** Length of each line without its break. */
  private readonly lengths: number[] = [];

  constructor(readonly text: string) {
    const breaks = /\r\n|\r|\n/g;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
      this.lengths.push(match.index - this.starts[this.starts.length - 1]);
      this.starts.push(match.index + match[0].length);
    }
    this.lengths.push(text.length - this.starts[this.starts.length - 1]);
  }

  get count(): number {
    return this.starts.length;
  }

  length(line: number): number {
    return this.lengths[line];
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.starts[line] + this.lengths[line]);
  }

  /**
   * In the text, and not inside a line break: a character past the line's content would
   * sit between the \r and \n of a CRLF, or beyond the line.
   */
  contains(p: Position): boolean {
    return Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < this.count &&
      p.character >= 0 && p.character <= this.lengths[p.line];
  }

  /** The nearest position in the text: a character past a line's end means its end (LSP). */
  clamp(p: Position): Position {
    const line = Math.max(0, Math.min(p.line, this.count - 1));
    return { line, character: Math.max(0, Math.min(p.character, this.lengths[line])) };
  }

  offset(p: Position): number {
    return this.starts[p.line] + p.character;
  }

  /** Between the high and low halves of a surrogate pair. */
  splitsPair(p: Position): boolean {
    const at = this.offset(p);
    return isHigh(this.text.charCodeAt(at - 1)) && isLow(this.text.charCodeAt(at));
  }

}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

export function within(inner: Range, outer: Range): boolean {
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** A range lies in the text, starts before it ends, and splits no surrogate pair or CRLF. */
export function assertRange(lines: Lines, range: Range, what: string): void {
  const show = () => `${what}: ${JSON.stringify(range)} in ${JSON.stringify(lines.text.slice(0, 2000))}`;
  for (const end of [range.start, range.end]) {
    assert.ok(lines.contains(end), `outside the document: ${show()}`);
    assert.ok(!lines.splitsPair(end), `splits a surrogate pair: ${show()}`);
  }
  assert.ok(before(range.start, range.end), `ends before it starts: ${show()}`);
}

/** Edits applied as LSP defines them: all against the original text, never overlapping. */
export function applyLsp(lines: Lines, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({ start: lines.offset(edit.range.start), end: lines.offset(edit.range.end), text: edit.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let at = 0;
  for (const span of spans) {
    assert.ok(span.start >= at, `edits overlap: ${JSON.stringify(edits)}`);
    result += lines.text.slice(at, span.start) + span.text;
    at = span.end;
  }
  return result + lines.text.slice(at);
}
