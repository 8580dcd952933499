// .docx files built in test setup from the seed drafts and the layout fixtures, the way
// Word stores a real draft: the title in the Title style, sections as Heading 1, element
// sub-headings as Heading 2, and the labels as Word's automatic numbering (numbering.xml)
// rather than typed text: one multi-level list per section (an indented item is on level
// 2, as Word's Tab makes it), carried on across element sub-headings; a list instance
// sharing its definition with the section before, restarted by a start override; a new
// definition starting at the written number where a draft's numbers jump; metadata in a
// two-column table; lead-ins in italics and glossary terms and first words in bold.

import { Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type ILevelsOptions } from 'docx';
import type { Item, NosDocument } from '../../server/src/core';
import { blocksOf } from '../../server/src/word/blocks';

function levelText(item: Item, level: number): string {
  const n = `%${level + 1}`;
  return item.style === 'dot' ? `${n}.` : item.style === 'paren' ? `${n})` : item.style === 'prefix' ? `${item.prefix}${n}` : n;
}

class WordLists {
  readonly config: Array<{ reference: string; levels: ILevelsOptions[] }> = [];
  private readonly instances = new Map<string, number>();
  private list: { reference: string; instance: number; counters: Array<number | undefined>; style: string } | null = null;
  /** Continued across element sub-headings: references the sections' lists share. */
  continuedAcrossElements = 0;

  endList(): void {
    this.list = null;
  }

  private reference(item: Item, level: number, start: number): string {
    const name = `${levelText(item, 0)} L${level} @${start}`;
    if (!this.config.some((c) => c.reference === name)) {
      const levels = [0, 1].map((l) =>
        item.number === null
          ? { level: l, format: LevelFormat.BULLET, text: item.label }
          : { level: l, format: LevelFormat.DECIMAL, text: levelText(item, l), start: l === level ? start : 1 },
      );
      this.config.push({ reference: name, levels });
    }
    return name;
  }

  numbering(item: Item, level: number, afterElement: boolean) {
    const style = `${item.style}${item.prefix ?? ''}${item.number === null ? item.label : ''}`;
    const list = this.list;
    if (list && list.style === style) {
      const next = item.number === null ? null : (list.counters[level] ?? 0) + 1;
      if (next === item.number && (level === 0 || list.counters[0] !== undefined)) {
        list.counters[level] = next ?? undefined;
        if (level === 0) list.counters[1] = undefined;
        if (afterElement) this.continuedAcrossElements++;
        return { reference: list.reference, level, instance: list.instance };
      }
    }
    const reference = this.reference(item, level, item.number ?? 1);
    const instance = (this.instances.get(reference) ?? 0) + 1;
    this.instances.set(reference, instance);
    this.list = { reference, instance, counters: level === 0 ? [item.number ?? undefined] : [0, item.number ?? undefined], style };
    return { reference, level, instance };
  }
}

/** A first word in bold, the rest plain: formatting the import drops. */
function runs(text: string): TextRun[] {
  const space = text.indexOf(' ');
  if (space < 0) return [new TextRun(text)];
  return [new TextRun({ text: text.slice(0, space), bold: true }), new TextRun(text.slice(space))];
}

export interface WordFixture {
  bytes: Buffer;
  /** List paragraphs that carry on a list after an element sub-heading. */
  continuedAcrossElements: number;
}

export async function wordFixture(doc: NosDocument): Promise<WordFixture> {
  const lists = new WordLists();
  const children: Array<Paragraph | Table> = [];
  let afterElement = false;
  for (const block of blocksOf(doc)) {
    if (block.kind !== 'item') afterElement = block.kind === 'element';
    switch (block.kind) {
      case 'title':
        children.push(new Paragraph({ text: block.text, heading: HeadingLevel.TITLE }));
        break;
      case 'heading':
        lists.endList();
        children.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 }));
        break;
      case 'element':
        children.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 }));
        break;
      case 'leadIn':
        children.push(new Paragraph({ children: [new TextRun({ text: block.text, italics: true })] }));
        break;
      case 'item': {
        const indented = block.level > 0 || /^\s/.test(doc.lines.lineText(block.item.line)) ? 1 : 0;
        const numbering = block.level > 0 && block.item.number === null
          ? { reference: `sub ${block.item.label}`, level: 1, instance: 1 }
          : lists.numbering(block.item, indented, afterElement);
        if (numbering.reference.startsWith('sub ') && !lists.config.some((c) => c.reference === numbering.reference)) {
          lists.config.push({ reference: numbering.reference, levels: [0, 1].map((level) => ({ level, format: LevelFormat.BULLET, text: block.item.label })) });
        }
        children.push(new Paragraph({ children: runs(block.item.text), numbering }));
        afterElement = false;
        break;
      }
      case 'fields':
        lists.endList();
        children.push(
          new Table({
            rows: block.fields.map(
              (field) =>
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: field.label, bold: true })] })] }),
                    new TableCell({ children: [new Paragraph(field.value)] }),
                  ],
                }),
            ),
          }),
        );
        break;
      default: {
        const colon = block.text.indexOf(': ');
        // Glossary entries: the term in bold.
        children.push(
          new Paragraph({
            children: colon > 0 ? [new TextRun({ text: block.text.slice(0, colon), bold: true }), new TextRun(block.text.slice(colon))] : [new TextRun(block.text)],
          }),
        );
      }
    }
  }
  const bytes = await Packer.toBuffer(new Document({ numbering: { config: lists.config }, sections: [{ children }] }));
  return { bytes, continuedAcrossElements: lists.continuedAcrossElements };
}
