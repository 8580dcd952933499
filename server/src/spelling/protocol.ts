// The messages between the server (or the CLI) and a spelling worker: one worker per
// language, given the words it has not seen, answering first whether each is spelt right,
// then with suggestions for those that are not (these take far longer).

export interface CheckRequest {
  check: string[];
  /** Whether to suggest words for those not known (the CLI shows no suggestions). */
  suggest: boolean;
}

export type WorkerAnswer =
  | { checked: Array<[word: string, correct: boolean]> }
  | { suggested: Array<[word: string, suggestions: string[]]> }
  | { failed: string };
