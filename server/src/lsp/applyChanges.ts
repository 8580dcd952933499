// Applies the content changes of one didChange notification, with the meaning LSP and
// TextDocument.update give them: in order, each in the coordinates the ones before it left.
// TextDocument.update rebuilds the whole text for every change, so a Replace All of 10,000
// matches in a 460 KB document copied gigabytes. Here the text is held as blocks of whole
// lines while the batch is applied: a change rewrites the one or two blocks it touches, and a
// cursor walks from block to block, so a batch in document order (either way, as editors
// send them) costs the length of the text plus the length of the changes. A few changes
// (typing) still go to TextDocument.update, which keeps the line offsets it has.

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

/** `text` cut after line ends into blocks of about BLOCK characters; [''] for ''. */
function split(text: string): string[] {
  const blocks: string[] = [];
  let from = 0;
  while (text.length - from > 2 * BLOCK) {
    EOL.lastIndex = from + BLOCK;
    const eol = EOL.exec(text);
    if (!eol) break;
    const to = eol.index + eol[0].length;
    if (to === text.length) break;
    blocks.push(text.slice(from, to));
    from = to;
  }
  blocks.push(text.slice(from));
  return blocks;
}

/** Offsets in a block at which its lines start; the last block also owns the line after a final line end. */
function lineStarts(block: string, last: boolean): number[] {
  const starts = [0];
  EOL.lastIndex = 0;
  for (let eol = EOL.exec(block); eol; eol = EOL.exec(block)) {
    const next = eol.index + eol[0].length;
    if (next < block.length || last) starts.push(next);
  }
  return starts;
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

interface Place {
  block: number;
  offset: number;
}

/**
 * Every block but the last ends with a line end, and a CR that ends a block is never
 * followed by an LF starting the next, so lines never straddle blocks.
 */
class Blocks {
  private blocks: string[];
  /** Line starts per block, computed when first needed. */
  private starts: (number[] | undefined)[];
  /** The cursor: a block and the number of its first line. */
  private at = 0;
  private atLine = 0;
  private lines = -1;

  constructor(text: string) {
    this.blocks = split(text);
    this.starts = new Array<number[] | undefined>(this.blocks.length);
  }

  text(): string {
    return this.blocks.join('');
  }

  private startsOf(block: number): number[] {
    return (this.starts[block] ??= lineStarts(this.blocks[block], block === this.blocks.length - 1));
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

  /** TextDocument.offsetAt, clamped to the document and to the line before its line end; leaves the cursor at its block. */
  private place(position: Position): Place {
    const last = this.blocks.length - 1;
    if (position.line < 0) {
      this.at = this.atLine = 0;
      return { block: 0, offset: 0 };
    }
    const lines = this.lineCount();
    if (position.line >= lines) {
      this.at = last;
      this.atLine = lines - this.startsOf(last).length;
      return { block: last, offset: this.blocks[last].length };
    }
    this.seek(position.line);
    const block = this.blocks[this.at];
    const starts = this.startsOf(this.at);
    const index = position.line - this.atLine;
    const start = starts[index];
    if (position.character <= 0) return { block: this.at, offset: start };
    const next = index + 1 < starts.length ? starts[index + 1] : block.length;
    let offset = Math.min(start + position.character, next);
    while (offset > start && isEol(block.charCodeAt(offset - 1))) offset--;
    return { block: this.at, offset };
  }

  replace(range: { start: Position; end: Position }, text: string): void {
    const [start, end] = before(range.end, range.start) ? [range.end, range.start] : [range.start, range.end];
    this.lineCount();
    const from = this.place(start);
    let line = this.atLine;
    const to = this.place(end);
    let first = from.block;
    let last = to.block;
    let joined = this.blocks[first].slice(0, from.offset) + text + this.blocks[last].slice(to.offset);
    // Keep lines whole within blocks: take in a CR before a leading LF, and the next block
    // while this one ends inside a line or between a CR and an LF.
    if (first > 0 && joined.charCodeAt(0) === LF && this.blocks[first - 1].endsWith('\r')) {
      line -= this.startsOf(first - 1).length;
      joined = this.blocks[--first] + joined;
    }
    while (last < this.blocks.length - 1 && (!isEol(joined.charCodeAt(joined.length - 1)) || (joined.endsWith('\r') && this.blocks[last + 1].charCodeAt(0) === LF))) {
      joined += this.blocks[++last];
    }
    const isLast = last === this.blocks.length - 1;
    const pieces = split(joined);
    const starts = pieces.map((piece, i) => lineStarts(piece, isLast && i === pieces.length - 1));
    for (let i = first; i <= last; i++) this.lines -= this.startsOf(i).length;
    for (const s of starts) this.lines += s.length;
    if (pieces.length === 1 && first === last) {
      this.blocks[first] = pieces[0];
      this.starts[first] = starts[0];
    } else {
      // Concatenation, not splice(...pieces): a pasted megabyte makes many pieces.
      this.blocks = this.blocks.slice(0, first).concat(pieces, this.blocks.slice(last + 1));
      this.starts = this.starts.slice(0, first).concat(starts, this.starts.slice(last + 1));
    }
    this.at = first;
    this.atLine = line;
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
