// The English and Welsh versions of one standard match in structure: writers keep them in
// step by hand. Pairs are found by URN or a declared pair (pairs.ts); what differs is
// found by pairsAlign.ts. Each difference is reported in both versions, its message naming
// the other file and line, with the other version's place as related information.

import { distance } from 'fastest-levenshtein';
import { fieldSpec, sectionSpec } from '../catalogue';
import type { Message } from '../messages/message';
import { Severity, type Bilingual, type Lang } from '../types';
import { suiteFacts } from './facts';
import { comparableName, Twins } from './pairs';
import { swapsTwoLetters } from '../text/typos';
import { agreeOn, alignShapes, type Both, type CountedSection, type Difference } from './pairsAlign';
import { defineSuiteRule, type SuiteDocument, type SuiteReport } from './types';

/** The other version: its language and "file:line". */
interface There {
  version: string;
  at: string;
}
type Counts = There & { here: number; there: number };

const NOUNS: Readonly<Record<Lang, Record<CountedSection, (n: number) => string>>> = {
  en: {
    'performance-criteria': (n) => (n === 1 ? 'performance criterion' : 'performance criteria'),
    'knowledge-understanding': (n) => (n === 1 ? 'knowledge item' : 'knowledge items'),
  },
  // A Welsh noun stays singular after a numeral.
  cy: {
    'performance-criteria': () => 'maen prawf perfformiad',
    'knowledge-understanding': () => 'eitem wybodaeth',
  },
};

const MESSAGES = {
  description: {
    en: 'The English and Welsh versions of a standard match in structure: criteria and knowledge items, element sub-headings, sections, and the metadata both must give alike.',
    cy: "Mae fersiynau Saesneg a Chymraeg safon yn cyfateb o ran strwythur: meini prawf ac eitemau gwybodaeth, is-benawdau elfennau, adrannau, a'r metadata y mae'n rhaid i'r ddwy ei roi yr un fath.",
  },
  /** The other version, named by its language. */
  versions: {
    english: { en: 'the English version', cy: 'y fersiwn Saesneg' },
    welsh: { en: 'the Welsh version', cy: 'y fersiwn Gymraeg' },
  } satisfies Record<string, Bilingual>,
  items: {
    en: ({ here, there, version, at, noun }) => `${here} ${noun} here; ${there} in ${version} (${at}).`,
    cy: ({ here, there, version, at, noun }) => `${here} ${noun} yma; ${there} yn ${version} (${at}).`,
  } satisfies Message<Counts & { noun: string }>,
  elementItems: {
    en: ({ here, there, version, at, noun }) => `${here} ${noun} under this element; ${there} under the matching element in ${version} (${at}).`,
    cy: ({ here, there, version, at, noun }) => `${here} ${noun} o dan yr elfen hon; ${there} o dan yr elfen gyfatebol yn ${version} (${at}).`,
  } satisfies Message<Counts & { noun: string }>,
  elements: {
    en: ({ here, there, version, at, section }) =>
      `“${section}” has ${here} element sub-heading${here === 1 ? '' : 's'} here; ${there} in ${version} (${at}).`,
    cy: ({ here, there, version, at, section }) => `Mae ${here} is-bennawd elfen o dan “${section}” yma; ${there} yn ${version} (${at}).`,
  } satisfies Message<Counts & { section: string }>,
  sectionHere: {
    en: ({ section, version, at }) => `“${section}” is in this version but not in ${version} (${at}).`,
    cy: ({ section, version, at }) => `Mae “${section}” yn y fersiwn hon ond nid yn ${version} (${at}).`,
  } satisfies Message<There & { section: string }>,
  sectionThere: {
    en: ({ section, version, at }) => `“${section}” is missing here: ${version} has it (${at}).`,
    cy: ({ section, version, at }) => `Mae “${section}” ar goll yma: mae'r adran yn ${version} (${at}).`,
  } satisfies Message<There & { section: string }>,
  fieldDiffers: {
    en: ({ field, here, there, version, at }) => `${field}: “${here}” here, “${there}” in ${version} (${at}).`,
    cy: ({ field, here, there, version, at }) => `${field}: “${here}” yma, “${there}” yn ${version} (${at}).`,
  } satisfies Message<There & { field: string; here: string; there: string }>,
  fieldNoneHere: {
    en: ({ field, there, version, at }) => `${field}: none here, “${there}” in ${version} (${at}).`,
    cy: ({ field, there, version, at }) => `${field}: dim yma, “${there}” yn ${version} (${at}).`,
  } satisfies Message<There & { field: string; there: string }>,
  fieldNoneThere: {
    en: ({ field, here, version, at }) => `${field}: “${here}” here, none in ${version} (${at}).`,
    cy: ({ field, here, version, at }) => `${field}: “${here}” yma, dim yn ${version} (${at}).`,
  } satisfies Message<There & { field: string; here: string }>,
  urnNear: {
    en: ({ here, there, version, at }) =>
      `The URN “${here}” nearly matches “${there}” in ${version} (${at}): the versions of a standard share one URN, so these two have not been compared.`,
    cy: ({ here, there, version, at }) =>
      `Mae'r URN “${here}” bron yr un fath â “${there}” yn ${version} (${at}): mae fersiynau safon yn rhannu un URN, felly nid yw'r ddwy hyn wedi'u cymharu.`,
  } satisfies Message<There & { here: string; there: string }>,
  related: {
    en: ({ version }) => `The matching place in ${version}`,
    cy: ({ version }) => `Y man cyfatebol yn ${version}`,
  } satisfies Message<{ version: string }>,
  /** Said by "NOS: Open the other language" when the document has no twin. */
  noTwin: {
    en: ({ other }) => `The ${other === 'cy' ? 'Welsh' : 'English'} version of this standard is not in the workspace: versions are paired by their URN, or by the “pairs” of a .nosrc.json.`,
    cy: ({ other }) => `Nid yw'r fersiwn ${other === 'en' ? 'Saesneg' : 'Gymraeg'} o'r safon hon yn y gweithle: caiff fersiynau eu paru yn ôl eu URN, neu yn ôl “pairs” mewn .nosrc.json.`,
  } satisfies Message<{ other: Lang }>,
};

/** The version in `language`, as a reader of `lang` names it. */
function versionName(language: Lang, lang: Lang): string {
  return MESSAGES.versions[language === 'en' ? 'english' : 'welsh'][lang];
}

/** The other version as the reader of `lang` names it. */
function there(lang: Lang, otherLanguage: Lang, at: string): There {
  return { version: versionName(otherLanguage, lang), at };
}

/**
 * The message of a difference in the version on `side`, in `lang`.
 * @param at the other version's place, "file:line".
 */
function differenceMessage(difference: Difference, side: 0 | 1, otherLanguage: Lang, at: string): (lang: Lang) => string {
  const other = (1 - side) as 0 | 1;
  const pick = <T>(both: Both<T>) => ({ here: both[side], there: both[other] });
  return (lang) => {
    const where = there(lang, otherLanguage, at);
    switch (difference.kind) {
      case 'items': {
        const counts = { ...where, ...pick(difference.counts) };
        const values = { ...counts, noun: NOUNS[lang][difference.section](counts.here) };
        return (difference.element === null ? MESSAGES.items : MESSAGES.elementItems)[lang](values);
      }
      case 'elements': {
        const values = { ...where, ...pick(difference.counts), section: sectionSpec(difference.section).name[lang] };
        return MESSAGES.elements[lang](values);
      }
      case 'section': {
        const values = { ...where, section: sectionSpec(difference.section).name[lang] };
        return (difference.present[side] ? MESSAGES.sectionHere : MESSAGES.sectionThere)[lang](values);
      }
      case 'field': {
        const { here, there: theirs } = pick(difference.values);
        const values = { ...where, field: fieldSpec(difference.field).name[lang] };
        if (here === null) return MESSAGES.fieldNoneHere[lang](Object.assign(values, { there: theirs! }));
        if (theirs === null) return MESSAGES.fieldNoneThere[lang](Object.assign(values, { here }));
        return MESSAGES.fieldDiffers[lang](Object.assign(values, { here, there: theirs }));
      }
    }
  };
}

/** The text of the related place in the other version. */
function relatedMessage(otherLanguage: Lang): (lang: Lang) => string {
  return (lang) => MESSAGES.related[lang]({ version: versionName(otherLanguage, lang) });
}

/** `uri` without the folders it shares with `from`, decoded: "cy/safon.nos.txt". */
function shortName(uri: string, from: string): string {
  const parts = uri.split('/');
  const base = from.split('/');
  let shared = 0;
  while (shared < parts.length - 1 && shared < base.length - 1 && parts[shared] === base[shared]) shared++;
  return comparableName(parts.slice(shared).join('/'));
}

function reportPair(pair: Both<SuiteDocument>, report: (report: SuiteReport) => void): void {
  for (const { difference, ranges } of alignShapes(suiteFacts(pair[0]).pair, suiteFacts(pair[1]).pair)) {
    for (const side of [0, 1] as const) {
      const other = (1 - side) as 0 | 1;
      const at = `${shortName(pair[other].uri, pair[side].uri)}:${ranges[other].start.line + 1}`;
      report({
        uri: pair[side].uri,
        range: ranges[side],
        message: differenceMessage(difference, side, pair[other].language, at),
        related: [{ uri: pair[other].uri, range: ranges[other], message: relatedMessage(pair[other].language) }],
      });
    }
  }
}

/** Whether one URN is the other with a character added, dropped, changed, or two swapped ("SCDYE27", "SCDEY27"). */
function nearUrn(a: string, b: string): boolean {
  return a !== b && Math.abs(a.length - b.length) <= 1 && (distance(a, b) === 1 || swapsTwoLetters(a, b));
}

/**
 * Whether two documents without twins, in the two languages, are the versions of one
 * standard whose URNs differ by a slip: the URNs nearly match, and one names the other as
 * its original URN or both were approved on the same day. A suite numbers its standards
 * one after another ("SCDEY27", "SCDEY28"): a near URN alone is no slip.
 */
function slipTwins(a: SuiteDocument, b: SuiteDocument): boolean {
  const [x, y] = [suiteFacts(a), suiteFacts(b)];
  if (!x.urn || !y.urn || a.language === b.language || !nearUrn(x.urn.key, y.urn.key)) return false;
  return x.originalUrns.includes(y.urn.key) || y.originalUrns.includes(x.urn.key) || agreeOn('date-approved', x.pair, y.pair);
}

/** URNs longer than this are no URNs (a pasted paragraph): not compared for slips. */
const MAX_URN = 24;

/** A key and the keys it gives with one character dropped: two keys one slip apart share one of these. */
function withOneDropped(key: string): Set<string> {
  const keys = new Set([key]);
  for (let i = 0; i < key.length; i++) keys.add(key.slice(0, i) + key.slice(i + 1));
  return keys;
}

/** The documents of `list` by each key their URN gives with a character dropped, and by the URN itself. */
function byDroppedKey(list: readonly SuiteDocument[]): Map<string, SuiteDocument[]> {
  const index = new Map<string, SuiteDocument[]>();
  for (const document of list) {
    for (const key of withOneDropped(suiteFacts(document).urn!.key)) (index.get(key) ?? index.set(key, []).get(key)!).push(document);
  }
  return index;
}

/** The documents of `index` that are `document`'s twin but for a slip in one URN. */
function slipsOf(document: SuiteDocument, index: Map<string, SuiteDocument[]>): Set<SuiteDocument> {
  const found = new Set<SuiteDocument>();
  for (const key of withOneDropped(suiteFacts(document).urn!.key)) for (const other of index.get(key) ?? []) if (slipTwins(document, other)) found.add(other);
  return found;
}

/**
 * Documents without twins whose URN is a slip of one other's, the one in the other
 * language, each pair once. Found through the keys with a character dropped, not by
 * comparing every two documents: the suite is checked again after every change.
 */
function urnSlips(suite: readonly SuiteDocument[], twins: Twins<SuiteDocument>): Array<Both<SuiteDocument>> {
  const alone = suite.filter((document) => {
    const urn = suiteFacts(document).urn;
    return urn !== null && urn.key.length <= MAX_URN && !twins.twinOf(document.uri);
  });
  const welsh = alone.filter((document) => document.language === 'cy');
  if (welsh.length === 0) return [];
  const english = alone.filter((document) => document.language === 'en');
  const welshIndex = byDroppedKey(welsh);
  let englishIndex: Map<string, SuiteDocument[]> | undefined;
  const found: Array<Both<SuiteDocument>> = [];
  for (const document of english) {
    const [twin, ...more] = slipsOf(document, welshIndex);
    if (twin && more.length === 0 && slipsOf(twin, (englishIndex ??= byDroppedKey(english))).size === 1) found.push([document, twin]);
  }
  return found;
}

function reportUrnSlip(pair: Both<SuiteDocument>, report: (report: SuiteReport) => void): void {
  const urns = pair.map((document) => suiteFacts(document).urn!);
  for (const side of [0, 1] as const) {
    const other = (1 - side) as 0 | 1;
    const at = `${shortName(pair[other].uri, pair[side].uri)}:${urns[other].range.start.line + 1}`;
    report({
      uri: pair[side].uri,
      range: urns[side].range,
      message: (lang) => MESSAGES.urnNear[lang]({ ...there(lang, pair[other].language, at), here: urns[side].text, there: urns[other].text }),
      related: [{ uri: pair[other].uri, range: urns[other].range, message: relatedMessage(pair[other].language) }],
    });
  }
}

/** What "NOS: Open the other language" says, in `lang`, about a document in `language` that has no twin. */
export function noTwinMessage(language: Lang, lang: Lang = language): string {
  return MESSAGES.noTwin[lang]({ other: language === 'en' ? 'cy' : 'en' });
}

export const pairAlignment = defineSuiteRule({
  id: 'pair-alignment',
  covers: [],
  defaultSeverity: Severity.Warning,
  fixable: false,
  description: MESSAGES.description,
  messages: MESSAGES,
  check(suite, report, only) {
    const twins = new Twins(suite);
    const concerns = (pair: Both<SuiteDocument>) => only === undefined || pair[0].uri === only || pair[1].uri === only;
    for (const pair of twins.pairs()) if (concerns(pair)) reportPair(pair, report);
    for (const pair of urnSlips(suite, twins)) if (concerns(pair)) reportUrnSlip(pair, report);
  },
});
