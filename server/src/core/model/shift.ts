// Parts of a model moved down or up by lines added or removed above them: the same
// text, so the same model with every line number shifted. The copies are built member
// by member in the parser's order (a spread would also copy what is remembered on the
// objects, unshifted) and carry over only what can be shifted (memo.ts).

import { carryOver } from '../memo';
import type { Position, Range } from '../types';
import type { Element, Heading, Item, LeadIn, MetadataField, Section, TextSpan } from './types';

function shiftPosition(position: Position, lines: number): Position {
  return { line: position.line + lines, character: position.character };
}

export function shiftRange(range: Range, lines: number): Range {
  return { start: shiftPosition(range.start, lines), end: shiftPosition(range.end, lines) };
}

function shiftItem(item: Item, lines: number): Item {
  return {
    label: item.label,
    number: item.number,
    style: item.style,
    prefix: item.prefix,
    labelRange: shiftRange(item.labelRange, lines),
    numberRange: item.numberRange && shiftRange(item.numberRange, lines),
    text: item.text,
    range: shiftRange(item.range, lines),
    line: item.line + lines,
    lastLine: item.lastLine + lines,
    continuationLines: item.continuationLines.map((line) => line + lines),
    brokenLines: item.brokenLines.map((line) => line + lines),
    element: item.element,
    subItems: item.subItems.map((sub) => shiftItem(sub, lines)),
  };
}

function shiftHeading(heading: Heading, lines: number): Heading {
  return { text: heading.text, range: shiftRange(heading.range, lines), line: heading.line + lines, lang: heading.lang };
}

function shiftLeadIn(leadIn: LeadIn, lines: number): LeadIn {
  return { text: leadIn.text, range: shiftRange(leadIn.range, lines), lang: leadIn.lang, line: leadIn.line + lines };
}

function shiftElement(element: Element, lines: number): Element {
  return { label: element.label, range: shiftRange(element.range, lines), line: element.line + lines, firstItem: element.firstItem, endItem: element.endItem };
}

function shiftTextSpan(span: TextSpan, lines: number): TextSpan {
  return { text: span.text, range: shiftRange(span.range, lines), line: span.line + lines };
}

export function shiftSection(section: Section, lines: number): Section {
  const moved: Section = {
    id: section.id,
    heading: section.heading && shiftHeading(section.heading, lines),
    leadIns: section.leadIns.map((leadIn) => shiftLeadIn(leadIn, lines)),
    items: section.items.map((item) => shiftItem(item, lines)),
    elements: section.elements.map((element) => shiftElement(element, lines)),
    paragraphLines: section.paragraphLines.map((line) => line + lines),
    trailingTitle: section.trailingTitle && shiftTextSpan(section.trailingTitle, lines),
    firstLine: section.firstLine + lines,
    lastLine: section.lastLine + lines,
    range: shiftRange(section.range, lines),
  };
  return carryOver(section, moved, lines);
}

export function shiftField(field: MetadataField, lines: number): MetadataField {
  const moved: MetadataField = {
    id: field.id,
    label: field.label,
    labelRange: shiftRange(field.labelRange, lines),
    value: field.value,
    valueRange: field.valueRange && shiftRange(field.valueRange, lines),
    range: shiftRange(field.range, lines),
    line: field.line + lines,
    lastLine: field.lastLine + lines,
    inline: field.inline,
    header: field.header,
    lang: field.lang,
    misspelt: field.misspelt,
    startsBlock: field.startsBlock,
  };
  return carryOver(field, moved, lines);
}
