// Flattened text (dataset exports, where each section is one cell and every line break
// became a space) cut into the lines the parser reads: before and after each heading
// and lead-in, before each metadata label, item label, glossary term and page footer.
// Only spaces are cut at, so each part is exact text of the original. Where a cut is
// not certain it is not made: an unsure sub-heading stays in the item before it.

import type { SectionId } from '../../catalogue';
import { urnShaped } from '../preamble';
import { capitalised, labelAt, startsLower, wordKey, type LabelMatch } from './labels';

export interface Word {
  start: number;
  end: number;
  text: string;
}

export type PartKind = 'heading' | 'leadin' | 'field' | 'item' | 'footer' | 'text';

/** The lines of flattened text: offsets into it, with what each starts with. */
export interface Parts {
  starts: number[];
  ends: number[];
  kinds: PartKind[];
  sections: Array<SectionId | null>;
}

const WORDS = /\S+/g;
const PREFIXED = /^[PK]\d{1,3}$/;
const GLUED = /^[PK]\d{1,3}\p{Ll}/u;
const NUMBERED = /^\d{1,3}[.)]$/;
const PAGE = /^\d{1,4}$/;
const BULLETS = '-–•*▪◦·';
/** Bullets that mean an item wherever they stand in a list; others only after one. */
const PLAIN_BULLETS = '-•▪◦·';
/** A word that ends a sentence or a label: what may stand before an unmarked heading. */
const CLOSES = /[.!?:;)][*_"'’”]*$/;
const COLON_END = /:[*_]*$/;
const MAX_TITLE = 250;
const SEQUENCES: ReadonlySet<SectionId | null> = new Set(['performance-criteria', 'knowledge-understanding']);
const SCOPES: ReadonlySet<SectionId | null> = new Set(['scope-range', 'scope-performance', 'scope-knowledge']);
/** A glossary term or range category before its colon: at most this many words. */
const MAX_TERM_WORDS = 5;
/** The most words a metadata label has ("Business Sectors (Suites):"). */
const MAX_FIELD_WORDS = 4;

/** The words of text[from..to), which starts and ends at a word boundary (or a line's ends). */
export function words(text: string, from: number, to: number): Word[] {
  const found: Word[] = [];
  WORDS.lastIndex = from;
  for (let m = WORDS.exec(text); m && m.index < to; m = WORDS.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return found;
}

function itemLabel(list: Word[], i: number): boolean {
  const word = list[i].text;
  const first = word.charCodeAt(0);
  if (!(first >= 48 && first <= 57) && first !== 80 && first !== 75 && !(word.length === 1 && BULLETS.includes(word))) return false;
  const next = list[i + 1]?.text;
  if (GLUED.test(word)) return true;
  if (next === undefined || !/^[#*_>("'‘“]*\p{L}/u.test(next)) return false;
  return PREFIXED.test(word) || NUMBERED.test(word) || (word.length === 1 && BULLETS.includes(word));
}

/**
 * The first word of a term or category ending in a colon at `colon`: the nearest
 * capitalised word at most MAX_TERM_WORDS back, with no punctuation between. -1 if none.
 */
function termStart(list: Word[], colon: number, floor: number): number {
  for (let k = colon; k > floor && k > colon - MAX_TERM_WORDS; k--) {
    if (k < colon && /[,.;:!?]$/.test(list[k].text)) return -1;
    if (capitalised(list[k].text.replace(/^[#*_>]+/, '').charAt(0))) return k;
  }
  return -1;
}

/** Whether a term or category ends in a colon within the words from word i ("Service target: …"). */
function termFollows(list: Word[], i: number): boolean {
  for (let k = i; k < list.length && k < i + MAX_TERM_WORDS; k++) {
    if (COLON_END.test(list[k].text)) return true;
    if (/[,.;!?]$/.test(list[k].text)) return false;
  }
  return false;
}

/** Whether the word before word i ends a metadata label: the word after "Developed by:" starts its value. */
function followsFieldLabel(text: string, list: Word[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - MAX_FIELD_WORDS; k--) {
    const label = labelAt(text, list[k].start, list[k].text);
    if (label) return label.kind === 'field' && label.end > list[i - 1].start && label.end <= list[i].start;
  }
  return false;
}

/** A heading, lead-in or label at word i is one where it is certain. */
interface Context {
  section: SectionId | null;
  metadata: boolean;
  /** A performance criteria or knowledge section has begun. */
  sequence: boolean;
}

/** The label at word i of the list, if flattened text would have a line start there. */
export function acceptedLabel(
  text: string, list: Word[], i: number, context: Context, previous: PartKind | null, footerAt: (k: number) => boolean = () => false,
): LabelMatch | null {
  const label = labelAt(text, list[i].start, list[i].text);
  if (!label) return null;
  // From the label on, not from the line's first word: a line of flattened text has thousands.
  let nextIndex = i + 1;
  while (nextIndex < list.length && list[nextIndex].start < label.end) nextIndex++;
  // A page footer after the label ends its line, as the line would end once reflowed.
  if (nextIndex === list.length || footerAt(nextIndex)) nextIndex = -1;
  const next = nextIndex < 0 ? null : list[nextIndex];
  const nextLower = next !== null && startsLower(next.text);
  switch (label.kind) {
    case 'leadin':
      return label.colon || i === 0 ? label : null;
    case 'field':
      if (label.colon || context.metadata) return label;
      return label.multiWord && !nextLower ? label : null;
    case 'heading': {
      if (label.marked) return label;
      if (nextLower) return null;
      if (label.multiWord) return label;
      if (label.id === 'overview') return context.sequence ? null : label;
      // A single word ("Values", "Skills") may be a capitalised word in a sentence or in a
      // label's value ("Developed by: Skills CFA", "Suite: Retail Skills"): only after a
      // heading or a closed sentence, or, outside the metadata, before another part.
      const after = i === 0 || previous === 'heading' || previous === 'leadin' ||
        (CLOSES.test(list[i - 1].text) && !followsFieldLabel(text, list, i));
      if (after) return label;
      const before = next === null || termFollows(list, nextIndex) || next.text.includes('(') ||
        itemLabel(list, nextIndex) || labelAt(text, next.start, next.text) !== null;
      return before && !context.metadata ? label : null;
    }
  }
}

class Splitter {
  readonly parts: Parts = { starts: [], ends: [], kinds: [], sections: [] };
  private readonly context: Context = { section: null, metadata: false, sequence: false };
  private titleKeys: string[] | null = null;
  private urnKey: string | null = null;
  private seenContent = false;
  private lastBullet: string | null = null;
  /** Words of the physical line being read, and the index of the word its current part starts at. */
  private list: Word[] = [];
  private partStart = 0;

  constructor(private readonly text: string) {}

  line(from: number, to: number): void {
    this.list = words(this.text, from, to);
    this.partStart = 0;
    this.open(from, 'text');
    let i = 0;
    if (!this.seenContent && this.list.length) {
      this.seenContent = true;
      i = this.preamble();
    }
    for (; i < this.list.length; i++) i = this.visit(i);
    this.parts.ends.push(to);
  }

  private get kind(): PartKind {
    return this.parts.kinds[this.parts.kinds.length - 1];
  }

  private set kind(kind: PartKind) {
    this.parts.kinds[this.parts.kinds.length - 1] = kind;
    this.parts.sections[this.parts.sections.length - 1] = this.context.section;
  }

  private open(at: number, kind: PartKind): void {
    this.parts.starts.push(at);
    this.parts.kinds.push(kind);
    this.parts.sections.push(this.context.section);
  }

  /** Starts a new part at word i (the current one ends at the word before). */
  private cut(i: number, kind: PartKind): void {
    if (i > this.partStart && i < this.list.length) {
      this.parts.ends.push(this.list[i - 1].end);
      this.open(this.list[i].start, kind);
      this.partStart = i;
    } else if (i === this.partStart) {
      this.kind = kind;
    }
  }

  /** The previous part's kind when word i starts the current one. */
  private previous(i: number): PartKind | null {
    if (i !== this.partStart) return null;
    return this.parts.kinds[this.parts.kinds.length - 2] ?? null;
  }

  /** A bare URN and the title at the start, as PDF copies have them; returns the next word. */
  private preamble(): number {
    const list = this.list;
    let i = 0;
    if (list.length > 1 && list[0].text.length <= 20 && urnShaped(list[0].text)) {
      this.urnKey = wordKey(list[0].text);
      this.cut(1, 'text');
      i = 1;
    }
    let end = i;
    while (end < list.length && !itemLabel(list, end) && !acceptedLabel(this.text, list, end, this.context, null)) end++;
    if (end === i || list[end - 1].end - list[i].start > MAX_TITLE) return i;
    this.titleKeys = list.slice(i, end).map((w) => wordKey(w.text));
    this.cut(end, 'text');
    return end;
  }

  /** Reads word i; returns the index of the last word it took. */
  private visit(i: number): number {
    const list = this.list;
    const footer = this.footerEnd(i);
    if (footer > i) {
      const start = i > this.partStart && this.urnKey !== null && wordKey(list[i - 1].text) === this.urnKey ? i - 1 : i;
      this.cut(start, 'footer');
      this.cut(footer, 'text');
      return footer - 1;
    }
    const label = acceptedLabel(this.text, list, i, this.context, this.previous(i), (k) => this.footerEnd(k) > k);
    if (label) return this.takeLabel(i, label);
    const { section, metadata } = this.context;
    if (section !== null && !metadata && itemLabel(list, i) && this.isItem(i)) {
      if (SCOPES.has(section)) this.cutCategory(i);
      this.cut(i, 'item');
      return i;
    }
    if (section === 'glossary' && !metadata && COLON_END.test(list[i].text) && i + 1 < list.length) {
      const start = termStart(list, i, this.partStart);
      if (start > this.partStart) this.cut(start, 'text');
    }
    return i;
  }

  private takeLabel(i: number, label: LabelMatch): number {
    this.cut(i, label.kind);
    let last = i;
    while (last + 1 < this.list.length && this.list[last + 1].start < label.end) last++;
    if (label.kind === 'field') {
      if (this.context.section !== null) this.context.metadata = true;
      return last;
    }
    this.context.section = label.id as SectionId;
    this.context.metadata = false;
    if (SEQUENCES.has(this.context.section)) this.context.sequence = true;
    this.lastBullet = null;
    this.kind = label.kind;
    // A heading or lead-in stands alone on its line.
    this.cut(last + 1, 'text');
    return last;
  }

  /** Bullets other than "-" and "•" count only in a list that already uses them. */
  private isItem(i: number): boolean {
    const word = this.list[i].text;
    if (word.length !== 1 || !BULLETS.includes(word)) return true;
    const section = this.context.section;
    if (section === 'overview' || section === 'glossary') return false;
    const first = i === this.partStart && this.previous(i) !== 'item';
    if (first || word === this.lastBullet || PLAIN_BULLETS.includes(word)) {
      this.lastBullet = word;
      return true;
    }
    return false;
  }

  /** A range category ("Customers:") run on after the item before it takes a line of its own. */
  private cutCategory(item: number): void {
    const colon = item - 1;
    if (colon < this.partStart + 2 || !COLON_END.test(this.list[colon].text)) return;
    const start = termStart(this.list, colon, this.partStart + 1);
    if (start > this.partStart + 1) this.cut(start, 'text');
  }

  /**
   * Past the title and the page number after it when word i repeats the title in a page
   * footer: with the URN before it or a page number after it, as in lines of PDF text. The
   * title alone is the writer's words ("…yn ymwneud â darparu gwasanaeth i gwsmeriaid.").
   */
  private footerEnd(i: number): number {
    const keys = this.titleKeys;
    if (!keys || i + keys.length > this.list.length) return i;
    // The title's first letter, or markup before it, or no footer here.
    const first = this.list[i].text.charAt(0).toLowerCase();
    if (first !== keys[0].charAt(0) && !'#*_>'.includes(first)) return i;
    for (let k = 0; k < keys.length; k++) if (wordKey(this.list[i + k].text) !== keys[k]) return i;
    const end = i + keys.length;
    if (end < this.list.length && PAGE.test(this.list[end].text)) return end + 1;
    return i > 0 && this.urnKey !== null && wordKey(this.list[i - 1].text) === this.urnKey ? end : i;
  }
}

/** The parts of a flattened text, line by line of the text's own lines. */
export function splitFlattened(text: string, lines: { lineCount: number; lineStart(line: number): number; lineEnd(line: number): number }): Parts {
  const splitter = new Splitter(text);
  for (let line = 0; line < lines.lineCount; line++) splitter.line(lines.lineStart(line), lines.lineEnd(line));
  return splitter.parts;
}
