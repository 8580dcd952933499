// S3: sections in the catalogue's order: overview, performance criteria, knowledge and
// understanding, then the optional sections, then the metadata block. A section that
// comes after one it should precede is reported, with a fix that moves it (and its
// sub-sections) to its place.

import { sectionOrder, sectionSpec } from '../catalogue';
import { metadataInsertLine } from '../fixes/placement';
import type { NosDocument, Section } from '../model/types';
import { Severity, type Lang, type TextEdit } from '../types';
import { remember, remembered } from '../memo';
import { defineRule, type DocumentContext } from './rule';
import { say, type Message } from '../messages/message';

/** A section's place; the template's "Additional Information" groups the optional sections, so it precedes them. */
export function rank(section: Section): number {
  return sectionSpec(section.id).artefact ? sectionOrder('knowledge-understanding') + 0.5 : sectionOrder(section.id);
}

export interface Misplaced {
  section: Section;
  /** The section it should come before or after, or null for before the metadata block. */
  target: { side: 'before' | 'after'; section: Section } | null;
  /** Line it moves to. */
  to: number;
  /** Its lines, its sub-sections' and the blank lines after them. */
  first: number;
  last: number;
  /** The section and its sub-sections. */
  block: readonly Section[];
}

/** The section with its sub-sections, and the lines from it through them and the blank lines after them. */
function blockOf(doc: NosDocument, sections: readonly Section[], index: number): Pick<Misplaced, 'first' | 'last' | 'block'> {
  let end = index + 1;
  while (end < sections.length && sectionSpec(sections[end].id).parent === sections[index].id) end++;
  let last = sections[end - 1].lastLine;
  while (last + 1 < doc.lines.lineCount && doc.lines.lineText(last + 1).trim() === '') last++;
  return { first: sections[index].firstLine, last, block: sections.slice(index, end) };
}

/**
 * Which of the ranks, in text order, make a longest run that never goes down: the
 * sections to leave where they are, so that as few as possible are reported. Of runs
 * equally long, the one ending earliest, so that of two swapped sections the second moves.
 */
export function keptInOrder(ranks: readonly number[]): boolean[] {
  // lengths[i]: the longest such run ending at i; tails[k]: the least rank ending a run of k + 1.
  const lengths: number[] = [];
  const tails: number[] = [];
  for (const rank of ranks) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid] <= rank) low = mid + 1;
      else high = mid;
    }
    tails[low] = rank;
    lengths.push(low + 1);
  }
  const kept = ranks.map(() => false);
  let want = tails.length;
  const end = lengths.indexOf(want);
  let ceiling = Infinity;
  for (let i = end; i >= 0 && want > 0; i--) {
    if (lengths[i] !== want || ranks[i] > ceiling) continue;
    kept[i] = true;
    ceiling = ranks[i];
    want--;
  }
  return kept;
}

export function misplacedSections(doc: NosDocument): Misplaced[] {
  const found: Misplaced[] = [];
  const { sections } = doc;
  const metadata = doc.metadataBlockLine;
  // Sections that move on their own (sub-sections move with their parent), before the metadata block.
  const movable: number[] = [];
  sections.forEach((section, index) => {
    const parent = sectionSpec(section.id).parent;
    if (parent && sections[index - 1] && (sections[index - 1].id === parent || sectionSpec(sections[index - 1].id).parent === parent)) return;
    if (metadata !== null && section.firstLine > metadata) {
      found.push(Object.assign(blockOf(doc, sections, index), { section, target: null, to: metadataInsertLine(doc) }));
    } else movable.push(index);
  });
  const ranks = movable.map((index) => rank(sections[index]));
  const kept = keptInOrder(ranks);
  // The kept sections' places in `movable`: their ranks never go down, so a place is found by halving.
  const keptAt = movable.flatMap((_, i) => (kept[i] ? [i] : []));
  movable.forEach((index, i) => {
    if (kept[i]) return;
    const section = sections[index];
    // Its place: before the first kept section ranked above it, after the last one not.
    let low = 0;
    let high = keptAt.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ranks[keptAt[mid]] <= ranks[i]) low = mid + 1;
      else high = mid;
    }
    const block = blockOf(doc, sections, index);
    if (low < keptAt.length && keptAt[low] < i) {
      const target = sections[movable[keptAt[low]]];
      found.push(Object.assign(block, { section, target: { side: 'before' as const, section: target }, to: target.firstLine }));
    } else {
      const target = sections[movable[keptAt[low - 1]]];
      const to = blockOf(doc, sections, movable[keptAt[low - 1]]).last + 1;
      found.push(Object.assign(block, { section, target: { side: 'after' as const, section: target }, to }));
    }
  });
  return found.sort((a, b) => a.first - b.first);
}

/** Edits moving lines first..last before line `to`, an earlier or a later line (or the end of the text). */
export function moveLines(doc: NosDocument, first: number, last: number, to: number): TextEdit[] {
  const { lines } = doc;
  const eol = lines.eol;
  const block: string[] = [];
  for (let line = first; line <= last; line++) block.push(lines.lineText(line));
  if (to > last) return moveDown(doc, block, first, last, to);
  const blank = (line: number) => lines.lineText(line).trim() === '';
  // Keep the paragraph style: a block without a blank line of its own gets one.
  if (doc.spacedHeadings && block[block.length - 1].trim() !== '') block.push('');
  const at = { line: to, character: 0 };
  let end = lines.lineCount - 1;
  while (end > first && blank(end)) end--;
  let removed = lines.wholeLinesRange(first, last);
  if (end <= last) {
    // The block ends the text: take the blank lines before it instead of the break after it.
    let start = first;
    while (start - 1 > to && blank(start - 1)) start--;
    removed = { start: lines.positionAt(lines.lineEnd(start - 1)), end: lines.positionAt(lines.lineEnd(end)) };
  }
  return [
    { range: { start: at, end: at }, newText: block.join(eol) + eol },
    { range: removed, newText: '' },
  ];
}

/** A block that does not end the text moved before a later line, or after the last line. */
function moveDown(doc: NosDocument, block: string[], first: number, last: number, to: number): TextEdit[] {
  const { lines } = doc;
  const eol = lines.eol;
  const spaced = doc.spacedHeadings;
  const removed = { range: lines.wholeLinesRange(first, last), newText: '' };
  const final = lines.lineCount - 1;
  if (to <= final) {
    if (spaced && block[block.length - 1].trim() !== '') block.push('');
    const at = lines.position(to, 0);
    return [{ range: { start: at, end: at }, newText: block.join(eol) + eol }, removed];
  }
  // After the last line of text: the blank lines the block took go before it, and the
  // text's own blank lines and last break stay last.
  let content = block.length;
  while (block[content - 1].trim() === '') content--;
  const gap = block.slice(content);
  if (spaced && gap.length === 0) gap.push('');
  const text = gap.map((line) => line + eol).join('') + block.slice(0, content).join(eol);
  let end = final;
  while (end > last && lines.lineText(end).trim() === '') end--;
  if (end < final) {
    const at = lines.position(end + 1, 0);
    return [{ range: { start: at, end: at }, newText: text + eol }, removed];
  }
  const at = lines.position(final, lines.lineEnd(final) - lines.lineStart(final));
  return [{ range: { start: at, end: at }, newText: eol + text }, removed];
}

/**
 * The move of a misplaced block, kept on its section: on a keystroke elsewhere the
 * same block moves to the same line with the same edits (a long draft can have
 * hundreds of misplaced sections, each move copying its lines).
 */
const MOVE = Symbol('section move');
interface RememberedMove {
  misplaced: Misplaced;
  /** The blank lines after the block, which it takes with it. */
  trailing: string;
  /** For a move after the last line, the text's end, where it goes in. */
  end: string;
  doc: Pick<NosDocument, 'spacedHeadings'> & { eol: string; lineCount: number };
  edits: TextEdit[];
}

/** The text of the lines after the block's last section and up to its last line. */
function trailingLines(doc: NosDocument, misplaced: Misplaced): string {
  const lines: string[] = [];
  for (let line = misplaced.block[misplaced.block.length - 1].lastLine + 1; line <= misplaced.last; line++) lines.push(doc.lines.lineText(line));
  return lines.join('\n');
}

/** For a move after the last line, the text's last line with text and the blank lines after it; else nothing. */
function endOf(doc: NosDocument, misplaced: Misplaced): string {
  const { lines } = doc;
  if (misplaced.to < lines.lineCount) return '';
  let line = lines.lineCount - 1;
  while (line > misplaced.last && lines.lineText(line).trim() === '') line--;
  const end: string[] = [];
  for (; line < lines.lineCount; line++) end.push(lines.lineText(line));
  return end.join('\n');
}

/** Whether the remembered move is the one `misplaced` needs: same sections, same lines, same place. */
function movesLike(a: RememberedMove, misplaced: Misplaced, doc: NosDocument): boolean {
  const was = a.misplaced;
  if (was.to !== misplaced.to || was.first !== misplaced.first || was.last !== misplaced.last) return false;
  if (was.block.length !== misplaced.block.length || was.block.some((section, i) => section !== misplaced.block[i])) return false;
  return a.doc.spacedHeadings === doc.spacedHeadings && a.doc.eol === doc.lines.eol && a.doc.lineCount === doc.lines.lineCount &&
    a.trailing === trailingLines(doc, misplaced) && a.end === endOf(doc, misplaced);
}

function moveOf(doc: NosDocument, misplaced: Misplaced): TextEdit[] {
  // A block that ends the text is removed with the blank lines before it: not remembered.
  if (misplaced.last >= doc.lines.lineCount - 1) return moveLines(doc, misplaced.first, misplaced.last, misplaced.to);
  const cached = remembered<RememberedMove>(misplaced.section, MOVE);
  if (cached && movesLike(cached, misplaced, doc)) return cached.edits;
  const edits = moveLines(doc, misplaced.first, misplaced.last, misplaced.to);
  const shape = { spacedHeadings: doc.spacedHeadings, eol: doc.lines.eol, lineCount: doc.lines.lineCount };
  const move = { misplaced, trailing: trailingLines(doc, misplaced), end: endOf(doc, misplaced), doc: shape, edits };
  return remember<RememberedMove>(misplaced.section, MOVE, move).edits;
}

const MESSAGES = {
  description: {
    en: 'Sections come in the standard order: overview, performance criteria, knowledge and understanding, optional sections, metadata.',
    cy: "Mae'r adrannau yn y drefn safonol: trosolwg, meini prawf perfformiad, gwybodaeth a dealltwriaeth, adrannau dewisol, metadata.",
  },
  before: {
    en: ({ own, other }) => `“${own}” should come before “${other}”.`,
    cy: ({ own, other }) => `Dylai “${own}” ddod cyn “${other}”.`,
  } satisfies Message<{ own: string; other: string }>,
  after: {
    en: ({ own, other }) => `“${own}” should come after “${other}”.`,
    cy: ({ own, other }) => `Dylai “${own}” ddod ar ôl “${other}”.`,
  } satisfies Message<{ own: string; other: string }>,
  beforeMetadata: {
    en: ({ own }) => `“${own}” should come before the metadata.`,
    cy: ({ own }) => `Dylai “${own}” ddod cyn y metadata.`,
  } satisfies Message<{ own: string }>,
  move: {
    en: ({ own, other }) => `Move “${own}” before “${other}”`,
    cy: ({ own, other }) => `Symud “${own}” cyn “${other}”`,
  } satisfies Message<{ own: string; other: string }>,
  moveAfter: {
    en: ({ own, other }) => `Move “${own}” after “${other}”`,
    cy: ({ own, other }) => `Symud “${own}” ar ôl “${other}”`,
  } satisfies Message<{ own: string; other: string }>,
  moveBeforeMetadata: {
    en: ({ own }) => `Move “${own}” before the metadata`,
    cy: ({ own }) => `Symud “${own}” cyn y metadata`,
  } satisfies Message<{ own: string }>,
};

/** A section as written (its heading), or by its catalogue name in the document's language when it has none. */
function name(section: Section, lang: Lang): string {
  return section.heading ? section.heading.text : sectionSpec(section.id).name[lang];
}

export const sectionOrderRule = defineRule({
  id: 'section-order',
  covers: ['S3'],
  defaultSeverity: Severity.Warning,
  physicalLinesOnly: true,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context: DocumentContext) {
    const { doc } = context;
    for (const misplaced of misplacedSections(doc)) {
      const { target } = misplaced;
      if (target?.side !== 'after' && misplaced.to >= misplaced.first) continue;
      const own = name(misplaced.section, context.language);
      const range = misplaced.section.heading?.range ?? misplaced.section.leadIns[0]?.range ?? misplaced.section.range;
      const other = target ? name(target.section, context.language) : '';
      const [message, title] = !target ? [say(MESSAGES.beforeMetadata, { own }), say(MESSAGES.moveBeforeMetadata, { own })]
        : target.side === 'before' ? [say(MESSAGES.before, { own, other }), say(MESSAGES.move, { own, other })]
        : [say(MESSAGES.after, { own, other }), say(MESSAGES.moveAfter, { own, other })];
      context.report({
        range,
        message,
        fixes: [{
          title,
          edits: moveOf(doc, misplaced),
          isPreferred: true,
        }],
      });
    }
  },
});
