// Near misses of metadata labels ("Cyfes/Set" for "Cyfres/Set"), looked for only on
// lines of the metadata block that match no label exactly.

import { distance } from 'fastest-levenshtein';
import { FIELDS, type FieldId } from '../catalogue';
import { blankAsSeen, INVISIBLE_CLASS, labelKey, trimEndOf, withoutInvisibles } from '../text/normalise';
import type { Lang } from '../types';

interface Candidate {
  key: string;
  id: FieldId;
  lang: Lang;
  words: number;
}

const candidates: Candidate[] = FIELDS.flatMap((field) =>
  (['en', 'cy'] as const).flatMap((lang) =>
    field.labels[lang].map((label) => {
      const key = labelKey(label);
      return { key, id: field.id, lang, words: key.split(' ').length };
    }),
  ),
);
const MAX_WORDS = candidates.reduce((most, c) => Math.max(most, c.words), 0);

/** Edits allowed for a label of this length: short labels must match exactly. */
function tolerance(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

export interface NearLabel {
  field: FieldId;
  lang: Lang;
  /** Offsets in the line of the label as written and of the value after it. */
  start: number;
  end: number;
  valueStart: number;
}

/** Colons and invisible characters at the end of a label's last word: not the label's. */
const AFTER_LABEL = new RegExp(`[:${INVISIBLE_CLASS}]`, 'u');
const BEFORE_VALUE = new RegExp(`^[:\\s${INVISIBLE_CLASS}]+`, 'u');
const LEADING_INVISIBLES = new RegExp(`^[${INVISIBLE_CLASS}]*`, 'u');

/**
 * The label a line starts with, misspelt, read as a reader sees it: invisible characters
 * are no word and no letter of one, or taking them out would make a line a label.
 */
export function nearLabel(text: string): NearLabel | null {
  const tokens = [...text.matchAll(/\S+/g)].filter((token) => !blankAsSeen(token[0]));
  let best: (NearLabel & { cost: number }) | null = null;
  for (let n = 1; n <= Math.min(MAX_WORDS, tokens.length); n++) {
    const last = tokens[n - 1];
    const start = tokens[0].index! + LEADING_INVISIBLES.exec(tokens[0][0])![0].length;
    const end = last.index! + trimEndOf(last[0], AFTER_LABEL).length;
    const key = labelKey(withoutInvisibles(text.slice(start, end)));
    for (const candidate of candidates) {
      if (candidate.words !== n) continue;
      const cost = distance(key, candidate.key);
      if (cost === 0 || cost > tolerance(candidate.key.length) || (best && best.cost <= cost)) continue;
      const rest = text.slice(end).replace(BEFORE_VALUE, '');
      best = { field: candidate.id, lang: candidate.lang, start, end, valueStart: text.length - rest.length, cost };
    }
  }
  return best;
}
