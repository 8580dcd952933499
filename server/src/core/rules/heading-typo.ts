// S6: a section heading or metadata label spelt a little wrong ("Performance critera",
// "Meini praf perfformiad", "Cyfes/Set"), in either language. The parser cannot read
// such a line as what it was meant to be, so the rule offers the catalogue spelling.
// Element sub-headings are the writer's own words: subheading-mismatch compares them.

import { distance } from 'fastest-levenshtein';
import { fieldSpec, SECTIONS, type SectionId } from '../catalogue';
import { say, type Message } from '../messages/message';
import { labelKey } from '../text/normalise';
import { Severity, type Lang, type Range } from '../types';
import { defineRule, type DocumentContext, type FieldContext, type SectionContext } from './rule';

type Spelling = { written: string; label: string };

interface Candidate {
  key: string;
  label: string;
  id: SectionId;
  lang: Lang;
}

const HEADINGS: Candidate[] = SECTIONS.flatMap((spec) =>
  (['en', 'cy'] as const).flatMap((lang) => spec.labels[lang].map((label) => ({ key: labelKey(label), label, id: spec.id, lang }))),
);
const KEYS = new Set(HEADINGS.map((h) => h.key));
/** Longer lines are sentences, not headings. */
const MAX_HEADING = 60;

/** Edits allowed for a heading of this length: short ones must match exactly. */
function tolerance(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

export interface NearHeading {
  /** Offsets in the line of the label as written, without markup or colon. */
  start: number;
  end: number;
  candidate: Candidate;
}

/** The catalogue heading a line nearly spells, or null. */
export function nearHeading(text: string): NearHeading | null {
  if (text.length > MAX_HEADING + 10) return null;
  const key = labelKey(text);
  if (key.length > MAX_HEADING || key.length < 6 || KEYS.has(key)) return null;
  let best: { candidate: Candidate; cost: number } | null = null;
  for (const candidate of HEADINGS) {
    if (Math.abs(candidate.key.length - key.length) > 2) continue;
    const cost = distance(key, candidate.key);
    if (cost > 0 && cost <= tolerance(candidate.key.length) && (!best || cost < best.cost)) best = { candidate, cost };
  }
  if (!best) return null;
  let start = 0;
  while (start < text.length && /[\s#*_>]/.test(text[start])) start++;
  let end = text.length;
  while (end > start && /[\s*_:.]/.test(text[end - 1])) end--;
  return { start, end, candidate: best.candidate };
}

const MESSAGES = {
  description: {
    en: 'Section headings and metadata labels are spelt as in the catalogue, in English or Welsh.',
    cy: "Mae penawdau adrannau a labeli metadata wedi'u sillafu fel yn y catalog, yn Saesneg neu'n Gymraeg.",
  },
  heading: {
    en: ({ written, label }) => `“${written}” looks like a misspelling of the heading “${label}”.`,
    cy: ({ written, label }) => `Mae'n ymddangos bod “${written}” yn gamsillafiad o'r pennawd “${label}”.`,
  } satisfies Message<Spelling>,
  field: {
    en: ({ written, label }) => `“${written}” looks like a misspelling of the metadata label “${label}”.`,
    cy: ({ written, label }) => `Mae'n ymddangos bod “${written}” yn gamsillafiad o'r label metadata “${label}”.`,
  } satisfies Message<Spelling>,
  changeTo: {
    en: ({ label }) => `Change to “${label}”`,
    cy: ({ label }) => `Newid i “${label}”`,
  } satisfies Message<{ label: string }>,
};

/** Where to report, and the range of a span of a line (of the text's lines, in flattened text too). */
type Reporter = { report: DocumentContext['report']; span(line: number, start: number, end: number): Range };

function reportHeading(context: Reporter, text: string, line: number): void {
  const near = nearHeading(text);
  if (!near) return;
  const written = text.slice(near.start, near.end);
  const { label } = near.candidate;
  const range = context.span(line, near.start, near.end);
  context.report({
    range,
    message: say(MESSAGES.heading, { written, label }),
    fixes: [{ title: say(MESSAGES.changeTo, { label }), edits: [{ range, newText: label }], isPreferred: true }],
  });
}

function checkSection(context: SectionContext): void {
  const { section, lineText } = context;
  if (section.id === 'glossary') return;
  for (const line of section.paragraphLines) reportHeading(context, lineText(line), line);
  for (const element of section.elements) reportHeading(context, lineText(element.line), element.line);
}

function checkField(context: FieldContext): void {
  const { field, language } = context;
  if (!field.misspelt) return;
  const spec = fieldSpec(field.id);
  const label = spec.labels[field.lang ?? language][0] ?? spec.name[language];
  context.report({
    range: field.labelRange,
    message: say(MESSAGES.field, { written: field.label, label }),
    fixes: [{ title: say(MESSAGES.changeTo, { label }), edits: [{ range: field.labelRange, newText: label }], isPreferred: true }],
  });
}

export const headingTypo = defineRule({
  id: 'heading-typo',
  covers: ['S6'],
  defaultSeverity: Severity.Warning,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    const { lines } = context.doc;
    const reporter = { report: context.report, span: lines.span.bind(lines) };
    for (const line of context.doc.looseLines) reportHeading(reporter, lines.lineText(line), line);
  },
  checkSection,
  checkField,
});
