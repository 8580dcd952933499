// Welsh initial consonant mutations (written forms), generated forward from a
// radical so that the ambiguities of de-mutation (soft f from b or m) never arise.

export type Mutation = 'radical' | 'soft' | 'nasal' | 'aspirate' | 'h-prosthesis';

export interface MutatedForm {
  form: string;
  mutation: Mutation;
}

/** Radical initial → [soft, nasal, aspirate]; null where the mutation does not apply. */
const TABLE: ReadonlyArray<[string, string | null, string | null, string | null]> = [
  // Digraphs first: ll and rh mutate as units; ch dd ff ng ph th never mutate.
  ['ll', 'l', null, null],
  ['rh', 'r', null, null],
  ['ch', null, null, null],
  ['dd', null, null, null],
  ['ff', null, null, null],
  ['ng', null, null, null],
  ['ph', null, null, null],
  ['th', null, null, null],
  ['p', 'b', 'mh', 'ph'],
  ['t', 'd', 'nh', 'th'],
  ['c', 'g', 'ngh', 'ch'],
  ['b', 'f', 'm', null],
  ['d', 'dd', 'n', null],
  ['g', '', 'ng', null],
  ['m', 'f', null, null],
];

const VOWEL_START = /^[aeiouwyâêîôûŵŷàèìòùẁỳáéíóúẃýäëïöüẅÿ]/;

/**
 * The soft mutation of a lower-case word, or null if its initial does not mutate.
 * Used for later words of multi-word terms ("gweithdrefn gwyno").
 */
export function softMutation(word: string): string | null {
  return mutateWith(word, 1);
}

function mutateWith(word: string, column: 1 | 2 | 3): string | null {
  for (const row of TABLE) {
    if (word.startsWith(row[0])) {
      const replacement = row[column];
      return replacement === null ? null : replacement + word.slice(row[0].length);
    }
  }
  return null;
}

/** Every written form of a lower-case word: radical, soft, nasal, aspirate, h-. */
export function mutatedForms(word: string): MutatedForm[] {
  const forms: MutatedForm[] = [{ form: word, mutation: 'radical' }];
  const kinds: Array<[1 | 2 | 3, Mutation]> = [
    [1, 'soft'],
    [2, 'nasal'],
    [3, 'aspirate'],
  ];
  for (const [column, mutation] of kinds) {
    const form = mutateWith(word, column);
    if (form !== null && form !== word) forms.push({ form, mutation });
  }
  if (VOWEL_START.test(word)) forms.push({ form: 'h' + word, mutation: 'h-prosthesis' });
  return forms;
}

/**
 * The radicals a lower-case word may be a mutated form of ("wasanaeth" → "gwasanaeth",
 * "nghwsmer" → "cwsmer", "hawdurdod" → "awdurdod"): read backwards off the same table,
 * so ambiguous ones give every candidate (soft "f" → "b" and "m"). For a dictionary to
 * accept a word whose radical it knows; the word itself is not among them.
 */
export function radicalCandidates(word: string): string[] {
  const found = new Set<string>();
  for (const row of TABLE) {
    for (const column of [1, 2, 3] as const) {
      const mutated = row[column];
      // The soft mutation of g drops it: any word may have lost a g.
      if (mutated === '') found.add(row[0] + word);
      else if (mutated && word.startsWith(mutated)) found.add(row[0] + word.slice(mutated.length));
    }
  }
  if (/^h/.test(word) && VOWEL_START.test(word.slice(1))) found.add(word.slice(1));
  found.delete(word);
  return [...found];
}

/**
 * Function words a generated (mutated) form must not collide with: aspirate "ci"
 * would read as "chi", and so on.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a ac ar at am o i y yr yn ei eu ein mae wedi fel gan dan â na ni chi hi fe fo ef'.split(' '),
);
