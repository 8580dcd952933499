// Is the first word of a criterion a base-form verb (English) or a verb-noun (Welsh)?
// English asks the part-of-speech lexicon (lexicon.ts); Welsh has no tagger, so it relies
// on word classes that can never be verb-nouns. Both answer "not a verb" only when sure.

import type { Lang } from '../types';
import { closedClass, englishTags, mayBeBaseVerb } from './lexicon';
import { LEADING_ADVERB } from './words';

/** Verbs the lexicon lists only as nouns: of office work, then of the trades ("bond walls", "sleeve pipework", "earth the system"). */
const ALSO_VERBS: ReadonlySet<string> = new Set([
  'coach', 'mentor', 'email', 'phone', 'text', 'audit', 'quality-assure', 'risk-assess',
  'action', 'input', 'benchmark', 'minute', 'source', 'resource', 'timetable', 'fell', 'tile', 'tension',
  'bond', 'joint', 'site', 'sleeve', 'portion', 'sheet', 'limb', 'prime', 'dose', 'slate', 'core', 'earth', 'thread',
  'sand', 'pipe', 'roof', 'floor', 'plate', 'culture', 'brick', 'felt', 'fence', 'seed', 'cage', 'style', 'bread', 'ice', 'steam',
]);

/** Welsh words that are never verb-nouns: articles, pronouns, conjunctions, prepositions. */
const WELSH_NOT_VERB_NOUNS: ReadonlySet<string> = new Set([
  'y', 'yr', "'r", 'pan', 'os', 'a', 'ac', 'neu', 'ond', 'fel', 'i', 'o', 'ar', 'at', 'am', 'gan', 'gyda', 'mewn',
  'wrth', 'heb', 'dros', 'drwy', 'trwy', 'tuag', 'ei', 'eich', 'eu', 'ein', 'fy', 'dy', 'pob', 'holl', 'unrhyw', 'sut',
  'pam', 'beth', 'lle', 'pryd', 'pwy', 'cofnodion', 'gofynion', 'canllawiau', 'polisïau', 'gweithdrefnau',
]);

/** Whether the lexicon knows an English word as an adverb that is no verb ("carefully", "only"; not "apply", "supply"). */
function englishAdverb(word: string): boolean {
  if (ALSO_VERBS.has(word)) return false;
  const tags = englishTags(word);
  return tags !== undefined && tags.includes('RB') && !tags.includes('VB') && !tags.includes('VBP');
}

/**
 * The length of an adverb before an item's verb ("continuously monitor ", "yn rheolaidd
 * adolygu "), or 0. In English, a word in "-ly" counts only where the lexicon knows it as
 * an adverb: "apply", "comply", "supply" and "multiply" are the verb.
 */
export function leadingAdverb(text: string, lang: Lang): number {
  const match = LEADING_ADVERB.exec(text);
  if (!match) return 0;
  const word = match[0].trim();
  return lang === 'en' && !/\s/.test(word) && !englishAdverb(word.toLowerCase()) ? 0 : match[0].length;
}

function englishNotVerb(word: string): boolean {
  if (ALSO_VERBS.has(word) || englishTags(word) === undefined) return false;
  return closedClass(word) || !mayBeBaseVerb(word);
}

/**
 * Nouns by their endings, which no verb-noun has: the plurals `-ion`, `-iaid` and `-wyr`
 * ("cwsmeriaid", "gweithwyr"), and `-iad` of the noun made from a verb ("esboniad" of "esbonio").
 */
function welshNotVerb(word: string): boolean {
  return WELSH_NOT_VERB_NOUNS.has(word) || (/(?:ion|iaid|wyr|iad|iadau)$/.test(word) && word.length > 5);
}

/** True when `word` (lower case) is surely no base-form verb or verb-noun; false when it is one or when unsure. */
export function surelyNotAVerb(word: string, lang: Lang): boolean {
  return lang === 'en' ? englishNotVerb(word) : welshNotVerb(word);
}

/** Markup and quotes before the first word ("**cofnodion", "“record"). */
const LEAD = /^[\s*_"'“‘(]*/u;
const WORD = /^[\p{L}][\p{L}'’-]*/u;

/** The first word of a criterion or title, after markup and a leading adverb, when it is surely no verb: its offset and the word. */
export function startsWithNoVerb(text: string, lang: Lang): { start: number; word: string } | null {
  const lead = LEAD.exec(text)![0].length;
  const adverb = leadingAdverb(text.slice(lead), lang);
  const word = WORD.exec(text.slice(lead + adverb))?.[0];
  if (!word || !surelyNotAVerb(word.toLowerCase().replace('’', "'"), lang)) return null;
  return { start: lead + adverb, word };
}
