// S2, S15: the required sections and the metadata fields are present.

import { FIELDS, SECTIONS, type FieldSpec, type SectionSpec } from '../catalogue';
import { insertBlock } from '../fixes/lineEdits';
import { anchorRange, metadataInsertLine, sectionInsertLine } from '../fixes/placement';
import type { NosDocument } from '../model/types';
import { Severity, type Lang, type TextEdit } from '../types';
import type { Rule, RuleContext } from './rule';

function headingBlock(spec: SectionSpec, lang: Lang): string[] {
  return spec.leadIns ? [spec.name[lang], spec.leadIns[lang][0]] : [spec.name[lang]];
}

function checkSections(context: RuleContext): void {
  const { doc } = context;
  const lang = doc.language;
  for (const spec of SECTIONS) {
    if (spec.obligation !== 'required') continue;
    const present = doc.sections.filter((s) => s.id === spec.id);
    const en = spec.name.en;
    const cy = spec.name.cy;
    if (present.length === 0) {
      const line = sectionInsertLine(doc, spec.id);
      context.report({
        range: anchorRange(doc, line),
        message: {
          en: `The required section “${en}” is missing.`,
          cy: `Mae'r adran ofynnol “${cy}” ar goll.`,
        },
        fixes: [{
          title: { en: `Insert “${en}”`, cy: `Mewnosod “${cy}”` },
          edits: [insertBlock(doc, line, headingBlock(spec, lang))],
          isPreferred: true,
        }],
      });
    } else if (present.every((s) => s.heading === null)) {
      // Recognised from its lead-in alone: only the heading line is missing.
      const leadIn = present[0].leadIns[0];
      context.report({
        range: leadIn.range,
        message: {
          en: `The heading “${en}” is missing before this lead-in.`,
          cy: `Mae'r pennawd “${cy}” ar goll cyn y cyflwyniad hwn.`,
        },
        fixes: [{
          title: { en: `Insert the heading “${en}”`, cy: `Mewnosod y pennawd “${cy}”` },
          edits: [insertBlock(doc, leadIn.line, [spec.name[lang]])],
          isPreferred: true,
        }],
      });
    }
  }
}

/** A "URN: " line before `line`, or after the last line when the title is the last. */
function urnEdit(doc: NosDocument, line: number): TextEdit {
  const { lines } = doc;
  if (line < lines.lineCount) return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'URN: ' + lines.eol };
  const end = lines.positionAt(lines.text.length);
  return { range: { start: end, end }, newText: lines.eol + 'URN: ' };
}

function checkUrn(context: RuleContext): void {
  const { doc } = context;
  if (doc.urn) return;
  const line = doc.title ? doc.title.line + 1 : 0;
  context.report({
    range: doc.title ? doc.title.range : anchorRange(doc, 0),
    message: {
      en: 'The URN is missing: add it under the title as “URN: …”.',
      cy: "Mae'r URN ar goll: ychwanegwch ef o dan y teitl fel “URN: …”.",
    },
    fixes: [{
      title: { en: 'Insert a URN line', cy: 'Mewnosod llinell URN' },
      edits: [urnEdit(doc, line)],
    }],
  });
}

/** More missing fields than this are reported together. */
const MAX_SEPARATE = 3;

function severityOf(spec: FieldSpec): Severity {
  return spec.obligation === 'recommended' ? Severity.Information : Severity.Warning;
}

/** Label lines for missing fields; header fields take a colon ("Developed by: …"). */
function fieldLines(doc: NosDocument, specs: FieldSpec[], header: boolean): string[] {
  return specs.map((spec) => spec.name[doc.language] + (header ? ': ' : ''));
}

function checkFields(context: RuleContext): void {
  const { doc } = context;
  const present = new Set(doc.fields.map((f) => f.id));
  const missing = FIELDS.filter((f) => f.id !== 'urn' && f.obligation !== 'optional' && !present.has(f.id));
  const hasMetadata = doc.fields.some((f) => f.id !== 'urn');

  if (missing.length === 0) return;

  const lastField = doc.fields[doc.fields.length - 1];
  // Where more fields go: after the last one, in its shape; else where a block belongs.
  const insertLine = hasMetadata ? lastField.lastLine + 1 : metadataInsertLine(doc);
  const lines = (specs: FieldSpec[]) => fieldLines(doc, specs, hasMetadata && lastField.header);
  const range = hasMetadata ? (lastField.label ? lastField.labelRange : lastField.range) : anchorRange(doc, insertLine);

  // One finding for a missing block or many missing fields; one per field otherwise.
  if (!hasMetadata || missing.length > MAX_SEPARATE) {
    const names = (lang: Lang) => missing.map((f) => f.name[lang]).join(', ');
    context.report({
      range,
      severity: Severity.Warning,
      message: hasMetadata
        ? { en: `Metadata fields are missing: ${names('en')}.`, cy: `Mae meysydd metadata ar goll: ${names('cy')}.` }
        : { en: `The metadata block is missing: ${names('en')}.`, cy: `Mae'r bloc metadata ar goll: ${names('cy')}.` },
      fixes: [{
        title: hasMetadata
          ? { en: 'Insert the missing metadata fields', cy: "Mewnosod y meysydd metadata coll" }
          : { en: 'Insert the metadata block', cy: 'Mewnosod y bloc metadata' },
        edits: [insertBlock(doc, insertLine, lines(missing))],
        isPreferred: true,
      }],
    });
    return;
  }
  for (const spec of missing) {
    context.report({
      range,
      severity: severityOf(spec),
      message: {
        en: `The metadata field “${spec.name.en}” is missing.`,
        cy: `Mae'r maes metadata “${spec.name.cy}” ar goll.`,
      },
      fixes: [{
        title: { en: `Insert “${spec.name.en}”`, cy: `Mewnosod “${spec.name.cy}”` },
        edits: [insertBlock(doc, insertLine, lines([spec]))],
        isPreferred: true,
      }],
    });
  }
}

export const missingSection: Rule = {
  id: 'missing-section',
  covers: ['S2', 'S15'],
  defaultSeverity: Severity.Error,
  description: {
    en: 'The required sections (Overview, Performance criteria, Knowledge and understanding), the URN and the metadata fields are present.',
    cy: "Mae'r adrannau gofynnol (Trosolwg, Meini prawf perfformiad, Gwybodaeth a dealltwriaeth), yr URN a'r meysydd metadata yn bresennol.",
  },
  check(context) {
    checkSections(context);
    checkUrn(context);
    checkFields(context);
  },
};
