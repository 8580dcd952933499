// How far apart a word and the word it may be a slip of are, as a typist slips.

/** Whether `a` is `b` with two letters next to each other swapped ("pergyl", "perygl"): a slip of one key, two edits apart. */
export function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at + 1 < a.length && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}
