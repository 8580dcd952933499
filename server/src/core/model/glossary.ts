// Glossary entries in the shapes drafts use: "Term: definition" on one line, or the
// term on a line of its own followed by its definition paragraph.

import type { LineIndex } from '../text/lineIndex';
import { startsLowerCase, trimEndOf } from '../text/normalise';
import type { GlossaryEntry } from './types';

/** A bullet or emphasis before the term: "- **Customer**: ...". */
const LEAD = /^[\s\u00a0]*(?:[-–•*▪◦·][ \t\u00a0]+)?[*_]*/;
/** A term followed by a colon or a spaced dash, then the definition. */
const INLINE = /^([^:–—]{1,80}?)[*_]*[ \t\u00a0]*(?::|[ \t\u00a0][-–—])[ \t\u00a0]*(.*)$/;
const MAX_TERM_WORDS = 8;
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
 * Expands optional parts of a headword: "Cwsmer(iaid)" → cwsmer, cwsmeriaid;
 * "Cydweithiwr(cydweithwyr)" → cydweithiwr, cydweithwyr; "Customer(s)" → customer,
 * customers. A bracketed whole word (sharing the first three letters) replaces
 * the word; anything else is a suffix.
 */
export function expandHeadword(term: string): string[] {
  const lower = term.toLowerCase().replace(/\s+/g, ' ').trim();
  const match = /([\p{L}\p{M}'’-]+)\s?\(([\p{L}\p{M}'’-]+)\)/u.exec(lower);
  if (!match) return [lower];
  const [whole, word, inner] = match;
  const alternative = inner.slice(0, 3) === word.slice(0, 3) && inner.length > 3 ? inner : word + inner;
  const before = lower.slice(0, match.index);
  const after = lower.slice(match.index + whole.length);
  return [...new Set([before + word + after, before + alternative + after].map((f) => f.trim()))];
}

/** `expand` is expandHeadword or a remembering version of it. */
export function parseGlossary(lines: LineIndex, contentLines: number[], expand: (term: string) => string[] = expandHeadword): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let current: GlossaryEntry | null = null;

  const extend = (entry: GlossaryEntry, line: number, text: string, from: number) => {
    const part = text.slice(from).trim();
    entry.definition = entry.definition ? `${entry.definition} ${part}` : part;
    entry.lastLine = line;
    entry.range = lines.linesRange(entry.line, line);
  };

  for (const line of contentLines) {
    const text = lines.lineText(line);
    const lead = LEAD.exec(text)![0].length;
    const body = text.slice(lead);
    const inline = INLINE.exec(body);
    const termText = inline ? inline[1].trim() : trimEndOf(body, /[*_\s]/);
    const isInline = inline !== null && wordCount(inline[1]) <= MAX_TERM_WORDS && inline[2] !== '';
    const startsDefinition = current !== null && current.definition === '' && startsLowerCase(body);

    if (isInline || (!startsDefinition && isTermLine(body))) {
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
      if (isInline) extend(current, line, body, body.length - inline![2].length);
    } else if (current) {
      extend(current, line, text, 0);
    }
  }
  return entries;
}
