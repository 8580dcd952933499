import type { Position, Range } from '../types';

/**
 * Line starts of a text, with conversions between offsets and LSP positions.
 * Line breaks are \n, \r\n and \r, as in LSP; a JS string index is a UTF-16 offset.
 */
/** Characters from..oldTo of one text became characters from..newTo of another. */
export interface TextChange {
  from: number;
  oldTo: number;
  newTo: number;
}

/** Lines first..oldEnd of one text became lines first..newEnd of another. */
export interface LineChange {
  first: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Appends the line starts and ends of text[from..to) to the arrays. `from` starts a
 * line; `to` starts the line after the run, or with `last` ends the text.
 */
function scanLines(text: string, from: number, to: number, last: boolean, starts: number[], ends: number[]): void {
  starts.push(from);
  const cr = text.indexOf('\r', from);
  if (cr < 0 || cr >= to) {
    // The common case, found with the engine's fast string search.
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
      ends.push(i);
      if (i + 1 < to) starts.push(i + 1);
    }
  } else {
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code !== 10 && code !== 13) continue;
      ends.push(i);
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      if (i + 1 < to) starts.push(i + 1);
    }
  }
  if (last) {
    // The text's last line, empty when the text ends with a break.
    if (ends.length === starts.length) starts.push(to);
    ends.push(to);
  }
}

/**
 * Line starts of a text, with conversions between offsets and LSP positions.
 * Line breaks are \n, \r\n and \r, as in LSP; a JS string index is a UTF-16 offset.
 */
/**
 * A copy of a slice that does not hold on to the string it was sliced from: V8 keeps a
 * slice of 13 characters or more as a reference into the whole text, which it would keep
 * alive (shorter slices are copies already).
 */
export function detached(slice: string): string {
  return slice.length < 13 ? slice : (slice + ' ').slice(0, -1);
}

/** Line offsets: typed arrays, which an edit copies in one move and the collector does not read. */
type Offsets = Int32Array;

export class LineIndex {
  readonly text: string;
  /** Offset of the first character of each line. */
  private readonly starts: Offsets;
  /** Offset just past each line's content (before its line break). */
  private readonly ends: Offsets;
  private readonly texts: Array<string | undefined>;

  constructor(text: string, starts?: readonly number[] | Offsets, ends?: readonly number[] | Offsets, texts?: Array<string | undefined>) {
    this.text = text;
    if (starts && ends) {
      this.starts = starts instanceof Int32Array ? starts : Int32Array.from(starts);
      this.ends = ends instanceof Int32Array ? ends : Int32Array.from(ends);
    } else {
      const found = { starts: [] as number[], ends: [] as number[] };
      scanLines(text, 0, text.length, true, found.starts, found.ends);
      this.starts = Int32Array.from(found.starts);
      this.ends = Int32Array.from(found.ends);
    }
    this.texts = texts ?? [];
  }

  /**
   * The index of a text made from this one by one change, re-using the lines the
   * change does not reach, with the lines that changed. The changed run is widened by
   * a line on each side, so a line break split by the change never counts as unchanged.
   */
  edited(text: string, change: TextChange): { lines: LineIndex; change: LineChange } {
    const delta = change.newTo - change.oldTo;
    const first = Math.max(0, this.positionAt(change.from).line - 1);
    // The first line starting past the change (and past a \r\n it may end in).
    let oldEnd = this.positionAt(change.oldTo).line + 1;
    while (oldEnd < this.lineCount && this.starts[oldEnd] <= change.oldTo + 1) oldEnd++;
    const last = oldEnd >= this.lineCount;
    const run = { starts: [] as number[], ends: [] as number[] };
    scanLines(text, this.starts[first], last ? text.length : this.starts[oldEnd] + delta, last, run.starts, run.ends);
    const newEnd = first + run.starts.length;
    const count = newEnd + this.lineCount - oldEnd;
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    starts.set(this.starts.subarray(0, first));
    ends.set(this.ends.subarray(0, first));
    starts.set(run.starts, first);
    ends.set(run.ends, first);
    for (let line = oldEnd, i = newEnd; line < this.lineCount; line++, i++) {
      starts[i] = this.starts[line] + delta;
      ends[i] = this.ends[line] + delta;
    }
    // The lines' texts sliced so far, those of the lines that changed left to slice again.
    const texts = this.texts.slice(0, first);
    texts.length = newEnd;
    for (let line = oldEnd; line < this.texts.length; line++) texts.push(this.texts[line]);
    return { lines: new LineIndex(text, starts, ends, texts), change: { first, oldEnd, newEnd } };
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

  /**
   * A line's text, sliced once (every pass reads each line several times) and detached:
   * the model's strings, which are slices of lines, outlive the text when an edit re-uses them.
   */
  lineText(line: number): string {
    return (this.texts[line] ??= detached(this.text.slice(this.starts[line], this.ends[line])));
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

  /** The nearest position inside the text: editors may ask about any numbers. */
  clamp(position: Position): Position {
    const line = Math.max(0, Math.min(position.line, this.starts.length - 1));
    const character = Math.max(0, Math.min(position.character, this.ends[line] - this.starts[line]));
    return line === position.line && character === position.character ? position : { line, character };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line];
    const character = Math.max(0, position.character);
    return Math.min(start + character, this.ends[position.line]);
  }

  /**
   * The position of a character of a line. Here lines are the text's lines, so the
   * numbers stay; an index whose lines are parts of the text's lines (flattened text,
   * segmentedLines.ts) maps them. Ranges are built through this or `span`.
   */
  position(line: number, character: number): Position {
    return { line, character };
  }

  /** The line and character within it of a position in the text (the inverse of `position`). */
  lineAt(position: Position): Position {
    return this.clamp(position);
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
