// S2, S15: the required sections and the metadata fields are present.

import { FIELDS, SECTIONS, type FieldSpec, type SectionId, type SectionSpec } from '../catalogue';
import { insertBlock, midLine } from '../fixes/lineEdits';
import { insertionPoint, metadataInsertLine, sectionInsertLine } from '../fixes/placement';
import type { Message } from '../messages/message';
import type { NosDocument } from '../model/types';
import { Severity, type Lang, type TextEdit } from '../types';
import { notBegun } from './empty-document';
import { nearHeading } from './heading-typo';
import { defineRule, type DocumentContext } from './rule';

type Name = { name: string };

const MESSAGES = {
  description: {
    en: 'The required sections (Overview, Performance criteria, Knowledge and understanding), the URN and the metadata fields are present.',
    cy: "Mae'r adrannau gofynnol (Trosolwg, Meini prawf perfformiad, Gwybodaeth a dealltwriaeth), yr URN a'r meysydd metadata yn bresennol.",
  },
  sectionMissing: {
    en: ({ name }) => `The required section “${name}” is missing: add its heading here.`,
    cy: ({ name }) => `Mae'r adran ofynnol “${name}” ar goll: ychwanegwch ei phennawd yma.`,
  } satisfies Message<Name>,
  insert: {
    en: ({ name }) => `Insert “${name}”`,
    cy: ({ name }) => `Mewnosod “${name}”`,
  } satisfies Message<Name>,
  headingMissing: {
    en: ({ name }) => `The heading “${name}” is missing before this lead-in.`,
    cy: ({ name }) => `Mae'r pennawd “${name}” ar goll cyn y cyflwyniad hwn.`,
  } satisfies Message<Name>,
  insertHeading: {
    en: ({ name }) => `Insert the heading “${name}”`,
    cy: ({ name }) => `Mewnosod y pennawd “${name}”`,
  } satisfies Message<Name>,
  urnMissing: {
    en: 'The URN is missing: add it under the title as “URN: …”.',
    cy: "Mae'r URN ar goll: ychwanegwch ef o dan y teitl fel “URN: …”.",
  },
  insertUrn: { en: 'Insert a URN line', cy: 'Mewnosod llinell URN' },
  fieldsMissing: {
    en: ({ names }) => `Metadata fields are missing: ${names}.`,
    cy: ({ names }) => `Mae meysydd metadata ar goll: ${names}.`,
  } satisfies Message<{ names: string }>,
  blockMissing: {
    en: ({ names }) => `The metadata block is missing: ${names}.`,
    cy: ({ names }) => `Mae'r bloc metadata ar goll: ${names}.`,
  } satisfies Message<{ names: string }>,
  insertFields: { en: 'Insert the missing metadata fields', cy: 'Mewnosod y meysydd metadata coll' },
  insertBlock: { en: 'Insert the metadata block', cy: 'Mewnosod y bloc metadata' },
  fieldMissing: {
    en: ({ name }) => `The metadata field “${name}” is missing.`,
    cy: ({ name }) => `Mae'r maes metadata “${name}” ar goll.`,
  } satisfies Message<Name>,
};

/** A message naming a catalogue part by its name in the document's language, the one a fix writes. */
function named(message: Message<Name>, name: { en: string; cy: string }, docLang: Lang): (lang: Lang) => string {
  return (lang) => message[lang]({ name: name[docLang] });
}

/**
 * Heading, lead-in and the start of the first line to write (a `1. ` item, or the
 * overview's opening words), so the new section is not reported empty at once.
 */
function sectionBlock(spec: SectionSpec, lang: Lang): string[] {
  const block = spec.leadIns ? [spec.name[lang], spec.leadIns[lang][0]] : [spec.name[lang]];
  const first = spec.sequence ? '1. ' : spec.opening?.[lang];
  return first ? [...block, first] : block;
}

/** The offset just after `last`, the block's last line, in an inserted block's text. */
function after(edit: TextEdit, last: string): number {
  return edit.newText.lastIndexOf(last) + last.length;
}

function checkSections(context: DocumentContext): void {
  const { doc } = context;
  const lang = doc.language;
  for (const spec of SECTIONS) {
    if (spec.obligation !== 'required') continue;
    const present = doc.sections.filter((s) => s.id === spec.id);
    if (present.length === 0) {
      const line = sectionInsertLine(doc, spec.id);
      const block = sectionBlock(spec, lang);
      const edit = insertBlock(doc, line, block);
      context.report({
        range: insertionPoint(doc, line),
        message: named(MESSAGES.sectionMissing, spec.name, lang),
        fixes: [{
          title: named(MESSAGES.insert, spec.name, lang),
          edits: [edit],
          isPreferred: true,
          cursor: after(edit, block[block.length - 1]),
        }],
      });
    } else if (present.every((s) => s.heading === null)) {
      // Recognised from its lead-in alone: only the heading line is missing, unless the line
      // before is the heading misspelt ("Performence criteria"), which is heading-typo's.
      const leadIn = present[0].leadIns[0];
      if (misspeltAbove(doc, leadIn.line, spec.id)) continue;
      context.report({
        range: insertionPoint(doc, leadIn.line),
        message: named(MESSAGES.headingMissing, spec.name, lang),
        fixes: [{
          title: named(MESSAGES.insertHeading, spec.name, lang),
          edits: [insertBlock(doc, leadIn.line, [spec.name[lang]])],
          isPreferred: true,
        }],
      });
    }
  }
}

/** Whether the last line with text before `line` nearly spells the heading of section `id`. */
function misspeltAbove(doc: NosDocument, line: number, id: SectionId): boolean {
  let above = line - 1;
  while (above >= 0 && doc.lines.lineText(above).trim() === '') above--;
  return above >= 0 && nearHeading(doc.lines.lineText(above))?.candidate.id === id;
}

/** A "URN: " line before `line`, or after the last line when the title is the last. */
function urnEdit(doc: NosDocument, line: number): TextEdit {
  const { lines } = doc;
  if (line < lines.lineCount) {
    const point = lines.position(line, 0);
    return { range: { start: point, end: point }, newText: (midLine(point) ? lines.eol : '') + 'URN: ' + lines.eol };
  }
  const end = lines.positionAt(lines.text.length);
  return { range: { start: end, end }, newText: lines.eol + 'URN: ' };
}

function checkUrn(context: DocumentContext): void {
  const { doc } = context;
  if (doc.urn) return;
  const line = doc.title ? doc.title.line + 1 : 0;
  const edit = urnEdit(doc, line);
  context.report({
    range: insertionPoint(doc, line),
    message: MESSAGES.urnMissing,
    fixes: [{
      title: MESSAGES.insertUrn,
      edits: [edit],
      cursor: after(edit, 'URN: '),
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

function checkFields(context: DocumentContext): void {
  const { doc } = context;
  const present = new Set(doc.fields.map((f) => f.id));
  const missing = FIELDS.filter((f) => f.id !== 'urn' && f.obligation !== 'optional' && !present.has(f.id));
  const hasMetadata = doc.fields.some((f) => f.id !== 'urn');


  if (missing.length === 0) return;

  const lastField = doc.fields[doc.fields.length - 1];
  // Where more fields go: after the last one, in its shape; else where a block belongs.
  const insertLine = hasMetadata ? lastField.lastLine + 1 : metadataInsertLine(doc);
  const lines = (specs: FieldSpec[]) => fieldLines(doc, specs, hasMetadata && lastField.header);
  const range = insertionPoint(doc, insertLine);

  // One finding for a missing block or many missing fields; one per field otherwise.
  if (!hasMetadata || missing.length > MAX_SEPARATE) {
    const names = missing.map((f) => f.name[doc.language]).join(', ');
    context.report({
      range,
      severity: Severity.Warning,
      message: (lang) => (hasMetadata ? MESSAGES.fieldsMissing : MESSAGES.blockMissing)[lang]({ names }),
      fixes: [{
        title: hasMetadata ? MESSAGES.insertFields : MESSAGES.insertBlock,
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
      message: named(MESSAGES.fieldMissing, spec.name, doc.language),
      fixes: [{
        title: named(MESSAGES.insert, spec.name, doc.language),
        edits: [insertBlock(doc, insertLine, lines([spec]))],
        isPreferred: true,
      }],
    });
  }
}

export const missingSection = defineRule({
  id: 'missing-section',
  covers: ['S2', 'S15'],
  defaultSeverity: Severity.Error,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    if (notBegun(context.doc)) return;
    checkSections(context);
    checkUrn(context);
    checkFields(context);
  },
});
