import type { Position, Range } from '../types';
import { LineIndex, type LineChange, type TextChange } from './lineIndex';

/**
 * A line index whose lines are parts of the text's lines: flattened text, where a
 * whole section sits on one line, is read one heading, lead-in or item per line.
 * The parser sees these parts as lines (lineText, lineStart, lineCount), while every
 * position it hands out (span, position, positionAt, the ranges) is a position in
 * the text itself, so findings and edits point exactly where editors expect them.
 * Between two parts of one line lies the whitespace that separated them, which plays
 * the part of a line break.
 */
export class SegmentedLineIndex extends LineIndex {
  constructor(
    text: string,
    /** The text's own lines. */
    readonly physical: LineIndex,
    starts: number[],
    ends: number[],
  ) {
    super(text, starts, ends);
  }

  /**
   * The text's own lines after an edit, every line counted as changed: an edit can
   * make or unmake flattened text anywhere, so the parser reads it afresh.
   */
  override edited(text: string, change: TextChange): { lines: LineIndex; change: LineChange } {
    const { lines } = this.physical.edited(text, change);
    return { lines, change: { first: 0, oldEnd: this.lineCount, newEnd: lines.lineCount } };
  }

  /** Inserted lines go in as lines of the text. */
  override get eol(): string {
    return this.physical.eol;
  }

  override position(line: number, character: number): Position {
    return this.physical.positionAt(this.lineStart(line) + character);
  }

  override lineAt(position: Position): Position {
    return super.positionAt(this.physical.offsetAt(position));
  }

  override positionAt(offset: number): Position {
    return this.physical.positionAt(offset);
  }

  override offsetAt(position: Position): number {
    return this.physical.offsetAt(position);
  }

  override clamp(position: Position): Position {
    return this.physical.clamp(position);
  }

  override span(line: number, startChar: number, endChar: number): Range {
    return { start: this.position(line, startChar), end: this.position(line, endChar) };
  }

  override linesRange(first: number, last: number): Range {
    return { start: this.position(first, 0), end: this.position(last, this.lineEnd(last) - this.lineStart(last)) };
  }

  override wholeLinesRange(first: number, last: number): Range {
    if (last + 1 < this.lineCount) return { start: this.position(first, 0), end: this.position(last + 1, 0) };
    if (first > 0) {
      const prev = first - 1;
      return { start: this.position(prev, this.lineEnd(prev) - this.lineStart(prev)), end: this.position(last, this.lineEnd(last) - this.lineStart(last)) };
    }
    return this.linesRange(first, last);
  }
}
