// Words of the drafting conventions (nos-format.md §4.3, §7 S28, S29): data only.

/** Third-person names for the person the standard describes (S29), in either language. */
export const THIRD_PERSON = /\b(?:the|a|each|every)\s+(?:candidates?|learners?|trainees?|apprentices?)\b|(?:\by|\byr|'r|’r)\s+(?:ymgeisydd|ymgeiswyr|dysgwr|dysgwyr|hyfforddai|hyfforddeion|prentis|prentisiaid)\b/giu;

/** A quick test before THIRD_PERSON: a line without one of these stems names nobody in the third person. */
export const MAY_NAME_THIRD_PERSON = /candidat|learner|trainee|apprentic|ymgeis|dysgw|hyfford|prentis/i;

/** Pronouns that mark third-person drafting when they start an item ("he/she must …"). */
export const THIRD_PERSON_START = /^(?:he\s*\/\s*she|s\/he|he or she|she\s*\/\s*he|ef\s*\/\s*hi|ef neu hi|fe\s*\/\s*hi)\b/iu;

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
