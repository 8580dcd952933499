import type { FieldId, SectionId } from '../catalogue';
import type { LineIndex } from '../text/lineIndex';
import type { LineInfo } from './classify';
import type { LanguageVotes } from './language';
import type { FooterParts } from './preamble';
import type { Lang, Range } from '../types';

/** How an item is labelled: `1.` / `1)` / `1`, `P1` / `K1`, or a bullet. */
export type LabelStyle = 'dot' | 'paren' | 'bare' | 'prefix' | 'bullet';

export interface Item {
  /** The label as written: "1.", "P12", "-". */
  label: string;
  /** The written number, or null for bullets. */
  number: number | null;
  style: LabelStyle;
  /** The written prefix letter of P/K labels. */
  prefix: string | null;
  labelRange: Range;
  /** The digits of the label; null for bullets. */
  numberRange: Range | null;
  /** Item text with continuation lines joined by a space. */
  text: string;
  /** From the label to the end of the last continuation line or sub-item. */
  range: Range;
  line: number;
  lastLine: number;
  /** Continuation lines that follow a blank line (a broken item). */
  brokenLines: number[];
  /** Index of the element sub-heading the item sits under, if any. */
  element: number | null;
  /** Bullets under a numbered item ("including:"), which are no places in the list (see lists.ts). */
  subItems: Item[];
}

/** An unnumbered sub-heading inside a section: an element, or a range category. */
export interface Element {
  label: string;
  range: Range;
  line: number;
  /** Indexes into the section's items: first and one past the last. */
  firstItem: number;
  endItem: number;
}

export interface LeadIn {
  text: string;
  range: Range;
  lang: Lang;
  line: number;
}

export interface Heading {
  text: string;
  /** Range of the label text, without markup or colon. */
  range: Range;
  line: number;
  lang: Lang | null;
}

export interface Section {
  id: SectionId;
  /** Null when the section was recognised from its lead-in alone. */
  heading: Heading | null;
  leadIns: LeadIn[];
  items: Item[];
  elements: Element[];
  /** Lines of prose: everything that is not heading, lead-in, item or element. */
  paragraphLines: number[];
  /** A title-like line ending the section just before a metadata block (PDF copies). */
  trailingTitle: TextSpan | null;
  /** First line (heading or lead-in) and last non-blank line of the section. */
  firstLine: number;
  lastLine: number;
  range: Range;
}

export interface MetadataField {
  id: FieldId;
  /** The label as written. */
  label: string;
  labelRange: Range;
  value: string;
  /** Null when the value is empty. */
  valueRange: Range | null;
  range: Range;
  line: number;
  lastLine: number;
  /** Label and value share a line ("Statws Gwreiddiol", "URN: SKAEAF2"). */
  inline: boolean;
  /** Written in the header under the title rather than the metadata block. */
  header: boolean;
  /** The label is a near miss of the catalogue's ("Cyfes/Set" for "Cyfres/Set"). */
  misspelt: boolean;
  /** The first field of a metadata block after the body. */
  startsBlock: boolean;
  lang: Lang | null;
}

export interface GlossaryEntry {
  /** The headword as written, e.g. "Cwsmer(iaid)". */
  term: string;
  termRange: Range;
  /** Expanded word forms, lower-case: ["cwsmer", "cwsmeriaid"]. */
  forms: string[];
  definition: string;
  range: Range;
  line: number;
  lastLine: number;
}

export interface TextSpan {
  text: string;
  range: Range;
  line: number;
}

export interface NosDocument {
  lines: LineIndex;
  /** What each line looks like on its own (see classify.ts), kept for re-parsing. */
  lineInfos: readonly LineInfo[];
  /** Each line's part in page footers, kept for re-parsing. */
  footer: FooterParts;
  /** Headings, lead-ins and labels of each language, kept for re-parsing. */
  languageVotes: LanguageVotes;
  language: Lang;
  /** Language found from headings and lead-ins, before any override. */
  detectedLanguage: Lang | null;
  title: TextSpan | null;
  /** A title-like line just before the metadata block (PDF copies put it there). */
  trailingTitle: TextSpan | null;
  urn: MetadataField | null;
  sections: Section[];
  /** Metadata fields in document order, the URN included. */
  fields: MetadataField[];
  glossary: GlossaryEntry[];
  /** Text before the first section that is neither title nor header field. */
  looseLines: number[];
  /** Page footer lines (URN, title, page number) that the parser skipped. */
  noiseLines: number[];
  /** Blank-line style: do headings stand in their own paragraph? */
  spacedHeadings: boolean;
  /** Line where the metadata block at the end starts, if any. */
  metadataBlockLine: number | null;
}
