// S7: the lead-in line after the performance criteria and knowledge headings is
// there and in the document's language. The only rule that reports lead-ins.

import { SECTIONS, sectionSpec, type SectionSpec } from '../catalogue';
import { insertBlock } from '../fixes/lineEdits';
import { say, type Message } from '../messages/message';
import { AFTER_WORDS } from '../model/classify';
import type { LeadIn, Section } from '../model/types';
import { trimEndOf, withoutInvisibles } from '../text/normalise';
import { Severity, type Lang, type Range } from '../types';
import { defineRule, type DocumentContext, type SectionContext } from './rule';

type Text = { text: string };

const MESSAGES = {
  description: {
    en: 'The lead-in line follows the Performance criteria and Knowledge and understanding headings, in the document’s language.',
    cy: "Mae'r llinell gyflwyno yn dilyn penawdau Meini prawf perfformiad a Gwybodaeth a dealltwriaeth, yn iaith y ddogfen.",
  },
  missing: {
    en: ({ leadIn, heading }) => `The lead-in “${leadIn}” is missing after the heading “${heading}”.`,
    cy: ({ leadIn, heading }) => `Mae'r cyflwyniad “${leadIn}” ar goll ar ôl y pennawd “${heading}”.`,
  } satisfies Message<{ leadIn: string; heading: string }>,
  insert: {
    en: ({ text }) => `Insert “${text}”`,
    cy: ({ text }) => `Mewnosod “${text}”`,
  } satisfies Message<Text>,
  /** By the document's language, whatever the messages'. */
  notEnglish: {
    en: ({ written, leadIn }) => `The lead-in “${written}” is not in English: this document's lead-in is “${leadIn}”.`,
    cy: ({ written, leadIn }) => `Nid yw'r cyflwyniad “${written}” yn Saesneg: cyflwyniad y ddogfen hon yw “${leadIn}”.`,
  } satisfies Message<{ written: string; leadIn: string }>,
  notWelsh: {
    en: ({ written, leadIn }) => `The lead-in “${written}” is not in Welsh: this document's lead-in is “${leadIn}”.`,
    cy: ({ written, leadIn }) => `Nid yw'r cyflwyniad “${written}” yn Gymraeg: cyflwyniad y ddogfen hon yw “${leadIn}”.`,
  } satisfies Message<{ written: string; leadIn: string }>,
  reworded: {
    en: ({ written, leadIn }) => `The lead-in “${written}” is worded otherwise than the format's: “${leadIn}”.`,
    cy: ({ written, leadIn }) => `Mae geiriad y cyflwyniad “${written}” yn wahanol i eiriad y fformat: “${leadIn}”.`,
  } satisfies Message<{ written: string; leadIn: string }>,
  changeTo: {
    en: ({ text }) => `Change to “${text}”`,
    cy: ({ text }) => `Newid i “${text}”`,
  } satisfies Message<Text>,
};

/** The catalogue lead-in a section should have in `lang`. */
export function expectedLeadIn(spec: SectionSpec, lang: Lang): string {
  return spec.leadIns![lang][0];
}

/** The lead-in's words without the markup, punctuation and invisible characters around them ("*You must be able to:*"). */
export function leadInCore(text: string, leadIn: LeadIn): Range {
  let start = leadIn.range.start.character;
  let end = leadIn.range.end.character;
  while (start < end && /[\s#*_>]/.test(text[start])) start++;
  while (end > start && AFTER_WORDS.test(text[end - 1])) end--;
  return { start: { line: leadIn.line, character: start }, end: { line: leadIn.line, character: end } };
}

/**
 * A lead-in with the apostrophes the section writes: a Word copy has curly ones
 * ("Mae’n rhaid eich bod chi’n gallu:"), which the text put in should match.
 */
function withSectionApostrophes(leadIn: string, section: Section, lineText: (line: number) => string): string {
  if (!leadIn.includes("'")) return leadIn;
  let curly = 0;
  let straight = 0;
  for (let line = section.firstLine; line <= section.lastLine; line++) {
    const text = lineText(line);
    for (let at = text.indexOf('’'); at >= 0; at = text.indexOf('’', at + 1)) curly++;
    for (let at = text.indexOf("'"); at >= 0; at = text.indexOf("'", at + 1)) straight++;
  }
  return curly > straight ? leadIn.replaceAll("'", '’') : leadIn;
}

/** A section with content under its heading but no lead-in (empty ones are empty-section's). */
export function lacksLeadIn(section: Section): boolean {
  return section.heading !== null && section.leadIns.length === 0 && section.items.length > 0;
}

const WITH_LEAD_INS: ReadonlySet<string> = new Set(SECTIONS.filter((spec) => spec.leadIns).map((spec) => spec.id));

const words = (text: string) => new Set(text.toLowerCase().replace(/[’']/g, ' ').match(/\p{L}+/gu) ?? []);

/**
 * The section's first line, when it is a lead-in worded otherwise ("You should be able to:",
 * "You must know and understand:"): before any item, ending in a colon, and holding at
 * least half the words of one of the catalogue's lead-ins. Read as a sub-heading or text
 * until then; the words it spans, without markup, and the lead-in nearest them.
 */
function rewordedLeadIn(section: Section, lineText: (line: number) => string, lang: Lang): { range: Range; written: string; leadIn: string } | null {
  const line = Math.min(section.elements[0]?.line ?? Infinity, section.paragraphLines[0] ?? Infinity);
  if (line > section.items[0].line) return null;
  const text = lineText(line);
  let start = 0;
  let end = text.length;
  while (start < end && /[\s#*_>]/.test(text[start])) start++;
  while (end > start && /[\s*_]/.test(text[end - 1])) end--;
  const written = text.slice(start, end);
  if (!written.endsWith(':') || written.length > 80) return null;
  const have = words(written);
  let best: string | null = null;
  let bestShare = 0;
  for (const leadIn of sectionSpec(section.id).leadIns![lang]) {
    const want = words(leadIn);
    const share = [...want].filter((word) => have.has(word)).length / want.size;
    if (share >= 0.5 && share > bestShare) [best, bestShare] = [leadIn, share];
  }
  return best ? { range: { start: { line, character: start }, end: { line, character: end } }, written, leadIn: best } : null;
}

/** A missing lead-in, over the document: the line it inserts follows the document's blank-line style. */
function check(context: DocumentContext): void {
  const { doc, language: lang } = context;
  for (const section of doc.sections) {
    if (!WITH_LEAD_INS.has(section.id) || !lacksLeadIn(section)) continue;
    const lineText = (line: number) => doc.lines.lineText(line);
    const reworded = rewordedLeadIn(section, lineText, lang);
    if (reworded) {
      // The writer's words: offered, not taken by fix-all. Their colon stays, as in checkSection's fix.
      const { range, written } = reworded;
      const leadIn = withSectionApostrophes(reworded.leadIn, section, lineText);
      const beforeColon = { start: range.start, end: { line: range.end.line, character: range.end.character - 1 } };
      context.report({
        range,
        message: say(MESSAGES.reworded, { written, leadIn }),
        fixes: [{ title: say(MESSAGES.changeTo, { text: leadIn }), edits: [{ range: beforeColon, newText: leadIn.replace(/:$/, '') }], isPreferred: true }],
      });
      continue;
    }
    // The document's lead-in, whatever the messages' language: it is what the fix inserts.
    const want = withSectionApostrophes(expectedLeadIn(sectionSpec(section.id), lang), section, lineText);
    const heading = section.heading!;
    context.report({
      range: heading.range,
      message: say(MESSAGES.missing, { leadIn: want, heading: heading.text }),
      fixes: [{
        title: say(MESSAGES.insert, { text: want }),
        edits: [insertBlock(doc, heading.line + 1, [want])],
        safe: true,
        isPreferred: true,
      }],
    });
  }
}

/** A lead-in in the other language, section by section. */
function checkSection(context: SectionContext): void {
  const { section, language: lang, lineText } = context;
  if (!WITH_LEAD_INS.has(section.id)) return;
  for (const leadIn of section.leadIns) {
    if (leadIn.lang === lang) continue;
    const want = withSectionApostrophes(expectedLeadIn(sectionSpec(section.id), lang), section, lineText);
    const range = leadInCore(lineText(leadIn.line), leadIn);
    const written = trimEndOf(withoutInvisibles(leadIn.text).replace(/^[\s#*_>]+/, ''), /[\s*_]/);
    // The writer's colon and markup stay where they are.
    const newText = want.replace(/:$/, '');
    context.report({
      range,
      severity: Severity.Warning,
      message: say(lang === 'cy' ? MESSAGES.notWelsh : MESSAGES.notEnglish, { written, leadIn: want }),
      fixes: [{
        title: say(MESSAGES.changeTo, { text: want }),
        edits: [{ range, newText }],
        safe: true,
        isPreferred: true,
      }],
    });
  }
}

export const leadIn = defineRule({
  id: 'lead-in',
  covers: ['S7'],
  defaultSeverity: Severity.Error,
  physicalLinesOnly: true,
  fixable: 'safe',
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
  checkSection,
});
