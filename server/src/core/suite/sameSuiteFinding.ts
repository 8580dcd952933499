// Equality of suite findings in everything a client sees, so that the index tells which
// files' findings a run of the suite rules changed without serialising them.

import { sameFinding } from '../sameFinding';
import { sameRange } from '../types';
import type { SuiteFinding, SuiteRelated } from './types';

const samePlace = (a: SuiteRelated, b: SuiteRelated) => a.uri === b.uri && a.message === b.message && sameRange(a.range, b.range);

function sameSuiteFinding(a: SuiteFinding, b: SuiteFinding): boolean {
  return a === b || (a.uri === b.uri && sameFinding(a, b) && a.related.length === b.related.length && a.related.every((place, i) => samePlace(place, b.related[i])));
}

export function sameSuiteFindings(a: readonly SuiteFinding[], b: readonly SuiteFinding[]): boolean {
  return a.length === b.length && a.every((finding, i) => sameSuiteFinding(finding, b[i]));
}
