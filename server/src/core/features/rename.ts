// Renaming a glossary term: the headword and every use change together. Each use keeps
// what the writer did to the headword: its Welsh mutations word by word (gwsmeriaid →
// gleientiaid, nghwsmeriaid → nghleientiaid), its plural ("customers" for
// "Customer(s)"), its capitals, and the markup between its words.

import { expandHeadword } from '../model/glossary';
import { englishPlural, type TermOccurrence } from '../model/termUsage';
import type { NosDocument } from '../model/types';
import { RENAME } from '../messages/features';
import { scanWords, wordKeys } from '../text/words';
import type { Lang, Position, Range, TextEdit } from '../types';
import { mutatedForms, type Mutation } from '../welsh/mutations';
import { termAt } from './terms';

export interface RenamePlace {
  /** The headword or use under the cursor. */
  range: Range;
  /** What the rename starts from: the headword as written, "Cwsmer(iaid)". */
  placeholder: string;
}

/** A rename that cannot be made, with the reason in the language asked for (the document's by default). */
export interface RenameRefusal {
  refusal: string;
}

export function prepareTermRename(doc: NosDocument, at: Position, termUses: () => TermOccurrence[], says: Lang = doc.language): RenamePlace | RenameRefusal {
  const term = termAt(doc, at, termUses);
  if (!term) return { refusal: RENAME.notOnTerm[says] };
  return { range: term.range, placeholder: doc.glossary[term.entry].term };
}

/** Edits that rename the term at a position to `newName`, a headword as the glossary would give it. */
export function renameTerm(
  doc: NosDocument,
  at: Position,
  newName: string,
  termUses: () => TermOccurrence[],
  says: Lang = doc.language,
): { edits: TextEdit[] } | RenameRefusal {
  const lang = doc.language;
  const term = termAt(doc, at, termUses);
  if (!term) return { refusal: RENAME.notOnTerm[says] };
  const name = newName.trim();
  // Markup, a colon or a spaced dash would change how the glossary line reads.
  if (!/^[^\n\r:*_]+$/.test(name) || /\s[-–—]/.test(name) || wordKeys(name).length === 0) {
    return { refusal: RENAME.badName[says]({ name }) };
  }

  const oldForms = doc.glossary[term.entry].forms;
  const newForms = expandHeadword(name);
  const other = doc.glossary.find((g, i) => i !== term.entry && g.forms.some((f) => newForms.includes(f)));
  if (other) return { refusal: RENAME.taken[says]({ name, term: other.term }) };
  const acronyms = new Set(name.split(/\s+/).filter(isAcronym).map((w) => w.toLowerCase()));
  // Uses in capitals are shouted, unless the headword itself is written so ("NHS").
  const capitalHeadword = isAcronym(letters(doc.glossary[term.entry].term));
  const edits: TextEdit[] = [{ range: doc.glossary[term.entry].termRange, newText: name }];
  // A term is written the same few ways hundreds of times: work each way out once.
  const renamed = new Map<string, string>();
  for (const use of termUses()) {
    if (use.entry !== term.entry) continue;
    const key = `${use.variant.form}\u0000${use.variant.inflection}\u0000${use.written}`;
    let newText = renamed.get(key);
    if (newText === undefined) {
      const { slot, plural } = slotOf(oldForms, use);
      const form = targetForm(oldForms.length, newForms, slot, plural, lang === 'en');
      if (form === null) return { refusal: RENAME.needsPlural[says] };
      const shouted = !capitalHeadword && isAcronym(letters(use.written));
      newText = spliceWords(use.written, withCase(mutateLike(use, form), use.written, shouted, acronyms));
      renamed.set(key, newText);
    }
    edits.push({ range: use.range, newText });
  }
  return { edits };
}

/**
 * Which of the headword's forms a use is written in, and whether it is that form's
 * English plural. "customers" is read as the form "customers" of "Customer(s)", not
 * as the plural of "customer", so that it becomes "children" for "Child(ren)".
 */
function slotOf(oldForms: readonly string[], use: TermOccurrence): { slot: number; plural: boolean } {
  const slot = Math.max(0, oldForms.indexOf(use.variant.form));
  if (use.variant.inflection !== 'plural') return { slot, plural: false };
  const asForm = oldForms.indexOf(pluralOf(oldForms[slot]));
  return asForm >= 0 ? { slot: asForm, plural: false } : { slot, plural: true };
}

/**
 * The new headword form a use takes. The forms of a headword are its singular and,
 * from brackets, its plural ("Customer(s)", "Cwsmer(iaid)"); null when a plural is
 * needed that the new name does not give and cannot be made (Welsh plurals).
 */
function targetForm(oldCount: number, newForms: string[], slot: number, plural: boolean, english: boolean): string | null {
  if (newForms.length === oldCount) return plural ? pluralOf(newForms[slot]) : newForms[slot];
  if (slot === 0) return plural ? newForms[1] ?? pluralOf(newForms[0]) : newForms[0];
  return english ? pluralOf(newForms[0]) : null;
}

function pluralOf(form: string): string {
  const space = form.lastIndexOf(' ');
  return form.slice(0, space + 1) + englishPlural(form.slice(space + 1));
}

/** The mutation each written word of a use carries, against the headword form it was made from. */
function mutationsOf(use: TermOccurrence): Mutation[] {
  const radical = wordKeys(use.variant.form);
  return wordKeys(use.written).map((written, i) => {
    const word = radical[i];
    if (word === undefined || written === word) return 'radical';
    return mutatedForms(word).find((f) => f.form === written)?.mutation ?? 'radical';
  });
}

/** The new form with the use's mutations applied word by word; a word whose initial does not take one stays radical. */
function mutateLike(use: TermOccurrence, form: string): string {
  const mutations = mutationsOf(use);
  if (mutations.every((m) => m === 'radical')) return form;
  const { starts, ends } = scanWords(form);
  let out = '';
  let from = 0;
  starts.forEach((start, i) => {
    const word = form.slice(start, ends[i]);
    const mutation = mutations[i] ?? 'radical';
    const mutated = mutation === 'radical' ? word : mutatedForms(word).find((f) => f.mutation === mutation)?.form ?? word;
    out += form.slice(from, start) + mutated;
    from = ends[i];
  });
  return out + form.slice(from);
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function letters(text: string): string {
  return text.replace(/[^\p{L}]/gu, '');
}

/** Capitals as the writer used them: all capitals, a capital first letter, or none; acronyms of the new name stay. */
function withCase(form: string, written: string, shouted: boolean, acronyms: ReadonlySet<string>): string {
  if (shouted) return form.toUpperCase();
  const { starts, ends } = scanWords(form);
  let out = form;
  starts.forEach((start, i) => {
    const word = form.slice(start, ends[i]);
    if (acronyms.has(word)) out = out.slice(0, start) + word.toUpperCase() + out.slice(ends[i]);
  });
  const first = written.search(/\p{L}/u);
  if (first >= 0 && written[first] !== written[first].toLowerCase()) {
    const at = out.search(/\p{L}/u);
    if (at >= 0) out = out.slice(0, at) + out[at].toUpperCase() + out.slice(at + 1);
  }
  return out;
}

/**
 * The written use with its words replaced by the new ones, keeping what lies between
 * them ("gofynion *cyfreithiol*"); when the number of words changes, the new form whole.
 */
function spliceWords(written: string, replacement: string): string {
  const old = scanWords(written);
  const next = scanWords(replacement);
  if (old.starts.length !== next.starts.length) return replacement;
  let out = '';
  let from = 0;
  old.starts.forEach((start, i) => {
    out += written.slice(from, start) + replacement.slice(next.starts[i], next.ends[i]);
    from = old.ends[i];
  });
  return out + written.slice(from);
}
