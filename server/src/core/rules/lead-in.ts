// S7: the lead-in line after the performance criteria and knowledge headings is
// there and in the document's language. The only rule that reports lead-ins.

import { sectionSpec, type SectionSpec } from '../catalogue';
import { insertBlock } from '../fixes/lineEdits';
import type { LeadIn, NosDocument, Section } from '../model/types';
import { Severity, type Lang, type Range } from '../types';
import type { Rule, RuleContext } from './rule';

/** The catalogue lead-in a section should have in `lang`. */
export function expectedLeadIn(spec: SectionSpec, lang: Lang): string {
  return spec.leadIns![lang][0];
}

/** The lead-in's words without the markup and punctuation around them ("*You must be able to:*"). */
export function leadInCore(doc: NosDocument, leadIn: LeadIn): Range {
  const text = doc.lines.lineText(leadIn.line);
  let start = leadIn.range.start.character;
  let end = leadIn.range.end.character;
  while (start < end && /[\s#*_>]/.test(text[start])) start++;
  while (end > start && /[\s*_:.]/.test(text[end - 1])) end--;
  return doc.lines.span(leadIn.line, start, end);
}

/** Lead-ins written in the other language than the document's. */
export function foreignLeadIns(section: Section, lang: Lang): LeadIn[] {
  return section.leadIns.filter((leadIn) => leadIn.lang !== lang);
}

/** A section with content under its heading but no lead-in (empty ones are empty-section's). */
export function lacksLeadIn(section: Section): boolean {
  return section.heading !== null && section.leadIns.length === 0 && section.items.length > 0;
}

function checkSection(context: RuleContext, section: Section): void {
  const spec = sectionSpec(section.id);
  if (!spec.leadIns) return;
  const { doc } = context;
  const lang = doc.language;
  const want = { en: expectedLeadIn(spec, 'en'), cy: expectedLeadIn(spec, 'cy') };
  const wanted = want[lang];
  if (lacksLeadIn(section)) {
    const heading = section.heading!;
    context.report({
      range: heading.range,
      message: {
        en: `The lead-in “${want.en}” is missing after the heading “${heading.text}”.`,
        cy: `Mae'r cyflwyniad “${want.cy}” ar goll ar ôl y pennawd “${heading.text}”.`,
      },
      fixes: [{
        title: { en: `Insert “${want.en}”`, cy: `Mewnosod “${want.cy}”` },
        edits: [insertBlock(doc, heading.line + 1, [wanted])],
        safe: true,
        isPreferred: true,
      }],
    });
  }
  for (const leadIn of foreignLeadIns(section, lang)) {
    const range = leadInCore(doc, leadIn);
    const written = leadIn.text.replace(/^[\s#*_>]+|[\s*_]+$/g, '');
    context.report({
      range,
      severity: Severity.Warning,
      message: {
        en: `The lead-in “${written}” is not in English: this document's lead-in is “${want.en}”.`,
        cy: `Nid yw'r cyflwyniad “${written}” yn Gymraeg: cyflwyniad y ddogfen hon yw “${want.cy}”.`,
      },
      fixes: [{
        title: { en: `Change to “${want.en}”`, cy: `Newid i “${want.cy}”` },
        // The writer's colon and markup stay where they are.
        edits: [{ range, newText: wanted.replace(/:$/, '') }],
        safe: true,
        isPreferred: true,
      }],
    });
  }
}

export const leadIn: Rule = {
  id: 'lead-in',
  covers: ['S7'],
  defaultSeverity: Severity.Error,
  description: {
    en: 'The lead-in line follows the Performance criteria and Knowledge and understanding headings, in the document’s language.',
    cy: "Mae'r llinell gyflwyno yn dilyn penawdau Meini prawf perfformiad a Gwybodaeth a dealltwriaeth, yn iaith y ddogfen.",
  },
  checkSection,
};
