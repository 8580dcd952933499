// Glossary entries in the shapes drafts use: "Term: definition" on one line, or the
// term on a line of its own followed by its definition paragraph.

import type { LineIndex } from '../text/lineIndex';
import type { Lang } from '../types';
import { endsSentence, startsLowerCase, trimEndOf } from '../text/normalise';
import type { Draft } from './draft';
import type { GlossaryEntry } from './types';

/** A bullet or emphasis before the term: "- **Customer**: ...". */
const LEAD = /^[\s\u00a0]*(?:[-–•*▪◦·][ \t\u00a0]+)?[*_]*/;
/** A term followed by a colon or a spaced dash, then the definition (running on over U+2028 and U+2029: "s"). */
const INLINE = /^([^:–—]{1,80}?)[*_]*[ \t\u00a0]*(?::|[ \t\u00a0][-–—])[ \t\u00a0]*(.*)$/s;
const MAX_TERM_WORDS = 8;
/** Sentence punctuation inside a phrase, which no headword has. */
const SENTENCE_BREAK = /[.!?][\s"'’”)]/;
/** As for a term before a colon (INLINE): longer lines are no headword. */
const MAX_TERM_LENGTH = 80;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A line that can only be a headword: short and without sentence punctuation. */
function isTermLine(text: string): boolean {
  return text.length <= MAX_TERM_LENGTH && wordCount(text) <= 6 && !/[.,;:!?]\s*[*_]*$/.test(text) && !/[,;]/.test(text);
}

/**
 * A bracket after a space that starts with a capital: the term's abbreviation or another
 * name for it ("Personal protective equipment (PPE)", "Fishbone (Ishikawa) diagram"),
 * never an optional ending, which is lower-case and follows the word.
 */
const ABBREVIATION = /\s\(\p{Lu}[^()]*\)/gu;

/** The headword without its abbreviations in brackets. */
export function withoutAbbreviations(term: string): string {
  return term.replace(ABBREVIATION, '');
}

/** A lower-case bracket after a space, ending the headword. */
const SPACED_BRACKET = /^(.*?\S)\s+\((\p{Ll}[^()]*)\)\s*$/u;

/**
 * A headword's other form in brackets after a space, as Welsh typography writes it: the
 * whole term again ("Person ifanc (pobl ifanc)"), or a whole word sharing the first three
 * letters of the word before ("Ymarferydd (ymarferwyr)"). Returns the headword before the
 * bracket and that form; null for anything else ("Customer (s)" is an ending set apart).
 */
export function spacedForm(term: string): { head: string; form: string } | null {
  const match = SPACED_BRACKET.exec(withoutAbbreviations(term).trim());
  if (!match) return null;
  const [, head, inner] = match;
  const form = inner.trim();
  const headWords = head.split(/\s+/);
  const formWords = form.split(/\s+/);
  const last = headWords[headWords.length - 1].toLowerCase();
  const whole = formWords.length > 1 ? formWords.length === headWords.length : form.length > 3 && form.slice(0, 3) === last.slice(0, 3);
  return whole ? { head, form } : null;
}

/**
 * Expands optional parts of a headword: "Cwsmer(iaid)" → cwsmer, cwsmeriaid;
 * "Cydweithiwr(cydweithwyr)" → cydweithiwr, cydweithwyr; "Customer(s)" → customer,
 * customers. A bracketed whole word (sharing the first three letters) replaces
 * the word; anything else is a suffix.
 */
export function expandHeadword(term: string): string[] {
  const spaced = spacedForm(term);
  if (spaced && /\s/.test(spaced.form)) return [...new Set([spaced.head, spaced.form].map((f) => f.toLowerCase().replace(/\s+/g, ' ')))];
  const lower = withoutAbbreviations(term).toLowerCase().replace(/\s+/g, ' ').trim();
  const match = /([\p{L}\p{M}'’-]+)\s?\(([\p{L}\p{M}'’-]+)\)/u.exec(lower);
  if (!match) return [lower];
  const [whole, word, inner] = match;
  const alternative = inner.slice(0, 3) === word.slice(0, 3) && inner.length > 3 ? inner : word + inner;
  const before = lower.slice(0, match.index);
  const after = lower.slice(match.index + whole.length);
  return [...new Set([before + word + after, before + alternative + after].map((f) => f.trim()))];
}

/**
 * The keys by which two headwords name one term: their forms, and in English each form's
 * plural or singular in "s" ("Non-conforming products" after "Non-conforming product").
 */
export function termKeys(forms: readonly string[], lang: Lang): string[] {
  if (lang !== 'en') return [...forms];
  return forms.flatMap((form) => [form, form.endsWith('s') ? form.slice(0, -1) : form + 's']);
}

/** `expand` is expandHeadword or a remembering version of it. */
export function parseGlossary(lines: LineIndex, contentLines: number[], expand: (term: string) => string[] = expandHeadword): GlossaryEntry[] {
  const entries: Draft<GlossaryEntry>[] = [];
  let current: Draft<GlossaryEntry> | null = null;
  /**
   * Whether the current definition is unfinished: its last line ends no sentence, or
   * leaves a bracket open (only that line's: a stray bracket must not swallow the
   * entries after it). Kept per line, as the joined definition grows.
   */
  let open = false;
  let brackets = 0;

  const extend = (entry: Draft<GlossaryEntry>, line: number, text: string, from: number) => {
    const part = text.slice(from).trim();
    entry.definition = entry.definition ? `${entry.definition} ${part}` : part;
    entry.lastLine = line;
    entry.range = lines.linesRange(entry.line, line);
    brackets = 0;
    for (let i = 0; i < part.length; i++) {
      const c = part.charCodeAt(i);
      if (c === 40) brackets++;
      else if (c === 41 && brackets > 0) brackets--;
    }
    open = brackets > 0 || !endsSentence(part);
  };

  for (const line of contentLines) {
    const text = lines.lineText(line);
    const lead = LEAD.exec(text)![0].length;
    const body = text.slice(lead);
    const inline = INLINE.exec(body);
    const termText = inline ? inline[1].trim() : trimEndOf(body, /[*_\s]/);
    // PDF text wraps a definition, sometimes around a page footer (which the parser
    // skips): a lower-case line, or any line inside brackets, carries an unfinished one on.
    const continues = current !== null && current.definition !== '' && open && (brackets > 0 || startsLowerCase(body));
    const isInline = !continues && inline !== null && wordCount(inline[1]) <= MAX_TERM_WORDS && inline[2] !== '' && !SENTENCE_BREAK.test(inline[1]);
    // A headword on its own line is followed by its definition, whatever its case.
    const startsDefinition = current !== null && current.definition === '';

    if (isInline || (!continues && !startsDefinition && isTermLine(body))) {
      const termStart = lead + body.indexOf(termText);
      current = {
        term: termText,
        termRange: lines.span(line, termStart, termStart + termText.length),
        forms: expand(termText),
        definition: '',
        range: lines.lineRange(line),
        line,
        lastLine: line,
      };
      entries.push(current);
      open = false;
      brackets = 0;
      if (isInline) extend(current, line, body, body.length - inline![2].length);
    } else if (current) {
      extend(current, line, text, 0);
    }
  }
  return entries;
}
