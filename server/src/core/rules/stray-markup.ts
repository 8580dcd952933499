// S13: markup left over from conversions inside the text: emphasis ("**", "*text*",
// "__"), heading marks inside a line, table bars, HTML tags and entities. Markup the
// parser reads as structure (around headings, lead-ins, labels, the title, glossary
// terms, and wrapping a whole sub-heading) is not reported.

import { say, type Message } from '../messages/message';
import { Severity, type TextEdit } from '../types';
import { defineRule, type DocumentContext } from './rule';
import { lineSpan, outsideSpans, sectionSpans, span, type Span } from './spans';

export interface Markup {
  /** Offsets within the line of what is reported. */
  start: number;
  end: number;
  kind: 'emphasis' | 'heading' | 'table' | 'tag' | 'entity';
  /** Line-relative edits that take the markup out and keep the text. */
  edits: Array<{ start: number; end: number; newText: string }>;
}

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
};
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,200})?\/?>/y;
/** An HTML entity: "&amp;", "&#8217;", "&#x2019;". */
export const ENTITY_SOURCE = '&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});';
const ENTITY = new RegExp(ENTITY_SOURCE, 'y');
/** Tags that separate words: taking them out leaves a space between words. */
const BREAKING = /^<\/?(?:br|p|div|li|td|th|tr)\b/i;

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Edits taking out `start..end` of a standalone token, with the spaces on one side. */
function dropToken(text: string, start: number, end: number, from: number, to: number): Markup['edits'] {
  let s = start;
  let e = end;
  if (isSpace(text[start - 1]) && isSpace(text[end])) {
    if (start > from && /\s/.test(text[start - 1])) while (s > from && /[ \t]/.test(text[s - 1])) s--;
    else while (e < to && /[ \t]/.test(text[e])) e++;
  }
  return [{ start: s, end: e, newText: '' }];
}

function decode(body: string): string | null {
  if (body[0] !== '#') return ENTITIES[body] ?? null;
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!(code >= 0x20 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff) || (code >= 0x7f && code < 0xa0)) return null;
  return String.fromCodePoint(code);
}

interface Run {
  char: string;
  start: number;
  end: number;
}

/** Emphasis runs of "*" and "_"; a single "_" only where it cannot join a word ("snake_case"). */
function emphasisRuns(text: string, from: number, to: number): Run[] {
  const runs: Run[] = [];
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char !== '*' && char !== '_') continue;
    let end = i + 1;
    while (end < to && text[end] === char) end++;
    if (!(char === '_' && end - i === 1 && isWord(text[i - 1]) && isWord(text[end]))) runs.push({ char, start: i, end });
    i = end - 1;
  }
  return runs;
}

/** Pairs runs that open and close emphasis around text; unpaired runs of two or more stand alone. */
function emphasis(text: string, from: number, to: number): Markup[] {
  const found: Markup[] = [];
  const runs = emphasisRuns(text, from, to);
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const length = run.end - run.start;
    const next = runs[i + 1];
    const opens = !isSpace(text[run.end]);
    if (next && next.char === run.char && next.end - next.start === length && opens && !isSpace(text[next.start - 1])) {
      found.push({
        start: run.start, end: next.end, kind: 'emphasis',
        edits: [{ start: run.start, end: run.end, newText: '' }, { start: next.start, end: next.end, newText: '' }],
      });
      i++;
    } else if (length >= 2) {
      found.push({ start: run.start, end: run.end, kind: 'emphasis', edits: dropToken(text, run.start, run.end, from, to) });
    }
  }
  return found;
}

/** Heading marks ("## ") and table bars ("|") inside the span, tags and entities. */
function others(text: string, from: number, to: number): Markup[] {
  const found: Markup[] = [];
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '#') {
      let end = i + 1;
      while (end < to && text[end] === '#') end++;
      if (end - i <= 6 && isSpace(text[i - 1]) && isSpace(text[end])) {
        found.push({ start: i, end, kind: 'heading', edits: dropToken(text, i, end, from, to) });
      }
      i = end - 1;
    } else if (char === '|') {
      if (isSpace(text[i - 1]) && isSpace(text[i + 1])) found.push({ start: i, end: i + 1, kind: 'table', edits: dropToken(text, i, i + 1, from, to) });
    } else if (char === '<') {
      TAG.lastIndex = i;
      const tag = TAG.exec(text);
      if (tag && i + tag[0].length <= to) {
        const end = i + tag[0].length;
        const spaced = BREAKING.test(tag[0]) && !isSpace(text[i - 1]) && !isSpace(text[end]) && i > from && end < to;
        const edits = [{ start: i, end, newText: spaced ? ' ' : '' }];
        // An opening tag and its closing tag on the line are one finding: "<b>text</b>".
        const name = /^<([A-Za-z][A-Za-z0-9-]*)/.exec(tag[0])?.[1];
        const close = name ? text.indexOf(`</${name}>`, end) : -1;
        if (close >= 0 && close + name!.length + 3 <= to) {
          const closeEnd = close + name!.length + 3;
          edits.push({ start: close, end: closeEnd, newText: '' });
          found.push({ start: i, end: closeEnd, kind: 'tag', edits });
          i = closeEnd - 1;
        } else {
          found.push({ start: i, end, kind: 'tag', edits });
          i = end - 1;
        }
      }
    } else if (char === '&') {
      ENTITY.lastIndex = i;
      const entity = ENTITY.exec(text);
      const decoded = entity && i + entity[0].length <= to ? decode(entity[1]) : null;
      if (entity && decoded !== null) {
        const end = i + entity[0].length;
        found.push({ start: i, end, kind: 'entity', edits: [{ start: i, end, newText: decoded }] });
        i = end - 1;
      }
    }
  }
  return found;
}

const CANDIDATE = /[*_#|<&]/g;

/** Whether a character markup starts with (* _ # | < &) is in the span: most lines have none. */
function hasCandidate(text: string, from: number, to: number): boolean {
  CANDIDATE.lastIndex = from;
  const found = CANDIDATE.exec(text);
  return found !== null && found.index < to;
}

/** Markup in `text` between `from` and `to`, in order. */
export function findMarkup(text: string, from: number, to: number): Markup[] {
  if (!hasCandidate(text, from, to)) return [];
  return [...emphasis(text, from, to), ...others(text, from, to)].sort((a, b) => a.start - b.start);
}

type Written = { written: string };

const MESSAGES = {
  description: {
    en: 'No markup left inside the text: “**”, “*text*”, “__”, “#” inside a line, table bars, HTML tags and entities.',
    cy: "Dim marcio ar ôl y tu mewn i'r testun: “**”, “*testun*”, “__”, “#” y tu mewn i linell, barrau tabl, tagiau ac endidau HTML.",
  },
  emphasis: {
    en: ({ written }) => `Stray emphasis markup “${written}” in the text: NOS text is plain.`,
    cy: ({ written }) => `Mae marcio pwyslais “${written}” wedi'i adael yn y testun: testun plaen yw testun SGC.`,
  } satisfies Message<Written>,
  heading: {
    en: ({ written }) => `Stray heading mark “${written}” in the text: NOS text is plain.`,
    cy: ({ written }) => `Mae marc pennawd “${written}” wedi'i adael yn y testun: testun plaen yw testun SGC.`,
  } satisfies Message<Written>,
  table: {
    en: ({ written }) => `Stray table bar “${written}” in the text: NOS text is plain.`,
    cy: ({ written }) => `Mae bar tabl “${written}” wedi'i adael yn y testun: testun plaen yw testun SGC.`,
  } satisfies Message<Written>,
  tag: {
    en: ({ written }) => `Stray HTML tag “${written}” in the text: NOS text is plain.`,
    cy: ({ written }) => `Mae tag HTML “${written}” wedi'i adael yn y testun: testun plaen yw testun SGC.`,
  } satisfies Message<Written>,
  entity: {
    en: ({ written }) => `Stray HTML entity “${written}” in the text: NOS text is plain.`,
    cy: ({ written }) => `Mae endid HTML “${written}” wedi'i adael yn y testun: testun plaen yw testun SGC.`,
  } satisfies Message<Written>,
  remove: { en: 'Remove the markup, keep the text', cy: "Tynnu'r marcio, cadw'r testun" },
};

function reportSpans(context: { report: DocumentContext['report'] }, lineText: (line: number) => string, spans: Span[], skip?: (line: number, m: Markup) => boolean): void {
  for (const [line, from, to] of spans) {
    const text = lineText(line);
    for (const markup of findMarkup(text, from, to)) {
      if (skip?.(line, markup)) continue;
      const written = text.slice(markup.start, markup.end);
      const shown = written.length > 40 ? written.slice(0, 37) + '…' : written;
      const edits: TextEdit[] = markup.edits.map((e) => ({ range: span(line, e.start, e.end), newText: e.newText }));
      context.report({
        range: span(line, markup.start, markup.end),
        message: say(MESSAGES[markup.kind], { written: shown }),
        fixes: [{ title: MESSAGES.remove, edits, isPreferred: true }],
      });
    }
  }
}

/**
 * In the glossary, emphasis around a term is how the term is marked: "**Team**: …",
 * "- *Team* – …". Markup ending where the term's colon or dash follows is the term's.
 */
function termMarkup(lineText: (line: number) => string): (line: number, markup: Markup) => boolean {
  return (line, markup) => /^\s*(?::|[-–—]\s)/.test(lineText(line).slice(markup.end));
}

export const strayMarkup = defineRule({
  id: 'stray-markup',
  covers: ['S13'],
  defaultSeverity: Severity.Warning,
  physicalLinesOnly: true,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    const { lines } = context.doc;
    reportSpans(context, (line) => lines.lineText(line), outsideSpans(context.doc));
  },
  checkSection(context) {
    const { section, lineText } = context;
    reportSpans(context, lineText, sectionSpans(section, lineText), section.id === 'glossary' ? termMarkup(lineText) : undefined);
  },
  checkField(context) {
    const { field, lineText } = context;
    if (!field.valueRange) return;
    const spans: Span[] = [];
    for (let line = field.valueRange.start.line; line <= field.valueRange.end.line; line++) {
      const text = lineText(line);
      const [, start, end] = lineSpan(text, line);
      const from = line === field.valueRange.start.line ? field.valueRange.start.character : start;
      const to = line === field.valueRange.end.line ? field.valueRange.end.character : end;
      if (from < to) spans.push([line, from, to]);
    }
    reportSpans(context, lineText, spans);
  },
});
