// Near misses of metadata labels ("Cyfes/Set" for "Cyfres/Set"), looked for only on
// lines of the metadata block that match no label exactly.

import { distance } from 'fastest-levenshtein';
import { FIELDS, type FieldId } from '../catalogue';
import { labelKey } from '../text/normalise';
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

export function nearLabel(text: string): NearLabel | null {
  const tokens = [...text.matchAll(/\S+/g)];
  let best: (NearLabel & { cost: number }) | null = null;
  for (let n = 1; n <= Math.min(MAX_WORDS, tokens.length); n++) {
    const last = tokens[n - 1];
    const start = tokens[0].index!;
    const end = last.index! + last[0].replace(/:$/, '').length;
    const key = labelKey(text.slice(start, end));
    for (const candidate of candidates) {
      if (candidate.words !== n) continue;
      const cost = distance(key, candidate.key);
      if (cost === 0 || cost > tolerance(candidate.key.length) || (best && best.cost <= cost)) continue;
      const rest = text.slice(end).replace(/^[:\s]+/, '');
      best = { field: candidate.id, lang: candidate.lang, start, end, valueStart: text.length - rest.length, cost };
    }
  }
  return best;
}
