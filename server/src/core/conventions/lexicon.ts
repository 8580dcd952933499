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
