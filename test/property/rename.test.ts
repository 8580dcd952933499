// Property: renaming a glossary term keeps each use's inflection, in both directions.
// A Welsh draft uses a term in every mutation its initial takes; renamed to a word
// whose initial takes the same mutations, each use carries the new word in the same
// mutation, and renaming back gives the original text. English: singular and plural
// uses, with and without the plural in brackets.

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyEdits, createNosService, type Position } from '../../server/src/core';
import { englishPlural } from '../../server/src/core/model/termUsage';
import { mutatedForms, type Mutation } from '../../server/src/core/welsh/mutations';
import { property } from './config';

/** Initials that take the same mutations, and those mutations. */
const CLASSES: ReadonlyArray<{ initials: string[]; mutations: Mutation[] }> = [
  { initials: ['p', 't', 'c'], mutations: ['soft', 'nasal', 'aspirate'] },
  { initials: ['b', 'd', 'g'], mutations: ['soft', 'nasal'] },
  { initials: ['m', 'll', 'rh'], mutations: ['soft'] },
  { initials: ['a', 'e', 'o', 'y'], mutations: ['h-prosthesis'] },
];

/** The rest of a word: letters that start no digraph with the initial and are not the filler's. */
const rest = fc.array(fc.constantFrom(...'aeiouwylnrst'.split('')), { minLength: 3, maxLength: 7 }).map((cs) => cs.join(''));

function word(initials: string[]): fc.Arbitrary<string> {
  // A vowel after the initial keeps "ll"+"l", "g"+"w" and the like from forming new digraphs or stop words.
  return fc.tuple(fc.constantFrom(...initials), fc.constantFrom('a', 'e', 'o'), rest).map(([i, v, r]) => i + v + r);
}

const pair = fc.constantFrom(...CLASSES).chain((cls) =>
  fc.tuple(fc.constant(cls), word(cls.initials), word(cls.initials)).filter(([, a, b]) => a !== b),
);

function form(word: string, mutation: Mutation): string {
  return mutation === 'radical' ? word : mutatedForms(word).find((f) => f.mutation === mutation)!.form;
}

const capital = (s: string): string => s[0].toUpperCase() + s.slice(1);

/** A Welsh draft using `term` once in each mutation, then capitalised; its glossary entry last. */
function welshDraft(term: string, mutations: Mutation[]): string {
  const uses = (['radical', ...mutations] as Mutation[]).map((m) => `- fy ${form(term, m)} yn dda`);
  const capitals = mutations.map((m) => `${capital(form(term, m))} ar y dde.`);
  return ['Trosolwg', ...capitals, 'Meini prawf perfformiad', ...uses, 'Geirfa', `${capital(term)}: diffiniad`].join('\n');
}

function rename(text: string, at: Position, newName: string): string {
  const service = createNosService();
  const result = service.rename(service.analyse(text), at, newName);
  if ('refusal' in result) throw new Error(result.refusal);
  return applyEdits(text, result.edits);
}

const headword = (text: string): Position => ({ line: text.split('\n').length - 1, character: 1 });

describe('property: rename keeps inflections', () => {
  property('Welsh: each mutation maps onto the new word’s, and back', 200, () =>
    fc.property(pair, ([cls, a, b]) => {
      const text = welshDraft(a, cls.mutations);
      const renamed = rename(text, headword(text), capital(b));
      assert.equal(renamed, welshDraft(b, cls.mutations));
      assert.equal(rename(renamed, headword(renamed), capital(a)), text);
    }),
  );

  property('Welsh: a rename from a mutated use is the rename from the headword', 100, () =>
    fc.property(pair, fc.nat(), ([cls, a, b], pick) => {
      const text = welshDraft(a, cls.mutations);
      const mutation = cls.mutations[pick % cls.mutations.length];
      const line = text.split('\n').indexOf(`- fy ${form(a, mutation)} yn dda`);
      assert.equal(rename(text, { line, character: 6 }, capital(b)), welshDraft(b, cls.mutations));
    }),
  );

  const english = fc
    .tuple(rest, rest, fc.boolean(), fc.boolean())
    .map(([a, b, bracketedA, bracketedB]) => ({ a: 'k' + a, b: 'v' + b, bracketedA, bracketedB }))
    .filter(({ a, b }) => a !== b);

  function englishDraft(term: string, bracketed: boolean): string {
    const plural = englishPlural(term);
    // "Kelt(s)", "Kary(karies)" (a whole word in brackets), or no plural given: "Kelt".
    const brackets = plural.startsWith(term) ? plural.slice(term.length) : plural;
    const head = bracketed ? `${capital(term)}(${brackets})` : capital(term);
    return ['Overview', `One ${term} and two ${plural}.`, 'Performance criteria', `1. help ${plural}`, `2. greet the ${term}`,
      'Glossary', `${head}: a definition`].join('\n');
  }

  property('English: singular and plural uses follow the headword, and back', 200, () =>
    fc.property(english, ({ a, b, bracketedA, bracketedB }) => {
      const text = englishDraft(a, bracketedA);
      const head = text.split('\n').at(-1)!.split(':')[0];
      const newHead = englishDraft(b, bracketedB).split('\n').at(-1)!.split(':')[0];
      const renamed = rename(text, headword(text), newHead);
      assert.equal(renamed, englishDraft(b, bracketedB));
      assert.equal(rename(renamed, headword(renamed), head), text);
    }),
  );
});
