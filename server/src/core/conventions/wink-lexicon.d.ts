// The part-of-speech lexicon of wink-lexicon: each known word, lower case, to its Penn
// Treebank tags, the likeliest first.
declare module 'wink-lexicon/src/lexicon.js' {
  const lexicon: Readonly<Record<string, readonly string[] | undefined>>;
  export = lexicon;
}
