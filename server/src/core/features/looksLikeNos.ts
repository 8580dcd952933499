// Whether a plain text file reads like a NOS, so the editor can offer to check it:
// headings or lead-ins of two required sections, in either language.

import { sectionSpec } from '../catalogue';
import { parse } from '../model/parse';
import type { Lang } from '../types';

/** Text enough to tell: a NOS has its required sections within its first pages. */
const SAMPLE = 50_000;

/** The language of a text that looks like a NOS, or null if it does not. */
export function looksLikeNos(text: string): Lang | null {
  const doc = parse(text.slice(0, SAMPLE));
  const required = new Set(doc.sections.filter((s) => sectionSpec(s.id).obligation === 'required').map((s) => s.id));
  return required.size >= 2 ? doc.language : null;
}
