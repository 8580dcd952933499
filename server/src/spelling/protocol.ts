// The messages between the server (or the CLI) and a spelling process: one process per
// language, asked whether words it has not seen are spelt right, and, separately, for
// suggestions for words it found wrong (these take far longer, and are asked for only
// once the writer has stopped typing: see speller.ts).

export type SpellRequest = { check: string[] } | { suggest: string[] };

export type WorkerAnswer =
  | { checked: Array<[word: string, correct: boolean]> }
  | { suggested: Array<[word: string, suggestions: string[]]> }
  | { failed: string };
