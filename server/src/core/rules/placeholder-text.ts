// Text left from the skeleton snippets, and common template filler ("DD Mon YYYY", "TBC",
// "[insert …]", "Lorem ipsum"): a draft must not go out with them. The value rules stay
// silent on what this rule reports.

import { say, type Message } from '../messages/message';
import { INLINE_FILLER, isFiller } from '../metadata/filler';
import { SNIPPET_LINES } from '../metadata/snippetLines';
import { Severity, type Lang, type Range } from '../types';
import { defineRule, type DocumentContext } from './rule';

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
    cy: ({ text }) => `Llenwad templed yw “${text}”: rhowch rywbeth yn ei le cyn i'r safon fynd allan.`,
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

function check({ doc, report }: DocumentContext): void {
  const reported = new Set<number>();
  for (let line = 0; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    const start = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed === '') continue;
    const label = LABEL.exec(trimmed)?.[0].length ?? 0;
    const spans = byLine.get(trimmed.slice(label));
    if (spans) {
      reported.add(line);
      for (const [from, to] of spans) {
        const at = start + label + from;
        const written = text.slice(at, at + to - from);
        placeholder(report, doc.lines.span(line, at, at + to - from), say(MESSAGES.snippet, { text: written }), written);
      }
      continue;
    }
    for (const match of text.matchAll(INLINE_FILLER)) {
      reported.add(line);
      placeholder(report, doc.lines.span(line, match.index, match.index + match[0].length), say(MESSAGES.filler, { text: match[0] }), match[0]);
    }
  }
  // Whole values that are filler ("XXX", "DD Mon YYYY" in a date field).
  for (const field of doc.fields) {
    if (!field.valueRange || reported.has(field.valueRange.start.line) || !isFiller(field.value)) continue;
    // Selecting needs the value as written: a value on several lines is reported alone.
    const value = field.value.trim();
    const oneLine = field.valueRange.start.line === field.valueRange.end.line && field.valueRange.end.character - field.valueRange.start.character === value.length;
    if (oneLine) placeholder(report, field.valueRange, say(MESSAGES.filler, { text: value }), value);
    else report({ range: field.valueRange, message: say(MESSAGES.filler, { text: value }) });
  }
}

export const placeholderText = defineRule({
  id: 'placeholder-text',
  covers: [],
  defaultSeverity: Severity.Warning,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
