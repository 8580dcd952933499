// Words of the drafting conventions (nos-format.md §4.3, §7 S28, S29): data only.

/** Third-person names for the person the standard describes (S29), in either language. */
const NAMED = [
  String.raw`(?:the|a|each|every)\s+(?:candidates?|learners?|trainees?|apprentices?)`,
  String.raw`(?:y|yr|'r|’r)\s+(?:ymgeisydd|ymgeiswyr|dysgwr|dysgwyr|hyfforddai|hyfforddeion|prentis|prentisiaid)`,
  String.raw`he\s*\/\s*she|s\/he|he or she|she\s*\/\s*he|ef\s*\/\s*hi|ef neu hi|fe\s*\/\s*hi`,
].join('|');

/**
 * One of those as the subject an item starts with: "the candidate greets …", "he/she …";
 * in Welsh after the verb, as the language orders it: "mae'r ymgeisydd yn …", "bydd y
 * dysgwr yn …". Named later in an item, a learner or candidate is the one a trainer or
 * assessor works with ("agree objectives with the learner"), as standards for them write.
 */
export const THIRD_PERSON_SUBJECT = new RegExp(String.raw`^(?:(?:mae|bydd|dylai|gall|gallai|caiff|rhaid\s+i)\s*)?(${NAMED})(?![\p{L}\p{N}])`, 'iu');

/**
 * The same in a knowledge item, which is a noun phrase: "the apprentices in the team and the
 * supervision they need" is what to know about them. A subject is one a verb goes with:
 * "the candidate must know …", "mae'r dysgwr yn …", "y dysgwr yn deall …".
 */
export const THIRD_PERSON_CLAUSE = new RegExp(
  String.raw`^(?:(?:mae|bydd|dylai|gall|gallai|caiff|rhaid\s+i)\s*(${NAMED})(?![\p{L}\p{N}])|(${NAMED})(?=\s+(?:must|should|will|can|could|may|needs?|knows?|understands?|is|are|has|have|does|yn)\b))`,
  'iu',
);

/**
 * Verbs whose result cannot be seen (S28): a criterion that starts with one describes
 * knowledge, which belongs in Knowledge and understanding. Lower case, as written.
 */
export const NOT_OBSERVABLE: Readonly<Record<'en' | 'cy', readonly string[]>> = {
  en: ['understand', 'know', 'be aware', 'be aware of', 'appreciate', 'be familiar with', 'comprehend', 'realise', 'realize'],
  cy: ['deall', 'gwybod', 'bod yn ymwybodol', 'gwerthfawrogi', 'bod yn gyfarwydd'],
};

/** A leading adverb before the verb: "continuously monitor", "yn rheolaidd adolygu". */
export const LEADING_ADVERB = /^(?:\p{L}+ly|yn\s+\p{L}+)\s+/iu;

/**
 * Words that are names wherever they stand, so an item may start with them capitalised
 * ("Welsh language standards", "Cymraeg …"): places, peoples and languages. Lower case.
 */
export const PROPER_WORDS: ReadonlySet<string> = new Set([
  'welsh', 'english', 'british', 'scottish', 'irish', 'european', 'wales', 'england', 'scotland', 'ireland', 'britain', 'europe',
  'cymraeg', 'cymreig', 'cymru', 'saesneg', 'lloegr', 'prydain', 'prydeinig', 'albanaidd', 'gwyddelig', 'ewropeaidd', 'ewrop',
]);

/**
 * Articles, prepositions, conjunctions and possessives of either language, lower case:
 * no item ends with one, and a name may hold one ("Health and Safety Executive").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'and', 'or', 'nor', 'but', 'of', 'to', 'in', 'into', 'on', 'onto', 'at', 'by', 'for', 'from', 'with',
  'within', 'without', 'under', 'over', 'between', 'about', 'against', 'including', 'as', 'than', 'via', 'per', 'your',
  'their', 'its', 'our', 'y', 'yr', 'ac', 'â', 'ag', 'neu', 'ond', 'o', 'i', 'ar', 'am', 'gan', 'gyda', 'mewn', 'dan',
  'wrth', 'heb', 'dros', 'drwy', 'trwy', 'rhwng', 'tuag', 'hyd', 'ei', 'eich', 'eu', 'ein', 'yn', "i'r", "o'r", "â'r",
  "a'r", "gyda'r",
]);

/**
 * Words grammar may write twice in a row, lower case: "make sure that that is done", "had
 * had", "what it is is", "very very"; Welsh doubles an adverb for stress ("da iawn iawn",
 * "yn araf araf"). Their repeats are not reported.
 */
export const REPEATS_MEANT: Readonly<Record<'en' | 'cy', ReadonlySet<string>>> = {
  en: new Set(['that', 'had', 'is', 'very']),
  cy: new Set(['iawn', 'araf']),
};
