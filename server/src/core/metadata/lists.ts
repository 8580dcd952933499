// The parts of a list value ("6211; 6212", "gair; gair;"), with their offsets in the value,
// and positions inside a value. Shared by the metadata rules.

import type { MetadataField } from '../model/types';
import type { Range } from '../types';

export interface ListPart {
  /** The part, trimmed. */
  text: string;
  /** Offset of the trimmed part in the value. */
  start: number;
}

/** Parts between the separators (`,` and `;` by default), trimmed, empty ones kept. */
export function listParts(value: string, separators = /[,;]/g): ListPart[] {
  const parts: ListPart[] = [];
  let from = 0;
  const add = (end: number) => {
    const raw = value.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    parts.push({ text: raw.trim(), start: from + lead });
  };
  for (const match of value.matchAll(separators)) {
    add(match.index);
    from = match.index + match[0].length;
  }
  add(value.length);
  return parts;
}

/**
 * The range of `length` characters at `offset` in the field's value, or null when the value
 * does not lie on one line as written (then only the whole value has a range).
 */
export function valueSpan(field: MetadataField, offset: number, length: number): Range | null {
  const range = field.valueRange;
  if (!range || range.start.line !== range.end.line || range.end.character - range.start.character !== field.value.length) return null;
  const { line, character } = range.start;
  return { start: { line, character: character + offset }, end: { line, character: character + offset + length } };
}
