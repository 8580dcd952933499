// The title and bare URN at the top of a draft, and the page footers that PDF text
// repeats inside it (URN, title, page number), which the parser must skip.

import { looseUrn } from '../metadata/urn';
import type { LineChange, LineIndex } from '../text/lineIndex';
import { INVISIBLE_CLASS, labelKey, trimEndOf, withoutInvisibles } from '../text/normalise';
import type { LineInfo } from './classify';

export interface Preamble {
  titleLine: number | null;
  /** Offsets of the title text within its line, markup excluded. */
  titleStart: number;
  titleEnd: number;
  /** A bare URN on the first line (PDF copies). */
  urnLine: number | null;
}

/** The permissive URN shape of the format (99.4 % of real URNs), without spaces. */
export const urnShaped = (text: string): boolean => looseUrn(text) && !text.includes(' ');
const MAX_TITLE = 250;
/**
 * A line's length as a reader sees it: without invisible characters or emphasis and table
 * markup, each run of spaces one. Safe fixes tidy those, and must not make a line of about
 * MAX_TITLE characters the title, or stop it being one.
 */
const seenLength = (text: string): number => withoutInvisibles(text).replace(/[*_#>|]/g, '').replace(/\s+/g, ' ').trim().length;
const PAGE_NUMBER = /^(?:(?:page|tudalen)\s+)?\d{1,4}(?:\s+(?:of|o)\s+\d{1,4})?$/i;

function nextContentLine(infos: LineInfo[], from: number): number {
  let line = from;
  while (line < infos.length && infos[line].kind === 'blank') line++;
  return line;
}

/** Closing markup, spaces and invisible characters, which a title does not end with. */
const TITLE_TAIL = new RegExp(`[\\s*_${INVISIBLE_CLASS}]`, 'u');

/** Where the title sits, without markup such as "# " or "**". */
function titleSpan(text: string): [number, number] {
  const start = text.search(/[^\s#*_>]/);
  // Not ended by an invisible character either: else taking it away (a safe fix) would end
  // the title elsewhere, and fix-all would change its own output.
  const end = trimEndOf(text, TITLE_TAIL).length;
  return [start, Math.max(start, end)];
}

export function findPreamble(lines: LineIndex, infos: LineInfo[]): Preamble {
  const none: Preamble = { titleLine: null, titleStart: 0, titleEnd: 0, urnLine: null };
  let first = nextContentLine(infos, 0);
  if (first >= infos.length || infos[first].kind !== 'text') return none;
  let urnLine: number | null = null;
  // Read as a reader sees it: else taking an invisible character away (a safe fix) would
  // make a URN of the line, and fix-all would change its own output.
  const firstText = withoutInvisibles(lines.lineText(first)).trim();
  if (firstText.length <= 20 && urnShaped(firstText)) {
    urnLine = first;
    first = nextContentLine(infos, first + 1);
    if (first >= infos.length || infos[first].kind !== 'text') return { ...none, urnLine };
  }
  const text = lines.lineText(first);
  if (seenLength(text) > MAX_TITLE) return { ...none, urnLine };
  const [titleStart, titleEnd] = titleSpan(text);
  // A line of markup alone ("**", "#") names nothing.
  if (titleStart < 0) return { ...none, urnLine };
  return { titleLine: first, titleStart, titleEnd, urnLine };
}

/** Whether `text` at `from` starts with `head` (lower case), ignoring ASCII case. */
function startsLike(text: string, from: number, head: string): boolean {
  for (let k = 0; k < head.length; k++) {
    const c = text.charCodeAt(from + k);
    const lower = c >= 65 && c <= 90 ? c + 32 : c > 127 ? text.charAt(from + k).toLowerCase().charCodeAt(0) : c;
    if (lower !== head.charCodeAt(k)) return false;
  }
  return true;
}

/** What footers are made of, and each line's part in them, kept for re-parsing. */
export interface FooterParts {
  /** The title and URN footers repeat: the parts are valid for these only. */
  keys: string;
  /** Per line: 1 = the URN, 2 = the title, 4 = a page number; 0 for any other line. */
  parts: Uint8Array;
}

/** A title or URN as page footers and repeats are compared with it: through invisible characters, case, markup and spacing. */
export const keyOf = (text: string): string => labelKey(withoutInvisibles(text));

/**
 * Each line's part in page footers. With `reuse` (same title and URN), lines outside
 * the change keep their parts, and only changed lines are looked at.
 */
export function footerParts(
  lines: LineIndex,
  infos: readonly LineInfo[],
  title: string | null,
  urn: string | null,
  exclude: ReadonlySet<number>,
  reuse?: { previous: FooterParts; change: LineChange },
): FooterParts {
  const keys = `${title ?? ''}\u0000${urn ?? ''}`;
  const parts = new Uint8Array(infos.length);
  // Both read through invisible characters, as the lines are below.
  const titleKey = title ? keyOf(title) : null;
  const urnKey = urn ? keyOf(urn) : null;
  if (!titleKey && !urnKey) return { keys, parts };

  const maxLength = (titleKey?.length ?? 0) + (urnKey?.length ?? 0) + 24;
  const heads = [titleKey, urnKey, 'page', 'tudalen'].filter((k): k is string => !!k).map((k) => k.slice(0, 3));
  const partOf = (line: number): number => {
    const info = infos[line];
    if (info.kind !== 'text' || exclude.has(line)) return 0;
    // Cheap filters first, on what the line's class already says and on its first
    // characters: this runs over every line of a new document.
    if (info.end - info.start > maxLength) return 0;
    // A footer read through the invisible characters in it: else removing them (a safe
    // fix) would make a footer of the line, and fix-all would change its own output.
    const raw = lines.lineText(line);
    const text = withoutInvisibles(raw);
    const from = text === raw ? info.start : text.length - text.trimStart().length;
    const first = text.charCodeAt(from);
    if (!(first >= 48 && first <= 57) && !heads.some((head) => startsLike(text, from, head))) return 0;
    const key = labelKey(text);
    if (PAGE_NUMBER.test(key)) return 4;
    let found = 0;
    let rest = key;
    if (urnKey && rest.startsWith(urnKey)) {
      found |= 1;
      rest = rest.slice(urnKey.length).trim();
    }
    if (titleKey && rest.startsWith(titleKey)) {
      found |= 2;
      rest = rest.slice(titleKey.length).trim();
    }
    if (rest === '') return found;
    return found && PAGE_NUMBER.test(rest) ? found | 4 : 0;
  };

  if (reuse && reuse.previous.keys === keys) {
    const { previous, change } = reuse;
    parts.set(previous.parts.subarray(0, change.first), 0);
    for (let line = change.first; line < change.newEnd; line++) parts[line] = partOf(line);
    parts.set(previous.parts.subarray(change.oldEnd), change.newEnd);
  } else {
    for (let line = 0; line < infos.length; line++) parts[line] = partOf(line);
  }
  return { keys, parts };
}

/** Calls `each` with the index (0 URN, 1 title, 2 page number) of each part a line has. */
function forParts(parts: number, each: (part: number) => void): void {
  for (let part = 0; part < 3; part++) if (parts & (1 << part)) each(part);
}

/**
 * Lines that belong to page footers. Adjacent lines (blank lines aside) each equal to the
 * URN, the title, both, or a page number make a run. A run is cut into footers where a
 * part comes again, or comes before the part above it in the order the document's footers
 * mostly use, and a footer counts with at least two parts, one of them the URN or the
 * title. So a lone "SKAEAF2" value under "Original URN" is never mistaken for one, nor a
 * sub-heading worded as the title just before or after a footer ("URN, title, 2, title").
 */
export function footerLines(footer: FooterParts, infos: readonly LineInfo[]): number[] {
  const { parts } = footer;
  const runs: number[][] = [];
  let open: number[] | null = null;
  for (let line = 0; line < parts.length; line++) {
    if (infos[line].kind === 'blank') continue;
    if (parts[line] === 0) open = null;
    else if (open) open.push(line);
    else runs.push((open = [line]));
  }
  // follows[3 * a + b]: how often a line with part a is followed in a run by one with part b.
  const follows = new Uint32Array(9);
  for (const run of runs) {
    for (let k = 1; k < run.length; k++) forParts(parts[run[k - 1]], (a) => forParts(parts[run[k]], (b) => follows[3 * a + b]++));
  }
  // How strongly the footers put part a before part b: directly, or through the third part
  // ("URN, title" and "title, 2" put the URN before the page number). So a value "1" just
  // above one footer, which alone makes "1, URN" as common as "URN, 1", is not taken for it.
  const ahead = (a: number, b: number): number => {
    const c = 3 - a - b;
    return follows[3 * a + b] + Math.min(follows[3 * a + c], follows[3 * c + b]);
  };
  const outOfOrder = (above: number, below: number): boolean => {
    let out = false;
    forParts(above, (a) => forParts(below, (b) => (out ||= a !== b && ahead(b, a) > ahead(a, b))));
    return out;
  };
  const lines: number[] = [];
  for (const run of runs) {
    let start = 0;
    let found = 0;
    for (let k = 0; k <= run.length; k++) {
      const part = k < run.length ? parts[run[k]] : 0;
      if (k < run.length && (found & part) === 0 && !(k > start && outOfOrder(parts[run[k - 1]], part))) {
        found |= part;
        continue;
      }
      const count = (found & 1) + ((found >> 1) & 1) + ((found >> 2) & 1);
      if (count >= 2 && (found & 3) !== 0) for (let i = start; i < k; i++) lines.push(run[i]);
      start = k;
      found = part;
    }
  }
  return lines;
}
