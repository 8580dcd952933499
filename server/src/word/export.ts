// NOS text into a clean .docx: the title in Word's Title style, section headings as
// Heading 1, element sub-headings as Heading 2, criteria and knowledge items as real
// numbered lists (Word numbers them; the labels are not typed in), metadata as a
// two-column table. Each section's list is one Word list, carried on across its element
// sub-headings; where the draft's numbers break the sequence a new list starts at the
// number written, so the document shows exactly the draft's labels.

import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, WidthType, type ILevelsOptions } from 'docx';
import type { Item, NosDocument } from '../core';
import { blocksOf, type Block } from './blocks';

/** Word's label text for an item's style: "%1." shows "3.". */
function labelText(item: Item): string {
  switch (item.style) {
    case 'dot': return '%1.';
    case 'paren': return '%1)';
    case 'bare': return '%1';
    case 'prefix': return `${item.prefix}%1`;
    default: return item.label;
  }
}

const INDENT = 360;

/** The lists of the document: one numbering definition per label style and start. */
class Lists {
  readonly config: Array<{ reference: string; levels: ILevelsOptions[] }> = [];
  private readonly instances = new Map<string, number>();
  private current: { reference: string; instance: number; next: number | null } | null = null;

  private define(reference: string, make: () => ILevelsOptions[]): string {
    if (!this.config.some((c) => c.reference === reference)) this.config.push({ reference, levels: make() });
    return reference;
  }

  /** A new list starts with each section. */
  endList(): void {
    this.current = null;
  }

  numberingOf(item: Item, level: number): { reference: string; level: number; instance: number } {
    const bullet = item.number === null;
    if (level > 0 || bullet) {
      const reference = this.define(`bullet ${item.label}`, () =>
        [0, 1, 2].map((l) => ({ level: l, format: LevelFormat.BULLET, text: item.label, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: INDENT * (l + 2), hanging: INDENT } } } })),
      );
      // A sub-item's bullets are a list of their own; the numbered list goes on after them.
      if (level > 0) return { reference, level, instance: 0 };
      if (this.current?.reference !== reference) this.current = { reference, instance: this.newInstance(reference), next: null };
      return { reference, level: 0, instance: this.current.instance };
    }
    const text = labelText(item);
    const n = item.number!;
    if (this.current && this.current.next === n && this.current.reference.startsWith(`${text} `)) {
      this.current.next = n + 1;
      return { reference: this.current.reference, level: 0, instance: this.current.instance };
    }
    const reference = this.define(`${text} ${n}`, () => [
      { level: 0, format: LevelFormat.DECIMAL, text, start: n, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: INDENT * 2, hanging: INDENT * 2 } } } },
    ]);
    this.current = { reference, instance: this.newInstance(reference), next: n + 1 };
    return { reference, level: 0, instance: this.current.instance };
  }

  private newInstance(reference: string): number {
    const instance = (this.instances.get(reference) ?? 0) + 1;
    this.instances.set(reference, instance);
    return instance;
  }
}

function paragraphs(blocks: Block[], lists: Lists): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(new Paragraph({ text: block.text, heading: HeadingLevel.TITLE }));
        break;
      case 'heading':
        lists.endList();
        out.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 }));
        break;
      case 'element':
        out.push(new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 }));
        break;
      case 'item':
        out.push(new Paragraph({ text: block.item.text, numbering: lists.numberingOf(block.item, block.level) }));
        break;
      case 'fields':
        lists.endList();
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: block.fields.map(
              (field) =>
                new TableRow({
                  children: [
                    new TableCell({ width: { size: 35, type: WidthType.PERCENTAGE }, children: [new Paragraph(field.label)] }),
                    new TableCell({ width: { size: 65, type: WidthType.PERCENTAGE }, children: [new Paragraph(field.value)] }),
                  ],
                }),
            ),
          }),
        );
        break;
      default:
        out.push(new Paragraph(block.text));
    }
  }
  return out;
}

/** The .docx bytes of a parsed NOS document. */
export async function exportDocx(doc: NosDocument): Promise<Buffer> {
  const lists = new Lists();
  const children = paragraphs(blocksOf(doc), lists);
  const document = new Document({
    creator: 'NOS Author',
    title: doc.title?.text ?? '',
    // Word checks the spelling in the draft's language, Welsh or British English.
    styles: { default: { document: { run: { language: { value: doc.language === 'cy' ? 'cy-GB' : 'en-GB' } } } } },
    numbering: { config: lists.config },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
