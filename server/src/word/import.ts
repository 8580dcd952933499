// A .docx into NOS text. mammoth reads the document's structure (paragraphs, their
// styles, runs and tables, text boxes and fields resolved); the numbers Word shows before
// list paragraphs are worked out from numbering.xml and each paragraph's numbering
// properties (numbering.ts), since mammoth keeps only whether a paragraph is in a list.
// Headings become lines of their own, list paragraphs get their labels written out,
// two-column table rows become "Label: value" lines, and character formatting goes.

import { DOMParser } from '@xmldom/xmldom';

type XmlElement = Element;
import * as mammoth from 'mammoth';
import { WORD } from './messages';
import { child, val, WordNumbering, type Label } from './numbering';
import { mainPart, readPackage, relationships, WordError, type Parts } from './package';

/** The bullets the NOS parser reads; Word's symbol-font bullets are shown as "•". */
const NOS_BULLETS = new Set([...'-–•*▪◦·']);
/** A first cell this long is prose, not a metadata label. */
const MAX_LABEL = 100;

const TITLE = /^(title|subtitle)$/i;
const HEADING_STYLE = /^heading [1-9]$/i;
const HEADING_ID = /^heading[1-9]$/i;

function parseXml(text: string | undefined): XmlElement | undefined {
  if (text === undefined) return undefined;
  const doc = new DOMParser({
    errorHandler: {
      warning: () => undefined,
      error: () => undefined,
      fatalError: () => {
        throw new WordError((lang) => WORD.damaged[lang]);
      },
    },
  }).parseFromString(text, 'text/xml');
  return doc.documentElement ?? undefined;
}

/**
 * Text compared to pair mammoth's paragraphs with the XML's: letters and digits only, since
 * mammoth adds tabs, breaks and symbols (w:sym, non-breaking hyphens) that are no w:t text.
 */
const key = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '');

function closest(node: XmlElement, names: ReadonlySet<string>): XmlElement | undefined {
  for (let up = node.parentNode; up; up = up.parentNode) if (names.has(up.nodeName)) return up as XmlElement;
  return undefined;
}

const PARAGRAPH = new Set(['w:p']);
const FALLBACK = new Set(['mc:Fallback']);

interface XmlParagraph {
  key: string;
  label: Label | null;
}

/** Every paragraph of the body in document order, with the label Word shows before it. */
function xmlParagraphs(body: XmlElement | undefined, numbering: WordNumbering): XmlParagraph[] {
  const found: XmlParagraph[] = [];
  if (!body) return found;
  const all = body.getElementsByTagName('w:p');
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    // Word draws the first choice of alternate content; the fallback repeats it.
    if (closest(p, FALLBACK)) continue;
    const pPr = child(p, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const ilvl = val(numPr, 'w:ilvl');
    const label = numbering.next({
      numId: val(numPr, 'w:numId'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      styleId: val(pPr, 'w:pStyle'),
    });
    let text = '';
    const runs = p.getElementsByTagName('w:t');
    for (let j = 0; j < runs.length; j++) if (closest(runs[j], PARAGRAPH) === p) text += runs[j].textContent ?? '';
    found.push({ key: key(text), label });
  }
  return found;
}

/** mammoth's document tree: only what is read here. */
interface Node {
  type: string;
  children?: Node[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
}

/** A paragraph's text: runs, tabs and line breaks; paragraphs nested in text boxes go to `nested`. */
function paragraphText(node: Node, nested: Node[]): string {
  let text = '';
  for (const part of node.children ?? []) {
    if (part.type === 'text') text += part.value ?? '';
    else if (part.type === 'tab') text += '\t';
    else if (part.type === 'break') text += '\n';
    else if (part.type === 'paragraph' || part.type === 'table') nested.push(part);
    else text += paragraphText(part, nested);
  }
  return text;
}

class Writer {
  private next = 0;
  /** Paragraphs with text so far: a table after more than the title is past the header. */
  private written = 0;

  constructor(private readonly xml: XmlParagraph[]) {}

  /** The label of mammoth's paragraph, found by its text among the next XML paragraphs. */
  private labelOf(text: string): Label | null {
    const wanted = key(text);
    for (let i = this.next; i < this.xml.length && i < this.next + 200; i++) {
      if (this.xml[i].key !== wanted) continue;
      this.next = i + 1;
      return this.xml[i].label;
    }
    return null;
  }

  /** The lines of one paragraph, its label written out; nested blocks follow it. */
  paragraph(node: Node): string[] {
    const nested: Node[] = [];
    const text = paragraphText(node, nested);
    const label = this.labelOf(text);
    const heading = [HEADING_STYLE, HEADING_ID, TITLE].some((style) => style.test(node.styleName ?? '') || style.test(node.styleId ?? ''));
    const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
    if (lines.length) this.written++;
    if (lines.length && label && !heading && label.text !== '') {
      const mark = label.bullet ? (NOS_BULLETS.has(label.text) ? label.text : '•') : label.text;
      lines[0] = `${'  '.repeat(label.level)}${mark} ${lines[0]}`;
    }
    for (const block of nested) lines.push(...this.block(block));
    return lines;
  }

  /**
   * A row of two cells, the first a short label, is a metadata field: "Label: value" under
   * the title; further on (the block at the end, where such a line would read as a glossary
   * entry), the label and the value on lines of their own, as published copies have them.
   */
  private row(row: Node, header: boolean): string[] {
    const cells = (row.children ?? []).filter((cell) => cell.type === 'tableCell').map((cell) => this.blocks(cell.children ?? []));
    if (cells.length === 2 && cells[0].length === 1 && cells[0][0].length <= MAX_LABEL && cells[1].length) {
      const label = cells[0][0].replace(/\s*:$/, '');
      const value = cells[1].join('; ');
      return header ? [`${label}: ${value}`] : [label, value];
    }
    return cells.flat();
  }

  block(node: Node): string[] {
    if (node.type === 'paragraph') return this.paragraph(node);
    if (node.type === 'table') {
      const header = this.written <= 1;
      return (node.children ?? []).flatMap((row) => (row.type === 'tableRow' ? this.row(row, header) : this.block(row)));
    }
    return this.blocks(node.children ?? []);
  }

  blocks(nodes: Node[]): string[] {
    return nodes.flatMap((node) => this.block(node));
  }
}

/** The NOS text of a .docx; throws WordError when the file is no readable Word document. */
export async function importDocx(bytes: Buffer): Promise<string> {
  const parts: Parts = await readPackage(bytes);
  const main = mainPart(parts);
  const related = relationships(parts, main);
  const numbering = new WordNumbering(
    parseXml(parts.get(related.get('numbering') ?? 'word/numbering.xml')),
    parseXml(parts.get(related.get('styles') ?? 'word/styles.xml')),
  );
  const body = child(parseXml(parts.get(main)), 'w:body');
  const writer = new Writer(xmlParagraphs(body, numbering));
  let document: Node | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        // Only the tree is wanted: nothing is written as HTML, so no picture is unpacked.
        transformDocument: (tree: Node) => {
          document = tree;
          return { ...tree, children: [] };
        },
      },
    );
  } catch {
    throw new WordError((lang) => WORD.damaged[lang]);
  }
  const lines = writer.blocks(document?.children ?? []);
  return lines.length ? lines.join('\n') + '\n' : '';
}
