import type { FieldId, SectionId } from '../catalogue';
import type { LineIndex } from '../text/lineIndex';
import type { Lang, Range } from '../types';

/** How an item is labelled: `1.` / `1)` / `1`, `P1` / `K1`, or a bullet. */
export type LabelStyle = 'dot' | 'paren' | 'bare' | 'prefix' | 'bullet';

export interface Item {
  /** The label as written: "1.", "P12", "-". */
  readonly label: string;
  /** The written number, or null for bullets. */
  readonly number: number | null;
  readonly style: LabelStyle;
  /** The written prefix letter of P/K labels. */
  readonly prefix: string | null;
  readonly labelRange: Range;
  /** The digits of the label; null for bullets. */
  readonly numberRange: Range | null;
  /** Item text with continuation lines joined by a space. */
  readonly text: string;
  /** From the label to the end of the last continuation line or sub-item. */
  readonly range: Range;
  readonly line: number;
  readonly lastLine: number;
  /** Lines joined to the item's text after its first, in order (page footers between them are not). */
  readonly continuationLines: readonly number[];
  /** Continuation lines that follow a blank line (a broken item). */
  readonly brokenLines: readonly number[];
  /** Index of the element sub-heading the item sits under, if any. */
  readonly element: number | null;
  /** Bullets under a numbered item ("including:"), which are no places in the list (see lists.ts). */
  readonly subItems: readonly Item[];
}

/** An unnumbered sub-heading inside a section: an element, or a range category. */
export interface Element {
  readonly label: string;
  readonly range: Range;
  readonly line: number;
  /** Indexes into the section's items: first and one past the last. */
  readonly firstItem: number;
  readonly endItem: number;
}

export interface LeadIn {
  readonly text: string;
  readonly range: Range;
  readonly lang: Lang;
  readonly line: number;
}

export interface Heading {
  readonly text: string;
  /** Range of the label text, without markup or colon. */
  readonly range: Range;
  readonly line: number;
  readonly lang: Lang | null;
}

export interface Section {
  readonly id: SectionId;
  /** Null when the section was recognised from its lead-in alone. */
  readonly heading: Heading | null;
  readonly leadIns: readonly LeadIn[];
  readonly items: readonly Item[];
  readonly elements: readonly Element[];
  /** Lines of prose: everything that is not heading, lead-in, item or element. */
  readonly paragraphLines: readonly number[];
  /** A title-like line ending the section just before a metadata block (PDF copies). */
  readonly trailingTitle: TextSpan | null;
  /** First line (heading or lead-in) and last non-blank line of the section. */
  readonly firstLine: number;
  readonly lastLine: number;
  readonly range: Range;
}

export interface MetadataField {
  readonly id: FieldId;
  /** The label as written. */
  readonly label: string;
  readonly labelRange: Range;
  readonly value: string;
  /** Null when the value is empty. */
  readonly valueRange: Range | null;
  readonly range: Range;
  readonly line: number;
  readonly lastLine: number;
  /** Label and value share a line ("Statws Gwreiddiol", "URN: SKAEAF2"). */
  readonly inline: boolean;
  /** Written in the header under the title rather than the metadata block. */
  readonly header: boolean;
  /** The label is a near miss of the catalogue's ("Cyfes/Set" for "Cyfres/Set"). */
  readonly misspelt: boolean;
  /** The first field of a metadata block after the body. */
  readonly startsBlock: boolean;
  readonly lang: Lang | null;
}

export interface GlossaryEntry {
  /** The headword as written, e.g. "Cwsmer(iaid)". */
  readonly term: string;
  readonly termRange: Range;
  /** Expanded word forms, lower-case: ["cwsmer", "cwsmeriaid"]. */
  readonly forms: readonly string[];
  readonly definition: string;
  readonly range: Range;
  readonly line: number;
  readonly lastLine: number;
}

export interface TextSpan {
  readonly text: string;
  readonly range: Range;
  readonly line: number;
}

/**
 * The document model handed to rules and features: read-only, and free of what the
 * parser keeps to re-parse the next version (that is in parse.ts's ParseState).
 */
export interface NosDocument {
  readonly lines: LineIndex;
  readonly language: Lang;
  /** Language found from headings and lead-ins, before any override. */
  readonly detectedLanguage: Lang | null;
  readonly title: TextSpan | null;
  /** A title-like line just before the metadata block (PDF copies put it there). */
  readonly trailingTitle: TextSpan | null;
  readonly urn: MetadataField | null;
  readonly sections: readonly Section[];
  /** Metadata fields in document order, the URN included. */
  readonly fields: readonly MetadataField[];
  readonly glossary: readonly GlossaryEntry[];
  /** Text before the first section that is neither title nor header field. */
  readonly looseLines: readonly number[];
  /** Page footer lines (URN, title, page number) that the parser skipped. */
  readonly noiseLines: readonly number[];
  /** Blank-line style: do headings stand in their own paragraph? */
  readonly spacedHeadings: boolean;
  /** Line where the metadata block at the end starts, if any. */
  readonly metadataBlockLine: number | null;
}
