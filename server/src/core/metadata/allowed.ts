// The values the database allows in its choice fields (nos-format.md §6.3), in both
// languages, with the spellings real exports also carry. Data and one lookup, shared by
// metadata-value and the suite checks that compare twins.

import { distance } from 'fastest-levenshtein';
import type { FieldId } from '../catalogue';
import type { Lang } from '../types';

export interface AllowedValue {
  /** What the value means, the same in both languages (`current` for Current and Ar hyn o bryd). */
  meaning: string;
  /** The printed form in each language; the format knows no Welsh for some values, which are then printed in English. */
  printed: Readonly<Record<Lang, string>>;
  /** Other spellings seen in real documents, read as this value. */
  also?: readonly string[];
}

export const CHOICES: Readonly<Partial<Record<FieldId, readonly AllowedValue[]>>> = {
  validity: [
    { meaning: 'current', printed: { en: 'Current', cy: 'Ar hyn o bryd' } },
    { meaning: 'legacy', printed: { en: 'Legacy', cy: 'Legacy' } },
  ],
  status: [
    { meaning: 'original', printed: { en: 'Original', cy: 'Gwreiddiol' } },
    { meaning: 'tailored', printed: { en: 'Tailored', cy: 'Tailored' } },
    { meaning: 'imported', printed: { en: 'Imported', cy: 'Imported' } },
  ],
  'nos-category': [
    { meaning: 'core', printed: { en: 'Core', cy: 'Core' } },
    { meaning: 'generic', printed: { en: 'Generic', cy: 'Generic' } },
    { meaning: 'job-specific', printed: { en: 'Job-specific', cy: 'Job-specific' }, also: ['JobSpecific', 'Job Specific'] },
  ],
};

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Every form a choice is read in: its printed forms in both languages and the others seen. */
function forms(choice: AllowedValue): string[] {
  return [choice.printed.en, choice.printed.cy, ...(choice.also ?? [])].map(key);
}

/** The allowed value `text` is, compared without case or extra spaces; null when none. */
export function allowedValue(field: FieldId, text: string): AllowedValue | null {
  const wanted = key(text);
  return CHOICES[field]?.find((choice) => forms(choice).includes(wanted)) ?? null;
}

/**
 * The printed form nearest to a misspelt value (at most two edits, and fewer than a third of
 * its length), in the language of the form it is nearest to; null when none is that near.
 */
export function nearestValue(field: FieldId, text: string): string | null {
  const wanted = key(text);
  let best: { printed: string; edits: number } | null = null;
  for (const choice of CHOICES[field] ?? []) {
    for (const lang of ['en', 'cy'] as const) {
      const printed = choice.printed[lang];
      const edits = distance(wanted, key(printed));
      if (edits <= Math.min(2, Math.floor(printed.length / 3)) && (!best || edits < best.edits)) best = { printed, edits };
    }
  }
  return best?.printed ?? null;
}
