// A NOS document as the blocks a Word document is made of: the title, section headings,
// element sub-headings, lead-ins, list items (their continuation lines joined), runs of
// metadata fields (one table) and other paragraphs, in the order of the text.

import type { Item, MetadataField, NosDocument } from '../core';

export type Block =
  | { kind: 'title' | 'heading' | 'element' | 'leadIn' | 'paragraph'; text: string }
  | { kind: 'item'; item: Item; /** 1 for a sub-item (bullets under a numbered item). */ level: number }
  | { kind: 'fields'; fields: MetadataField[] };

export function blocksOf(doc: NosDocument): Block[] {
  const roles = new Map<number, Block>();
  /** Lines that belong to a block started on an earlier line. */
  const taken = new Set<number>();
  const lineText = (line: number) => doc.lines.lineText(line).trim();
  const take = (from: number, to: number) => {
    for (let line = from + 1; line <= to; line++) taken.add(line);
  };
  if (doc.title) roles.set(doc.title.line, { kind: 'title', text: lineText(doc.title.line) });
  for (const section of doc.sections) {
    if (section.heading) roles.set(section.heading.line, { kind: 'heading', text: lineText(section.heading.line) });
    for (const leadIn of section.leadIns) roles.set(leadIn.line, { kind: 'leadIn', text: lineText(leadIn.line) });
    for (const element of section.elements) roles.set(element.line, { kind: 'element', text: lineText(element.line) });
    for (const item of section.items) {
      roles.set(item.line, { kind: 'item', item, level: 0 });
      take(item.line, item.lastLine);
      for (const sub of item.subItems) {
        roles.set(sub.line, { kind: 'item', item: sub, level: 1 });
        taken.delete(sub.line);
        take(sub.line, sub.lastLine);
      }
    }
  }
  for (const field of doc.fields) {
    roles.set(field.line, { kind: 'fields', fields: [field] });
    take(field.line, field.lastLine);
  }
  const blocks: Block[] = [];
  for (let line = 0; line < doc.lines.lineCount; line++) {
    if (taken.has(line)) continue;
    const block = roles.get(line);
    const last = blocks[blocks.length - 1];
    if (block?.kind === 'fields' && last?.kind === 'fields') last.fields.push(...block.fields);
    else if (block) blocks.push(block);
    else if (lineText(line) !== '') blocks.push({ kind: 'paragraph', text: lineText(line) });
  }
  return blocks;
}
