// S25: section headings and metadata labels in the other language than the document's.
// URN and other labels spelt alike in both languages, metadata values and organisation
// names are never reported; lead-ins are lead-in's.

import { fieldSpec, sectionSpec } from '../catalogue';
import type { MetadataField, Section } from '../model/types';
import { labelKey } from '../text/normalise';
import { Severity, type Lang, type Range } from '../types';
import type { Report, Rule, RuleContext } from './rule';

const LANGUAGE_NAMES = { en: { en: 'English', cy: 'Saesneg' }, cy: { en: 'Welsh', cy: 'Cymraeg' } };
/** "dogfen Gymraeg": the adjective after a feminine noun mutates. */
const DOCUMENT_IN = { en: 'Saesneg', cy: 'Gymraeg' };

/**
 * The label in `to` for one written in the other language: the variant in the same place
 * of the catalogue's list (a web header's "Approved on" becomes "Cymeradwy ar"), else the first.
 */
export function translation(labels: { en: string[]; cy: string[] }, written: string, from: Lang, to: Lang): string {
  const key = labelKey(written);
  const index = labels[from].findIndex((label) => labelKey(label) === key);
  return labels[to][index] ?? labels[to][0];
}

function foreign(context: RuleContext, range: Range, written: string, wanted: string, what: 'heading' | 'label', from: Lang): void {
  const lang = context.doc.language;
  const kind = what === 'heading' ? { en: 'heading', cy: 'pennawd' } : { en: 'metadata label', cy: 'label metadata' };
  const fixes: Report['fixes'] = [{
    title: { en: `Change to “${wanted}”`, cy: `Newid i “${wanted}”` },
    edits: [{ range, newText: wanted }],
    safe: true,
    isPreferred: true,
  }];
  context.report({
    range,
    message: {
      en: `The ${kind.en} “${written}” is in ${LANGUAGE_NAMES[from].en} in a document in ${LANGUAGE_NAMES[lang].en}: use “${wanted}”.`,
      cy: `Mae'r ${kind.cy} “${written}” yn ${LANGUAGE_NAMES[from].cy} mewn dogfen ${DOCUMENT_IN[lang]}: defnyddiwch “${wanted}”.`,
    },
    fixes,
  });
}

function checkSection(context: RuleContext, section: Section): void {
  const heading = section.heading;
  const lang = context.doc.language;
  if (!heading?.lang || heading.lang === lang) return;
  const spec = sectionSpec(section.id);
  foreign(context, heading.range, heading.text, translation(spec.labels, heading.text, heading.lang, lang), 'heading', heading.lang);
}

function checkField(context: RuleContext, field: MetadataField): void {
  const lang = context.doc.language;
  if (!field.lang || field.lang === lang || !field.label || field.misspelt) return;
  const spec = fieldSpec(field.id);
  foreign(context, field.labelRange, field.label, translation(spec.labels, field.label, field.lang, lang), 'label', field.lang);
}

export const mixedLanguage: Rule = {
  id: 'mixed-language',
  covers: ['S25'],
  defaultSeverity: Severity.Warning,
  description: {
    en: 'Section headings and metadata labels are in the document’s language (URN, SOC, NOS, names and metadata values may stay English).',
    cy: "Mae penawdau adrannau a labeli metadata yn iaith y ddogfen (gall URN, SOC, NOS, enwau a gwerthoedd metadata aros yn Saesneg).",
  },
  checkSection,
  checkField,
};
