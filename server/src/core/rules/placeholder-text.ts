// Text left from the skeleton snippets, and common template filler ("DD Mon YYYY", "TBC",
// "[insert …]", "Lorem ipsum"): a draft must not go out with them. The value rules stay
// silent on what this rule reports.

import { say, type Message } from '../messages/message';
import { INLINE_FILLER, isFiller, MAY_HOLD_FILLER } from '../metadata/filler';
import { SNIPPET_LINES } from '../metadata/snippetLines';
import { Severity, type Lang, type Range } from '../types';
import { defineRule, type DocumentContext, type FieldContext, type SectionContext } from './rule';

const MESSAGES = {
  description: {
    en: 'No placeholder text is left from the skeleton snippets or a template (“DD Mon YYYY”, “TBC”, “[insert …]”).',
    cy: "Nid oes testun dalfan ar ôl o'r pytiau sgerbwd na thempled (“DD Mis BBBB”, “I'w gadarnhau”, “[rhowch …]”).",
  },
  snippet: {
    en: ({ text }) => `“${text}” is placeholder text from the skeleton: write the standard's own words here.`,
    cy: ({ text }) => `Testun dalfan o'r sgerbwd yw “${text}”: ysgrifennwch eiriau'r safon ei hun yma.`,
  } satisfies Message<{ text: string }>,
  filler: {
    en: ({ text }) => `“${text}” is template filler: replace it before the standard goes out.`,
    cy: ({ text }) => `Llenwad templed yw “${text}”: rhowch rywbeth yn ei le cyn cyhoeddi'r safon.`,
  } satisfies Message<{ text: string }>,
  select: { en: 'Select the placeholder to type over it', cy: "Dewis y dalfan i deipio drosti" },
};

/** Reports the placeholder text at `range`, with the fix that selects it (no text is invented). */
function placeholder(report: DocumentContext['report'], range: Range, message: (lang: Lang) => string, text: string): void {
  report({ range, message, fixes: [{ title: MESSAGES.select, edits: [{ range, newText: text }], select: true }] });
}

/** A list label at the start of a line: item numbers change as writers add lines. */
const LABEL = /^(?:[PK]?\d{1,4}[.)]?|[-•*])\s+/;

/** Placeholder spans by the line they stand in, the line without its list label. */
const byLine = new Map<string, ReadonlyArray<readonly [number, number]>>();
for (const { text, spans } of SNIPPET_LINES) {
  const label = LABEL.exec(text)?.[0].length ?? 0;
  byLine.set(text.slice(label), spans.map(([start, end]) => [start - label, end - label] as const));
}
/** The lengths of those lines: a line of any other length is looked up no further (most are). */
const lengths = new Set([...byLine.keys()].map((key) => key.length));

/** Whether an item's text is a skeleton's placeholder as the snippet inserted it ("criterion starting with a verb"). */
export function isSnippetText(text: string): boolean {
  const trimmed = text.trim();
  return lengths.has(trimmed.length) && byLine.has(trimmed);
}

type Span = (line: number, start: number, end: number) => Range;

/** Reports the placeholders of one line; false when it has none. */
function scanLine(text: string, line: number, span: Span, report: DocumentContext['report']): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  const label = LABEL.exec(trimmed)?.[0].length ?? 0;
  const spans = lengths.has(trimmed.length - label) ? byLine.get(trimmed.slice(label)) : undefined;
  if (spans) {
    const start = text.length - text.trimStart().length;
    for (const [from, to] of spans) {
      const at = start + label + from;
      const written = text.slice(at, at + to - from);
      placeholder(report, span(line, at, at + to - from), say(MESSAGES.snippet, { text: written }), written);
    }
    return true;
  }
  let found = false;
  if (!MAY_HOLD_FILLER.test(text)) return false;
  for (const match of text.matchAll(INLINE_FILLER)) {
    found = true;
    placeholder(report, span(line, match.index, match.index + match[0].length), say(MESSAGES.filler, { text: match[0] }), match[0]);
  }
  return found;
}

/** The lines of a section, remembered with it: most keystrokes change one section. */
function checkSection({ section, lineText, span, report }: SectionContext): void {
  for (let line = section.firstLine; line <= section.lastLine; line++) scanLine(lineText(line), line, span, report);
}

/** A field's lines, then its value when the whole of it is filler ("XXX", "DD Mon YYYY" in a date field). */
function checkField({ field, lineText, span, report }: FieldContext): void {
  let found = false;
  for (let line = field.line; line <= field.lastLine; line++) found = scanLine(lineText(line), line, span, report) || found;
  if (found || !field.valueRange || !isFiller(field.value)) return;
  // Selecting needs the value as written: a value on several lines is reported alone.
  const value = field.value.trim();
  const oneLine = field.valueRange.start.line === field.valueRange.end.line && field.valueRange.end.character - field.valueRange.start.character === value.length;
  if (oneLine) placeholder(report, field.valueRange, say(MESSAGES.filler, { text: value }), value);
  else report({ range: field.valueRange, message: say(MESSAGES.filler, { text: value }) });
}

/** Lines no section or field holds (the title, loose lines, a lone snippet line): few in a draft. */
function check({ doc, report }: DocumentContext): void {
  const span: Span = (line, start, end) => doc.lines.span(line, start, end);
  const held: Array<[number, number]> = [];
  for (const section of doc.sections) held.push([section.firstLine, section.lastLine]);
  for (const field of doc.fields) held.push([field.line, field.lastLine]);
  held.sort((a, b) => a[0] - b[0]);
  let line = 0;
  for (const [first, last] of held) {
    for (; line < first; line++) scanLine(doc.lines.lineText(line), line, span, report);
    line = Math.max(line, last + 1);
  }
  for (; line < doc.lines.lineCount; line++) scanLine(doc.lines.lineText(line), line, span, report);
}

export const placeholderText = defineRule({
  id: 'placeholder-text',
  covers: [],
  defaultSeverity: Severity.Warning,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
  checkSection,
  checkField,
});
