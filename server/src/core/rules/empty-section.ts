// S4, S5: a heading with nothing under it, and a metadata label without a value.

import { fieldSpec, SECTIONS, sectionSpec } from '../catalogue';
import { removeLines } from '../fixes/lineEdits';
import type { MetadataField, NosDocument, Section } from '../model/types';
import { Severity } from '../types';
import type { Rule, RuleContext } from './rule';

function isEmpty(section: Section): boolean {
  if (sectionSpec(section.id).sequence) return section.items.length === 0;
  return section.items.length === 0 && section.elements.length === 0 && section.paragraphLines.length === 0;
}

/** Sub-headings such as "Scope/range related to performance criteria" of a section. */
function childrenOf(sections: Section[], index: number): Section[] {
  const parent = sections[index];
  const children: Section[] = [];
  for (let i = index + 1; i < sections.length && sectionSpec(sections[i].id).parent === parent.id; i++) {
    children.push(sections[i]);
  }
  return children;
}

/** Sections that have sub-headings of their own (Scope/range). */
const PARENTS: ReadonlySet<string> = new Set(SECTIONS.flatMap((spec) => (spec.parent ? [spec.parent] : [])));

/** Only blank lines follow the section: removing it takes the line break before it. */
function endsText(doc: NosDocument, section: Section): boolean {
  for (let line = section.lastLine + 1; line < doc.lines.lineCount; line++) {
    if (doc.lines.lineText(line).trim() !== '') return false;
  }
  return true;
}

/** Every empty optional heading is removed by one action, beside the one-heading fix. */
const EMPTY_OPTIONAL = {
  key: 'empty-optional-heading',
  title: { en: 'Remove every empty optional heading', cy: 'Tynnu pob pennawd dewisol gwag' },
};

/** Reports `section` if it is empty and so are its sub-headings. */
function checkEmpty(context: RuleContext, section: Section, children: Section[]): void {
  const spec = sectionSpec(section.id);
  if (spec.artefact || !section.heading || !isEmpty(section) || !children.every(isEmpty)) return;
  const heading = section.heading.text;
  const required = spec.obligation === 'required';
  const last = children.length ? children[children.length - 1].lastLine : section.lastLine;
  const what = children.length
    ? { en: `“${heading}” and its sub-headings have`, cy: `Nid oes gan “${heading}” na'i is-benawdau` }
    : { en: `“${heading}” has`, cy: `Nid oes gan “${heading}”` };
  context.report({
    range: section.heading.range,
    severity: required ? Severity.Error : Severity.Warning,
    message: required
      ? { en: `The required section ${what.en} no content.`, cy: `${what.cy} ddim cynnwys, ond mae'r adran hon yn ofynnol.` }
      : {
          en: `The optional heading ${what.en} no content: fill it in or remove it.`,
          cy: `${what.cy} ddim cynnwys: llenwch yr adran neu tynnwch y pennawd.`,
        },
    unnecessary: !required,
    fixes: required
      ? []
      : [{
          title: { en: `Remove the empty heading “${heading}”`, cy: `Tynnu'r pennawd gwag “${heading}”` },
          edits: [removeLines(context.doc, section.firstLine, last)],
        }],
    ...(!required && { group: EMPTY_OPTIONAL }),
  });
}

function checkField(context: RuleContext, field: MetadataField): void {
  if (field.value.trim() !== '' || !field.label) return;
  const spec = fieldSpec(field.id);
  context.report({
    range: field.labelRange,
    severity: Severity.Warning,
    message: {
      en: `The metadata field “${field.label}” has no value: ${spec.holds.en}`,
      cy: `Nid oes gwerth i'r maes metadata “${field.label}”: ${spec.holds.cy}`,
    },
  });
}

export const emptySection: Rule = {
  id: 'empty-section',
  covers: ['S4', 'S5'],
  defaultSeverity: Severity.Warning,
  description: {
    en: 'Headings have content under them: an empty required section is an error, an empty optional heading or metadata value a warning.',
    cy: "Mae cynnwys o dan bob pennawd: gwall yw adran ofynnol wag, rhybudd yw pennawd dewisol neu werth metadata gwag.",
  },
  // A section with sub-headings depends on them; any other, on itself alone.
  check(context) {
    const { sections } = context.doc;
    sections.forEach((section, index) => {
      if (PARENTS.has(section.id)) checkEmpty(context, section, childrenOf(sections, index));
      else if (endsText(context.doc, section)) checkEmpty(context, section, []);
    });
  },
  checkSection(context, section) {
    if (!PARENTS.has(section.id) && !endsText(context.doc, section)) checkEmpty(context, section, []);
  },
  checkField,
};
