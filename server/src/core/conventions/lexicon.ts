// English word classes from wink-lexicon's part-of-speech lexicon (MIT), measured against
// criteria written by professionals (docs/rules/criterion-verb.md).

type Lexicon = Readonly<Record<string, readonly string[] | undefined>>;

/** Required on first use (the module system keeps it): the lexicon is large, and only English items need it. */
function englishLexicon(): Lexicon {
  return require('wink-lexicon/src/lexicon.js') as Lexicon;
}

/** The tags of an English word (lower case), likeliest first; undefined for a word the lexicon does not know. */
export function englishTags(word: string): readonly string[] | undefined {
  const lexicon = englishLexicon();
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}

/** Tags of words that are never verbs, when they are a word's likeliest use. */
const CLOSED_CLASS: ReadonlySet<string> = new Set(['DT', 'PDT', 'PRP$', 'PRP', 'IN', 'WRB', 'WP', 'WDT', 'CC', 'TO', 'MD', 'EX']);

/** Whether an English word (lower case) is likeliest an article, pronoun, preposition, conjunction or question word. */
export function closedClass(word: string): boolean {
  const tags = englishTags(word);
  return tags !== undefined && CLOSED_CLASS.has(tags[0]);
}

/** Whether an English word (lower case) may be a verb's base form ("record", "apply"). */
export function mayBeBaseVerb(word: string): boolean {
  const tags = englishTags(word);
  return tags !== undefined && (tags.includes('VB') || tags.includes('VBP'));
}
