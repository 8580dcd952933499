// Where glossary terms are used. Every written form of each headword (its expanded
// forms and, in Welsh, their mutations) is indexed by first word, then the document
// is scanned once, word by word.

import type { LineIndex } from '../text/lineIndex';
import { scanWords, wordKeys } from '../text/words';
import type { Lang, Range } from '../types';
import { mutatedForms, softMutation, STOP_WORDS, type Mutation } from '../welsh/mutations';
import type { NosDocument } from './types';

export type Inflection = Mutation | 'plural';

export interface TermVariant {
  /** Index of the glossary entry. */
  entry: number;
  words: string[];
  /**
   * Per word, its soft mutation where that is also written (later words of Welsh
   * terms); null where only `words` matches. One variant stands for every choice of
   * radical or soft later words, so that their number stays linear in the words.
   */
  softened: ReadonlyArray<string | null> | null;
  /** The expanded headword form this variant was made from. */
  form: string;
  inflection: Inflection;
}

export interface TermOccurrence {
  entry: number;
  range: Range;
  /** The words as written in the document. */
  written: string;
  variant: TermVariant;
}

const MIN_MUTATED_LENGTH = 3;

export function englishPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  return /(s|x|z|ch|sh)$/.test(word) ? word + 'es' : word + 's';
}

/** All written forms of one expanded headword form. */
function variantsOf(entry: number, form: string, lang: Lang): TermVariant[] {
  const words = wordKeys(form);
  if (words.length === 0) return [];
  if (lang === 'en') {
    const plural = words.slice(0, -1);
    plural.push(englishPlural(words[words.length - 1]));
    return [
      { entry, words, softened: null, form, inflection: 'radical' },
      { entry, words: plural, softened: null, form, inflection: 'plural' },
    ];
  }
  // Later words may take the soft mutation (adjectives after feminine nouns).
  const softened = words.map((word, i) => {
    const soft = i > 0 ? softMutation(word) : null;
    return soft && soft !== word ? soft : null;
  });
  const anySoft = softened.some((soft) => soft !== null);
  const variants: TermVariant[] = [];
  for (const { form: first, mutation } of mutatedForms(words[0])) {
    if (mutation !== 'radical' && words.length === 1 && (first.length < MIN_MUTATED_LENGTH || STOP_WORDS.has(first))) {
      continue;
    }
    const written = mutation === 'radical' ? words : [first, ...words.slice(1)];
    variants.push({ entry, words: written, softened: anySoft ? softened : null, form, inflection: mutation });
  }
  return variants;
}

/** Whether `variant` is written at keys[at..]; 'soft' when a radical term matched with a softened later word. */
function matchAt(variant: TermVariant, keys: readonly string[], at: number): Inflection | null {
  const { words, softened } = variant;
  if (at + words.length > keys.length) return null;
  let soft = false;
  for (let k = 0; k < words.length; k++) {
    const key = keys[at + k];
    if (key === words[k]) continue;
    if (softened?.[k] !== key) return null;
    soft = true;
  }
  return soft && variant.inflection === 'radical' ? 'soft' : variant.inflection;
}

export class TermIndex {
  private readonly byFirstWord = new Map<string, TermVariant[]>();

  constructor(terms: ReadonlyArray<{ readonly forms: readonly string[] }>, lang: Lang) {
    terms.forEach((term, entry) => {
      for (const form of term.forms) {
        for (const variant of variantsOf(entry, form, lang)) {
          const list = this.byFirstWord.get(variant.words[0]);
          if (list) list.push(variant);
          else this.byFirstWord.set(variant.words[0], [variant]);
        }
      }
    });
    // Longest variants first, so "gofynion cyfreithiol" beats "gofynion".
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  get isEmpty(): boolean {
    return this.byFirstWord.size === 0;
  }

  /** How many written forms the index holds: linear in the words of the headwords. */
  get variantCount(): number {
    let count = 0;
    for (const list of this.byFirstWord.values()) count += list.length;
    return count;
  }

  /** Occurrences in one line of text. */
  scanLine(lines: LineIndex, line: number, found: TermOccurrence[]): void {
    const text = lines.lineText(line);
    let matches = this.known.get(text);
    if (!matches) {
      matches = this.match(text);
      if (this.known.size >= MAX_KNOWN_LINES) this.known.clear();
      // A sliced line would keep its whole document alive; key by a copy of its own.
      this.known.set((text + ' ').slice(0, -1), matches);
    }
    for (const { start, end, variant } of matches) {
      found.push({
        entry: variant.entry,
        range: lines.span(line, start, end),
        written: text.slice(start, end),
        variant,
      });
    }
  }

  // Between keystrokes almost every line is the same: remember what each line holds.
  private readonly known = new Map<string, LineMatch[]>();

  private match(text: string): LineMatch[] {
    const { keys, starts, ends } = scanWords(text);
    const matches: LineMatch[] = [];
    for (let i = 0; i < keys.length; i++) {
      const candidates = this.byFirstWord.get(keys[i]);
      if (!candidates) continue;
      let variant: TermVariant | null = null;
      for (const candidate of candidates) {
        const inflection = matchAt(candidate, keys, i);
        if (inflection === null) continue;
        variant = inflection === candidate.inflection ? candidate : { ...candidate, inflection };
        break;
      }
      if (!variant) continue;
      const last = i + variant.words.length - 1;
      matches.push({ start: starts[i], end: ends[last], variant });
      i = last;
    }
    return matches;
  }
}

interface LineMatch {
  start: number;
  end: number;
  variant: TermVariant;
}

const MAX_KNOWN_LINES = 50_000;

/** Names what a term index is built from: the language and every headword's forms. */
export function termIndexKey(doc: NosDocument): string {
  return doc.language + '\u0000' + doc.glossary.map((g) => g.forms.join('\u0001')).join('\u0000');
}

/**
 * Lines whose words count as uses: everything but the glossary, metadata and footers, and the
 * catalogue's headings and lead-ins ("Meini prawf perfformiad" uses no term "Maen").
 */
function bodyLines(doc: NosDocument): Uint8Array {
  const excluded = new Uint8Array(doc.lines.lineCount);
  for (const section of doc.sections) {
    if (section.id === 'glossary') excluded.fill(1, section.firstLine, section.lastLine + 1);
    if (section.heading) excluded[section.heading.line] = 1;
    for (const leadIn of section.leadIns) excluded[leadIn.line] = 1;
  }
  for (const field of doc.fields) excluded.fill(1, field.line, field.lastLine + 1);
  for (const line of doc.noiseLines) excluded[line] = 1;
  return excluded;
}

/**
 * Occurrences of glossary terms outside the glossary. With `untilAllUsed`, stops as
 * soon as every term has been seen once (enough to find orphans).
 */
export function findTermUsage(doc: NosDocument, index: TermIndex, untilAllUsed = false): TermOccurrence[] {
  const found: TermOccurrence[] = [];
  if (doc.glossary.length === 0) return found;
  const excluded = bodyLines(doc);
  const unseen = new Set(doc.glossary.map((_, i) => i));
  for (let line = 0; line < doc.lines.lineCount; line++) {
    if (excluded[line]) continue;
    const before = found.length;
    index.scanLine(doc.lines, line, found);
    if (!untilAllUsed) continue;
    for (let k = before; k < found.length; k++) unseen.delete(found[k].entry);
    if (unseen.size === 0) break;
  }
  return found;
}
