import type { Position, Range } from '../types';

/**
 * Line starts of a text, with conversions between offsets and LSP positions.
 * Line breaks are \n, \r\n and \r, as in LSP; a JS string index is a UTF-16 offset.
 */
export class LineIndex {
  readonly text: string;
  /** Offset of the first character of each line. */
  private readonly starts: number[];
  /** Offset just past each line's content (before its line break). */
  private readonly ends: number[];
  private readonly texts: Array<string | undefined> = [];

  constructor(text: string) {
    this.text = text;
    const starts = [0];
    const ends: number[] = [];
    if (!text.includes('\r')) {
      // The common case, found with the engine's fast string search.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code !== 10 && code !== 13) continue;
        ends.push(i);
        if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    ends.push(text.length);
    this.starts = starts;
    this.ends = ends;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[line];
  }

  lineEnd(line: number): number {
    return this.ends[line];
  }

  /** Offset of the start of the next line, or the end of the text on the last line. */
  lineEndWithBreak(line: number): number {
    return line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
  }

  lineText(line: number): string {
    // Every pass over the document reads each line several times: slice it once.
    return (this.texts[line] ??= this.text.slice(this.starts[line], this.ends[line]));
  }

  /** The line break used first in the text, for inserted lines. */
  get eol(): string {
    const first = this.ends.length > 1 ? this.text.slice(this.ends[0], this.starts[1]) : '';
    return first || '\n';
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset inside a \r\n pair belongs to the end of the line.
    return { line: low, character: Math.min(clamped, this.ends[low]) - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const character = Math.max(0, position.character);
    return Math.min(start + character, this.ends[position.line]);
  }

  /** Range of a span within one line, given line-relative character offsets. */
  span(line: number, startChar: number, endChar: number): Range {
    return { start: { line, character: startChar }, end: { line, character: endChar } };
  }

  /** Range of a whole line's content, without its line break. */
  lineRange(line: number): Range {
    return this.span(line, 0, this.ends[line] - this.starts[line]);
  }

  /** Range from the start of one line to the end of another line's content. */
  linesRange(first: number, last: number): Range {
    return {
      start: { line: first, character: 0 },
      end: { line: last, character: this.ends[last] - this.starts[last] },
    };
  }

  /** Range covering whole lines including the break after the last one. */
  wholeLinesRange(first: number, last: number): Range {
    if (last + 1 < this.starts.length) {
      return { start: { line: first, character: 0 }, end: { line: last + 1, character: 0 } };
    }
    // The last line has no break after it: take the break before the first line instead.
    if (first > 0) {
      const prev = first - 1;
      return {
        start: { line: prev, character: this.ends[prev] - this.starts[prev] },
        end: { line: last, character: this.ends[last] - this.starts[last] },
      };
    }
    return this.linesRange(first, last);
  }
}
