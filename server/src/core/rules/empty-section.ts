// S4, S5: a heading with nothing under it, and a metadata label without a value.

import { fieldSpec, sectionSpec } from '../catalogue';
import { say, type Message } from '../messages/message';
import type { Section } from '../model/types';
import { Severity } from '../types';
import { remember, remembered } from '../memo';
import { defineRule, type ParentHeading } from './rule';

/** A sentence of the catalogue carried on after a colon: its first word lower-cased, unless an acronym. */
const afterColon = (text: string) => (/^\p{Lu}(?:\p{Ll}|\s)/u.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

const MESSAGES = {
  description: {
    en: 'Headings have content under them: an empty required section is an error, an empty optional heading or metadata value a warning.',
    cy: "Mae cynnwys o dan bob pennawd: gwall yw adran ofynnol wag, rhybudd yw pennawd dewisol neu werth metadata gwag.",
  },
  optionalHeadings: {
    en: 'Report empty optional headings and empty metadata values (an empty required section is always reported).',
    cy: "Rhoi gwybod am benawdau dewisol gwag a gwerthoedd metadata gwag (rhoddir gwybod bob amser am adran ofynnol wag).",
  },
  requiredEmpty: {
    en: ({ heading }) => `The required section “${heading}” has no content.`,
    cy: ({ heading }) => `Nid oes gan “${heading}” ddim cynnwys, ond mae'r adran hon yn ofynnol.`,
  } satisfies Message<{ heading: string }>,
  requiredEmptyWithSubheadings: {
    en: ({ heading }) => `The required section “${heading}” and its sub-headings have no content.`,
    cy: ({ heading }) => `Nid oes gan “${heading}” na'i is-benawdau ddim cynnwys, ond mae'r adran hon yn ofynnol.`,
  } satisfies Message<{ heading: string }>,
  optionalEmpty: {
    en: ({ heading }) => `The optional heading “${heading}” has no content: fill it in or remove it.`,
    cy: ({ heading }) => `Nid oes gan “${heading}” ddim cynnwys: llenwch yr adran neu tynnwch y pennawd.`,
  } satisfies Message<{ heading: string }>,
  optionalEmptyWithSubheadings: {
    en: ({ heading }) => `The optional heading “${heading}” and its sub-headings have no content: fill it in or remove it.`,
    cy: ({ heading }) => `Nid oes gan “${heading}” na'i is-benawdau ddim cynnwys: llenwch yr adran neu tynnwch y pennawd.`,
  } satisfies Message<{ heading: string }>,
  removeHeading: {
    en: ({ heading }) => `Remove the empty heading “${heading}”`,
    cy: ({ heading }) => `Tynnu'r pennawd gwag “${heading}”`,
  } satisfies Message<{ heading: string }>,
  removeHeadingWithSubheadings: {
    en: ({ heading }) => `Remove the empty heading “${heading}” and its sub-headings`,
    cy: ({ heading }) => `Tynnu'r pennawd gwag “${heading}” a'i is-benawdau`,
  } satisfies Message<{ heading: string }>,
  removeEveryEmptyHeading: {
    en: 'Remove every empty optional heading',
    cy: 'Tynnu pob pennawd dewisol gwag',
  },
  fieldEmpty: {
    en: ({ label, holds }) => `The metadata field “${label}” has no value: ${holds}`,
    cy: ({ label, holds }) => `Nid oes gwerth i'r maes metadata “${label}”: ${holds}`,
  } satisfies Message<{ label: string; holds: string }>,
};

/** Every empty optional heading is removed by one action, beside the one-heading fix. */
const EMPTY_OPTIONAL = { key: 'empty-optional-heading', title: MESSAGES.removeEveryEmptyHeading };

function isEmpty(section: Section): boolean {
  if (sectionSpec(section.id).sequence) return section.items.length === 0;
  return section.items.length === 0 && section.elements.length === 0 && section.paragraphLines.length === 0;
}

/** Whether a parent heading and all its sub-headings are empty: worked out once per family, which each sub-heading asks about. */
const FAMILY_EMPTY = Symbol('family empty');
function familyEmpty(parent: ParentHeading): boolean {
  return remembered<boolean>(parent, FAMILY_EMPTY) ?? remember(parent, FAMILY_EMPTY, isEmpty(parent.section) && parent.subsections.every(isEmpty));
}

export const emptySection = defineRule<'empty-section', { optionalHeadings: boolean }>({
  id: 'empty-section',
  covers: ['S4', 'S5'],
  defaultSeverity: Severity.Warning,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  options: {
    optionalHeadings: { type: 'boolean', default: true, description: MESSAGES.optionalHeadings },
  },

  // A section is empty when it and its sub-headings (Scope/range's) are. An empty sub-heading
  // is left to its parent heading when that is empty too (nos-format.md §5): one finding says both.
  checkSection({ section, subsections, parent, removal, options, report }) {
    const spec = sectionSpec(section.id);
    if (spec.artefact || !section.heading || !isEmpty(section) || !subsections.every(isEmpty)) return;
    if (parent && familyEmpty(parent)) return;
    const required = spec.obligation === 'required';
    if (!required && !options.optionalHeadings) return;
    const heading = section.heading.text;
    const nested = subsections.length > 0;
    if (required) {
      report({
        range: section.heading.range,
        severity: Severity.Error,
        message: say(nested ? MESSAGES.requiredEmptyWithSubheadings : MESSAGES.requiredEmpty, { heading }),
      });
      return;
    }
    const edit = removal();
    report({
      range: section.heading.range,
      severity: Severity.Warning,
      message: say(nested ? MESSAGES.optionalEmptyWithSubheadings : MESSAGES.optionalEmpty, { heading }),
      unnecessary: true,
      fixes: edit ? [{ title: say(nested ? MESSAGES.removeHeadingWithSubheadings : MESSAGES.removeHeading, { heading }), edits: [edit] }] : [],
      group: EMPTY_OPTIONAL,
    });
  },

  checkField({ field, options, report }) {
    if (field.value.trim() !== '' || !field.label || !options.optionalHeadings) return;
    const { holds } = fieldSpec(field.id);
    report({
      range: field.labelRange,
      severity: Severity.Warning,
      message: (lang) => MESSAGES.fieldEmpty[lang]({ label: field.label, holds: afterColon(holds[lang]) }),
    });
  },
});
