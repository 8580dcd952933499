// The bilingual catalogue of NOS parts: every heading, lead-in and metadata label the
// parser recognises, in canonical order, with what each part should hold. This file is
// the one place where labels live; the parser, rules, hover, completion and the
// snippet test all read it. Matching is case-insensitive and tolerant of apostrophe
// variants, NBSP and spacing around "/", so each variant is listed once.

import type { Bilingual } from './types';

export type SectionId =
  | 'overview'
  | 'performance-criteria'
  | 'knowledge-understanding'
  | 'scope-range'
  | 'scope-performance'
  | 'scope-knowledge'
  | 'values'
  | 'behaviours'
  | 'skills'
  | 'glossary'
  | 'links-to-other-nos'
  | 'external-links'
  | 'additional-information';

export type FieldId =
  | 'urn'
  | 'developed-by'
  | 'version-number'
  | 'date-approved'
  | 'indicative-review-date'
  | 'validity'
  | 'status'
  | 'originating-organisation'
  | 'original-urn'
  | 'relevant-occupations'
  | 'soc-code'
  | 'suite'
  | 'keywords'
  | 'nos-category';

export type Obligation = 'required' | 'recommended' | 'optional';

/**
 * Labels that translate each other other than the first of each language (which always
 * do): a variant without a pair here, such as the spelling "Behaviors", translates to the
 * first label of the other language.
 */
type Pairs = readonly Bilingual[];

export interface SectionSpec {
  id: SectionId;
  /** Display names; the first variant of each language is the preferred spelling. */
  name: Bilingual;
  labels: { en: string[]; cy: string[] };
  pairs?: Pairs;
  obligation: Obligation;
  /** Lead-in line that follows the heading ("You must be able to:"). */
  leadIns?: { en: string[]; cy: string[] };
  /** How the first line of prose under the heading starts, for an inserted section. */
  opening?: Bilingual;
  /** Items form a numbered P or K sequence. */
  sequence?: 'P' | 'K';
  parent?: SectionId;
  /** A template grouping heading that holds no content of its own. */
  artefact?: boolean;
  holds: Bilingual;
}

export interface FieldSpec {
  id: FieldId;
  name: Bilingual;
  labels: { en: string[]; cy: string[] };
  pairs?: Pairs;
  obligation: Obligation;
  holds: Bilingual;
}

export const SECTIONS: readonly SectionSpec[] = [
  {
    id: 'overview',
    name: { en: 'Overview', cy: 'Trosolwg' },
    labels: { en: ['Overview'], cy: ['Trosolwg'] },
    obligation: 'required',
    opening: { en: 'This standard is about ', cy: "Mae'r safon hon yn ymwneud â " },
    holds: {
      en: 'What the standard is about and who it is for.',
      cy: 'Beth yw pwrpas y safon ac ar gyfer pwy y mae hi.',
    },
  },
  {
    id: 'performance-criteria',
    name: { en: 'Performance criteria', cy: 'Meini prawf perfformiad' },
    labels: { en: ['Performance criteria'], cy: ['Meini prawf perfformiad'] },
    obligation: 'required',
    leadIns: {
      en: ['You must be able to:'],
      cy: ["Mae'n rhaid eich bod chi'n gallu:", 'Rhaid i chi allu:'],
    },
    sequence: 'P',
    holds: {
      en: 'What a competent person does: criteria numbered 1 to n through the whole section, each starting with a verb (a verb-noun in Welsh).',
      cy: "Beth mae person cymwys yn ei wneud: meini prawf wedi'u rhifo o 1 i n drwy'r adran gyfan, pob un yn dechrau â berfenw (â berf yn Saesneg).",
    },
  },
  {
    id: 'knowledge-understanding',
    name: { en: 'Knowledge and understanding', cy: 'Gwybodaeth a dealltwriaeth' },
    labels: { en: ['Knowledge and understanding'], cy: ['Gwybodaeth a dealltwriaeth'] },
    obligation: 'required',
    leadIns: {
      en: ['You need to know and understand:'],
      cy: ['Mae angen i chi wybod a deall:'],
    },
    sequence: 'K',
    holds: {
      en: 'What a competent person must know: items numbered 1 to n through the whole section, each a noun phrase.',
      cy: "Beth mae'n rhaid i berson cymwys ei wybod: eitemau wedi'u rhifo o 1 i n drwy'r adran gyfan, pob un yn ymadrodd enwol.",
    },
  },
  {
    id: 'scope-range',
    name: { en: 'Scope/range', cy: 'Cwmpas/ystod' },
    labels: { en: ['Scope/range', 'Scope range'], cy: ['Cwmpas/ystod', 'Cwmpas ystod'] },
    pairs: [{ en: 'Scope range', cy: 'Cwmpas ystod' }],
    obligation: 'optional',
    holds: {
      en: 'Range categories ("Customers:", "Communication:"), each with its own list.',
      cy: 'Categorïau ystod ("Cwsmeriaid:", "Cyfathrebu:"), pob un â\'i restr ei hun.',
    },
  },
  {
    id: 'scope-performance',
    name: {
      en: 'Scope/range related to performance criteria',
      cy: 'Cwmpas Perfformiad',
    },
    labels: {
      en: ['Scope/range related to performance criteria'],
      cy: ['Cwmpas Perfformiad', 'Cwmpas/Ystod cysylltiedig â meini prawf perfformiad'],
    },
    obligation: 'optional',
    parent: 'scope-range',
    holds: {
      en: 'Range categories that apply to the performance criteria.',
      cy: "Categorïau ystod sy'n berthnasol i'r meini prawf perfformiad.",
    },
  },
  {
    id: 'scope-knowledge',
    name: {
      en: 'Scope/range related to knowledge and understanding',
      cy: 'Gwybodaeth Cwmpas',
    },
    labels: {
      en: ['Scope/range related to knowledge and understanding'],
      cy: ['Gwybodaeth Cwmpas', 'Cwmpas/Ystod cysylltiedig â gwybodaeth a dealltwriaeth'],
    },
    obligation: 'optional',
    parent: 'scope-range',
    holds: {
      en: 'Range categories that apply to the knowledge and understanding.',
      cy: "Categorïau ystod sy'n berthnasol i'r wybodaeth a'r ddealltwriaeth.",
    },
  },
  {
    id: 'values',
    name: { en: 'Values', cy: 'Gwerthoedd' },
    labels: { en: ['Values'], cy: ['Gwerthoedd'] },
    obligation: 'optional',
    holds: {
      en: 'The values a competent person works by.',
      cy: 'Y gwerthoedd y mae person cymwys yn gweithio yn unol â nhw.',
    },
  },
  {
    id: 'behaviours',
    name: { en: 'Behaviours', cy: 'Ymddygiadau' },
    labels: { en: ['Behaviours', 'Behaviors'], cy: ['Ymddygiadau'] },
    obligation: 'optional',
    holds: {
      en: 'Behaviours, usually as sentences starting "You …".',
      cy: 'Ymddygiadau, fel arfer yn frawddegau sy\'n dechrau "Rydych chi…".',
    },
  },
  {
    id: 'skills',
    name: { en: 'Skills', cy: 'Sgiliau' },
    labels: { en: ['Skills'], cy: ['Sgiliau'] },
    obligation: 'optional',
    holds: {
      en: 'Skills as a list of gerund nouns ("Communicating", "Negotiating").',
      cy: 'Sgiliau fel rhestr o ferfenwau ("Cyfathrebu", "Trafod").',
    },
  },
  {
    id: 'glossary',
    name: { en: 'Glossary', cy: 'Geirfa' },
    labels: { en: ['Glossary'], cy: ['Geirfa'] },
    obligation: 'optional',
    holds: {
      en: 'Terms used in the standard with their meaning: "Term: definition", or the term on its own line followed by its definition. Mark plurals as Customer(s).',
      cy: 'Termau a ddefnyddir yn y safon a\'u hystyr: "Term: diffiniad", neu\'r term ar ei linell ei hun a\'i ddiffiniad wedyn. Nodwch luosog fel Cwsmer(iaid).',
    },
  },
  {
    id: 'links-to-other-nos',
    name: { en: 'Links to other NOS', cy: 'Cysylltiadau â SGC eraill' },
    labels: {
      en: ['Links to other NOS'],
      // The database's and the web page's, and the blend of the two Welsh writers use.
      cy: ['Cysylltiadau â SGC eraill', 'Dolenni i NOS eraill', 'Cysylltiadau â NOS eraill'],
    },
    obligation: 'optional',
    holds: {
      en: 'URNs or titles of related NOS.',
      cy: 'URNau neu deitlau SGC cysylltiedig.',
    },
  },
  {
    id: 'external-links',
    name: { en: 'External links', cy: 'Cysylltiadau allanol' },
    labels: { en: ['External links'], cy: ['Cysylltiadau allanol'] },
    obligation: 'optional',
    holds: {
      en: 'Free text or web addresses of related material.',
      cy: 'Testun rhydd neu gyfeiriadau gwe at ddeunydd perthnasol.',
    },
  },
  {
    id: 'additional-information',
    name: { en: 'Additional Information', cy: 'Gwybodaeth ychwanegol' },
    labels: { en: ['Additional Information'], cy: ['Gwybodaeth ychwanegol'] },
    obligation: 'optional',
    artefact: true,
    holds: {
      en: 'A grouping heading of the 2010-2020 template; the optional sections follow it.',
      cy: "Pennawd grwpio templed 2010-2020; mae'r adrannau dewisol yn ei ddilyn.",
    },
  },
];

export const FIELDS: readonly FieldSpec[] = [
  {
    id: 'urn',
    name: { en: 'URN', cy: 'URN' },
    labels: { en: ['URN'], cy: ['URN', 'RCU'] },
    obligation: 'required',
    holds: {
      en: 'The unique reference number: developer prefix, suite and number, e.g. LANAgM17.',
      cy: "Y rhif cyfeirnod unigryw: rhagddodiad y datblygwr, y gyfres a'r rhif, e.e. LANAgM17.",
    },
  },
  {
    id: 'developed-by',
    name: { en: 'Developed by', cy: 'Datblygwyd gan' },
    labels: { en: ['Developed by'], cy: ['Datblygwyd gan'] },
    obligation: 'required',
    holds: { en: 'The Standard Setting Organisation.', cy: "Y Sefydliad Gosod Safonau." },
  },
  {
    id: 'version-number',
    name: { en: 'Version number', cy: 'Fersiwn rhif' },
    labels: { en: ['Version number'], cy: ['Fersiwn rhif'] },
    obligation: 'required',
    holds: { en: 'A whole number, 1 or more.', cy: 'Rhif cyfan, 1 neu fwy.' },
  },
  {
    id: 'date-approved',
    name: { en: 'Date approved', cy: 'Dyddiad cymeradwyo' },
    labels: { en: ['Date approved', 'Approved on'], cy: ['Dyddiad cymeradwyo', 'Cymeradwy ar'] },
    pairs: [{ en: 'Approved on', cy: 'Cymeradwy ar' }],
    obligation: 'required',
    holds: { en: 'A date such as 13 Feb 2024 (13 Chwef 2024 in Welsh).', cy: 'Dyddiad fel 13 Chwef 2024 (13 Feb 2024 yn Saesneg).' },
  },
  {
    id: 'indicative-review-date',
    name: { en: 'Indicative review date', cy: 'Dyddiad adolygu dangosol' },
    labels: { en: ['Indicative review date'], cy: ['Dyddiad adolygu dangosol'] },
    obligation: 'required',
    holds: {
      en: 'A date later than the approval date, usually three to five years on.',
      cy: "Dyddiad ar ôl y dyddiad cymeradwyo, fel arfer dair i bum mlynedd wedyn.",
    },
  },
  {
    id: 'validity',
    name: { en: 'Validity', cy: 'Dilysrwydd' },
    labels: { en: ['Validity'], cy: ['Dilysrwydd'] },
    obligation: 'required',
    // The format has Welsh for Current only (nos-format.md §6.3): the other values are quoted as written.
    holds: { en: '“Current” or “Legacy”.', cy: '“Ar hyn o bryd” neu “Legacy”.' },
  },
  {
    id: 'status',
    name: { en: 'Status', cy: 'Statws' },
    labels: { en: ['Status'], cy: ['Statws'] },
    obligation: 'required',
    holds: { en: '“Original” or “Tailored”.', cy: '“Gwreiddiol” neu “Tailored”.' },
  },
  {
    id: 'originating-organisation',
    name: { en: 'Originating organisation', cy: 'Sefydliad cychwynnol' },
    labels: {
      en: ['Originating organisation', 'Originating organization'],
      cy: ['Sefydliad cychwynnol', 'Sefydliad gwreiddiol'],
    },
    obligation: 'required',
    holds: {
      en: 'The organisation that first wrote the standard.',
      cy: "Y sefydliad a ysgrifennodd y safon gyntaf.",
    },
  },
  {
    id: 'original-urn',
    name: { en: 'Original URN', cy: 'URN gwreiddiol' },
    labels: { en: ['Original URN'], cy: ['URN gwreiddiol', 'RCU gwreiddiol'] },
    obligation: 'required',
    holds: {
      en: 'The URN the standard was first published under.',
      cy: "Yr URN y cyhoeddwyd y safon oddi tano gyntaf.",
    },
  },
  {
    id: 'relevant-occupations',
    name: { en: 'Relevant occupations', cy: 'Galwedigaethau perthnasol' },
    labels: { en: ['Relevant occupations'], cy: ['Galwedigaethau perthnasol'] },
    obligation: 'required',
    holds: { en: 'Occupations, separated by ";".', cy: 'Galwedigaethau, wedi\'u gwahanu â ";".' },
  },
  {
    id: 'soc-code',
    name: { en: 'SOC code', cy: 'Cod SOC' },
    labels: { en: ['SOC code'], cy: ['Cod SOC', 'SOC Cod'] },
    obligation: 'recommended',
    holds: {
      en: 'One or more four-digit SOC unit-group codes, e.g. 6211.',
      cy: 'Un neu ragor o godau grŵp uned SOC pedwar digid, e.e. 6211.',
    },
  },
  {
    id: 'suite',
    name: { en: 'Suite', cy: 'Cyfres/Set' },
    labels: {
      en: ['Suite', 'Business Sectors (Suites)'],
      cy: ['Cyfres/Set', 'Sectorau Busnes (Suites)'],
    },
    pairs: [{ en: 'Business Sectors (Suites)', cy: 'Sectorau Busnes (Suites)' }],
    obligation: 'required',
    holds: { en: 'The suite or suites the standard belongs to.', cy: "Y gyfres neu'r cyfresi y mae'r safon yn perthyn iddynt." },
  },
  {
    id: 'keywords',
    name: { en: 'Keywords', cy: 'Geiriau allweddol' },
    labels: { en: ['Keywords', 'Key words'], cy: ['Geiriau allweddol'] },
    obligation: 'required',
    holds: { en: 'Keywords separated by ";".', cy: 'Geiriau allweddol wedi\'u gwahanu â ";".' },
  },
  {
    id: 'nos-category',
    name: { en: 'NOS category', cy: 'Categori SGC' },
    labels: { en: ['NOS category', 'NOSCategory'], cy: ['Categori SGC', 'NOSCategori'] },
    pairs: [{ en: 'NOSCategory', cy: 'NOSCategori' }],
    obligation: 'optional',
    // No Welsh display values are known for the categories (nos-format.md §13): quoted as values.
    holds: { en: '“Core”, “Generic” or “Job-specific”.', cy: '“Core”, “Generic” neu “Job-specific”.' },
  },
];

/** The title is a part of its own: an unlabelled first line. */
export const TITLE_PART = {
  name: { en: 'Title', cy: 'Teitl' } as Bilingual,
  holds: {
    en: 'The function the standard describes, starting with a verb (a verb-noun in Welsh), in sentence case, without a final full stop.',
    cy: "Y swyddogaeth y mae'r safon yn ei disgrifio, yn dechrau â berfenw (â berf yn Saesneg), mewn priflythrennau brawddeg, heb atalnod llawn ar y diwedd.",
  } as Bilingual,
};

const sectionById = new Map(SECTIONS.map((s) => [s.id, s]));
const fieldById = new Map(FIELDS.map((f) => [f.id, f]));

export function sectionSpec(id: SectionId): SectionSpec {
  return sectionById.get(id)!;
}

export function fieldSpec(id: FieldId): FieldSpec {
  return fieldById.get(id)!;
}

/** Canonical position of a section, for ordering and for inserting missing ones. */
export function sectionOrder(id: SectionId): number {
  return SECTIONS.indexOf(sectionById.get(id)!);
}
