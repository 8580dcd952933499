// Applies the content changes of one didChange notification, with the meaning LSP and
// TextDocument.update give them: in order, each in the coordinates the ones before it left.
// TextDocument.update rebuilds the whole text for every change, so a Replace All of 10,000
// matches in a 460 KB document copied gigabytes. Here the text is held as blocks of about
// BLOCK characters while the batch is applied: a change rewrites the one or two blocks it
// touches, and cursors walk from block to block (over lines, and along a long line), so a
// batch in document order (either way, as editors send them) costs the length of the text
// plus the length of the changes, whatever the length of the lines. A few changes (typing)
// still go to TextDocument.update, which keeps the line offsets it has.

import type { Position, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** More changes than this in one notification are applied over blocks. */
const FEW = 16;
/** Characters per block: small enough to rewrite on every change, large enough to walk. */
const BLOCK = 1024;
const LF = 10;
const CR = 13;
const EOL = /\r\n?|\n/g;

const isEol = (code: number): boolean => code === LF || code === CR;
const endsLine = (block: string): boolean => isEol(block.charCodeAt(block.length - 1));

/** `text` cut into blocks of about BLOCK characters, never between a CR and an LF; [''] for ''. */
function split(text: string): string[] {
  if (text.length <= 2 * BLOCK) return [text];
  const blocks: string[] = [];
  let from = 0;
  while (text.length - from > 2 * BLOCK) {
    let to = from + BLOCK;
    if (text.charCodeAt(to - 1) === CR && text.charCodeAt(to) === LF) to++;
    blocks.push(text.slice(from, to));
    from = to;
  }
  blocks.push(text.slice(from));
  return blocks;
}

/**
 * Offsets in a block at which lines start: 0 when the block before ends a line (or there
 * is none), and after each line end, but the end of the block only in the last block
 * (elsewhere that line starts at 0 of the next).
 */
function lineStarts(block: string, startsLine: boolean, last: boolean): number[] {
  const starts = startsLine ? [0] : [];
  EOL.lastIndex = 0;
  for (let eol = EOL.exec(block); eol; eol = EOL.exec(block)) {
    const next = eol.index + eol[0].length;
    if (next < block.length || last) starts.push(next);
  }
  return starts;
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

/** A place in the text: a block, an offset in it. */
interface Place {
  block: number;
  offset: number;
}

/** A block on a line: `dist` characters from the line's start to the block's start (negative when the line starts inside it). */
interface OnLine {
  line: number;
  block: number;
  dist: number;
}

/** A CR that ends a block is never followed by an LF starting the next, so line ends never straddle blocks. */
class Blocks {
  private blocks: string[];
  /** Line starts per block, computed when first needed. */
  private starts: (number[] | undefined)[];
  /** The cursor over lines: a block and the number of line starts before it. */
  private at = 0;
  private atLine = 0;
  /** The cursor along a line: where the last position placed was. */
  private along: OnLine | null = null;
  private lines = -1;

  constructor(text: string) {
    this.blocks = split(text);
    this.starts = new Array<number[] | undefined>(this.blocks.length);
  }

  text(): string {
    return this.blocks.join('');
  }

  private startsOf(block: number): number[] {
    return (this.starts[block] ??= lineStarts(this.blocks[block], block === 0 || endsLine(this.blocks[block - 1]), block === this.blocks.length - 1));
  }

  private lineCount(): number {
    if (this.lines < 0) this.lines = this.blocks.reduce((sum, _, i) => sum + this.startsOf(i).length, 0);
    return this.lines;
  }

  /** Moves the cursor to the block holding the start of `line`, an existing line. */
  private seek(line: number): void {
    while (line < this.atLine) this.atLine -= this.startsOf(--this.at).length;
    while (line >= this.atLine + this.startsOf(this.at).length) this.atLine += this.startsOf(this.at++).length;
  }

  /** The block of `line` where `character` falls, walking along the line from where the last walk ended. */
  private onLine(line: number, character: number): OnLine {
    let here: OnLine;
    if (this.along?.line === line) {
      here = { ...this.along };
    } else {
      this.seek(line);
      here = { line, block: this.at, dist: -this.startsOf(this.at)[line - this.atLine] };
    }
    // A change may have split the block the line starts in: start from the block it is in.
    while (here.block < this.blocks.length - 1 && -here.dist >= this.blocks[here.block].length) here.dist += this.blocks[here.block++].length;
    while (here.dist > character) here.dist -= this.blocks[--here.block].length;
    for (;;) {
      const block = this.blocks[here.block];
      const end = this.lineEnd(here);
      if (end !== null || character - here.dist <= block.length || here.block === this.blocks.length - 1) break;
      here.dist += block.length;
      here.block++;
    }
    this.along = here;
    return here;
  }

  /** Where the line ends in this block (at its line end, or the block's end when that is one), or null when it goes on. */
  private lineEnd({ block, dist }: OnLine): number | null {
    const text = this.blocks[block];
    const next = this.startsOf(block).find((start) => start > -dist);
    if (next !== undefined) return next;
    return block < this.blocks.length - 1 && endsLine(text) ? text.length : null;
  }

  /** TextDocument.offsetAt: clamped to the document, and to the line before its line end. */
  private place(position: Position): Place & { dist: number } {
    const last = this.blocks.length - 1;
    if (position.line < 0) return { block: 0, offset: 0, dist: 0 };
    if (position.line >= this.lineCount()) return { block: last, offset: this.blocks[last].length, dist: 0 };
    const character = Math.max(position.character, 0);
    const here = this.onLine(position.line, character);
    const text = this.blocks[here.block];
    const start = Math.max(-here.dist, 0);
    const end = this.lineEnd(here) ?? text.length;
    let offset = Math.min(character - here.dist, end);
    while (offset > start && isEol(text.charCodeAt(offset - 1))) offset--;
    return { block: here.block, offset, dist: here.dist };
  }

  /** Line starts before a block: from the cursor, which is near. */
  private linesBefore(block: number): number {
    let line = this.atLine;
    for (let i = this.at; i < block; i++) line += this.startsOf(i).length;
    for (let i = this.at - 1; i >= block; i--) line -= this.startsOf(i).length;
    return line;
  }

  replace(range: Range, text: string): void {
    const [start, end] = before(range.end, range.start) ? [range.end, range.start] : [range.start, range.end];
    const lines = this.lineCount();
    const from = this.place(start);
    const to = this.place(end);
    let first = from.block;
    let last = to.block;
    let dist = from.dist;
    // After a CR, the change may make a CR LF of it, and move the start of the line after.
    const afterCr = (from.offset > 0 ? this.blocks[first].charCodeAt(from.offset - 1) : first > 0 ? this.blocks[first - 1].charCodeAt(this.blocks[first - 1].length - 1) : 0) === CR;
    let joined = this.blocks[first].slice(0, from.offset) + text + this.blocks[last].slice(to.offset);
    // No empty block, and no CR at the end of one before an LF at the start of the next.
    if (joined === '' && last < this.blocks.length - 1) joined = this.blocks[++last];
    else if (joined === '' && first > 0) dist -= (joined = this.blocks[--first]).length;
    if (first > 0 && joined.charCodeAt(0) === LF && this.blocks[first - 1].endsWith('\r')) {
      dist -= this.blocks[--first].length;
      joined = this.blocks[first] + joined;
    }
    if (last < this.blocks.length - 1 && joined.endsWith('\r') && this.blocks[last + 1].charCodeAt(0) === LF) joined += this.blocks[++last];
    const linesBefore = this.linesBefore(first);
    const pieces = split(joined);
    const after = last + 1;
    for (let i = first; i <= Math.min(after, this.blocks.length - 1); i++) this.lines -= this.startsOf(i).length;
    const starts: (number[] | undefined)[] = new Array<undefined>(pieces.length);
    if (pieces.length === 1 && first === last) {
      this.blocks[first] = pieces[0];
      this.starts[first] = undefined;
    } else {
      // Concatenation, not splice(...pieces): a pasted megabyte makes many pieces.
      this.blocks = this.blocks.slice(0, first).concat(pieces, this.blocks.slice(after));
      this.starts = this.starts.slice(0, first).concat(starts, this.starts.slice(after));
    }
    // The block after the pieces may now start a line, or no longer.
    const next = first + pieces.length;
    if (next < this.blocks.length) this.starts[next] = undefined;
    for (let i = first; i <= Math.min(next, this.blocks.length - 1); i++) this.lines += this.startsOf(i).length;
    this.at = first;
    this.atLine = linesBefore;
    // The change kept the text before it, so the line it starts on still starts where it did.
    this.along = start.line >= 0 && start.line < lines && !afterCr ? { line: start.line, block: first, dist } : null;
  }
}

/** The text after `changes`; a change without a range replaces the whole text. */
export function applyChanges(text: string, changes: readonly TextDocumentContentChangeEvent[]): string {
  let blocks = new Blocks(text);
  for (const change of changes) {
    if ('range' in change && change.range) blocks.replace(change.range, change.text);
    else blocks = new Blocks(change.text);
  }
  return blocks.text();
}

/**
 * A position past the last line as the end of the text, where TextDocument.offsetAt puts it:
 * given as it is, TextDocument.update shifts line offsets that do not exist.
 */
function clamp(document: TextDocument, range: Range): Range {
  const last = document.lineCount - 1;
  const inside = (p: Position): Position => (p.line > last ? { line: last, character: Number.MAX_SAFE_INTEGER } : p);
  return { start: inside(range.start), end: inside(range.end) };
}

/** The document after one notification's changes. */
export function updateDocument(document: TextDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): TextDocument {
  if (changes.length > FEW) {
    return TextDocument.create(document.uri, document.languageId, version, applyChanges(document.getText(), changes));
  }
  // Rebuilt without the deprecated rangeLength, which TextDocument.update would reject on a whole-text change.
  return changes.reduce(
    (current, change) => TextDocument.update(current, ['range' in change && change.range ? { range: clamp(current, change.range), text: change.text } : { text: change.text }], version),
    TextDocument.update(document, [], version),
  );
}
