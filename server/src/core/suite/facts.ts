// What suite checks, workspace symbols and document links read of one file: its URN,
// title and the URNs it mentions, found once per analysis from the document model.

import { remember, remembered } from '../memo';
import { isFiller } from '../metadata/filler';
import { INVISIBLE } from '../metadata/urn';
import type { NosDocument } from '../model/types';
import type { Range } from '../types';
import { pairShape, type PairShape } from './pairsAlign';
import type { SuiteDocument } from './types';

/** A URN as written and as compared: without case, spaces or invisible characters. */
export interface UrnText {
  readonly text: string;
  readonly key: string;
  readonly range: Range;
}

/** Two spellings of one URN compare alike ("CfA CC13", "CFACC13"). */
export function urnKey(urn: string): string {
  return urn.replace(INVISIBLE, '').replace(/\s+/g, '').toUpperCase();
}

/**
 * The letters a URN starts with, before its first digit: the developer and the suite
 * ("SKAEAF" of "SKAEAF2"). Compared as keys are.
 */
export function urnPrefix(key: string): string {
  const digit = key.search(/[0-9]/);
  return digit < 0 ? key : key.slice(0, digit);
}

/** The file's own URN, unless the value is missing or template filler. */
export function documentUrn(doc: NosDocument): UrnText | null {
  const field = doc.urn;
  if (!field?.valueRange || isFiller(field.value)) return null;
  const text = field.value.replace(INVISIBLE, '').trim();
  return text ? { text, key: urnKey(text), range: field.valueRange } : null;
}

/** Every original URN the file names (a list may hold several). */
export function originalUrnKeys(doc: NosDocument): string[] {
  const field = doc.fields.find((f) => f.id === 'original-urn');
  if (!field || isFiller(field.value)) return [];
  return field.value.split(/[;,]/).map(urnKey).filter((key) => key !== '');
}

/** A title compared without case, spacing or a final stop. */
export function titleKey(title: string): string {
  return title.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim().replace(/\.$/, '').toLocaleLowerCase('en');
}

/**
 * What reads as a URN inside text: three capitals, then letters and digits with at least
 * one digit (the strict shape 82 % of published URNs have), as a word of its own. Looser
 * shapes ("CfA CC13", "EUSDSG3.1") would catch ordinary words and numbers in prose.
 */
const URN_IN_TEXT = /(?<![\p{L}\p{N}])[A-Z]{3}[A-Za-z]*[0-9][A-Za-z0-9]*(?![\p{L}\p{N}])/gu;
/** Lines longer than this are not scanned for URNs (a pasted blob is no list of links). */
const MAX_LINE = 10_000;

/** URN-shaped words on lines first..last of the document. */
export function urnMentions(doc: NosDocument, first: number, last: number): UrnText[] {
  const mentions: UrnText[] = [];
  for (let line = first; line <= last; line++) {
    const text = doc.lines.lineText(line);
    if (text.length > MAX_LINE || !/[0-9]/.test(text)) continue;
    for (const match of text.matchAll(URN_IN_TEXT)) {
      mentions.push({ text: match[0], key: urnKey(match[0]), range: doc.lines.span(line, match.index, match.index + match[0].length) });
    }
  }
  return mentions;
}

/** The "Links to other NOS" sections ("Dolenni i NOS eraill"), usually one. */
export function linkSections(doc: NosDocument) {
  return doc.sections.filter((section) => section.id === 'links-to-other-nos');
}

/** URN-shaped words under the "Links to other NOS" heading. */
export function linkedUrns(doc: NosDocument): UrnText[] {
  return linkSections(doc).flatMap((section) => {
    const first = section.heading ? section.heading.line + 1 : section.firstLine;
    // A last line that reads like a title ("ABCXYZ9 Handle refunds") may be taken for a PDF footer's.
    const last = Math.max(section.lastLine, section.trailingTitle?.line ?? -1);
    return urnMentions(doc, first, last);
  });
}

/** A title as written and as compared. */
export interface TitleText {
  readonly text: string;
  readonly key: string;
  readonly range: Range;
}

/** What the suite rules of this module read of a file. */
export interface SuiteFacts {
  readonly urn: UrnText | null;
  readonly originalUrns: readonly string[];
  readonly title: TitleText | null;
  /** URN-shaped words under "Links to other NOS". */
  readonly links: readonly UrnText[];
  /** What pair-alignment compares with the other language version. */
  readonly pair: PairShape;
}

const FACTS = Symbol('suite facts');

/** A file's facts, found once per document model. */
export function factsOf(doc: NosDocument): SuiteFacts {
  return remembered<SuiteFacts>(doc, FACTS) ?? remember<SuiteFacts>(doc, FACTS, {
    urn: documentUrn(doc),
    originalUrns: originalUrnKeys(doc),
    title: doc.title && !isFiller(doc.title.text) && titleKey(doc.title.text)
      ? { text: doc.title.text, key: titleKey(doc.title.text), range: doc.title.range }
      : null,
    links: linkedUrns(doc),
    pair: pairShape(doc),
  });
}

/** The facts an index kept for the file, or those of its model (which is then not parsed again). */
export function suiteFacts(document: SuiteDocument): SuiteFacts {
  return document.facts ?? factsOf(document.analysis.doc);
}
