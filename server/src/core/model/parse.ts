// Second pass of the parser: walks the classified lines once and builds the document
// model (sections, elements, items with continuation lines, metadata, glossary). The
// model is handed on read-only; what the parser keeps to re-parse the next version
// (reparse.ts) stays beside it, in a ParseState.

import type { SectionId } from '../catalogue';
import { FIELDS, sectionSpec, type FieldId } from '../catalogue';
import { LineIndex, type LineChange } from '../text/lineIndex';
import { blankAsSeen, endsSentence, spacesAfter, spacesBefore, startsLowerCase, startsUpperCase } from '../text/normalise';
import type { Lang, Position } from '../types';
import { classifyLines, type LineInfo } from './classify';
import { sameOutside } from './change';
import type { Draft } from './draft';
import { flattenedLines } from './flat/read';
import { expandHeadword, parseGlossary } from './glossary';
import { countVotes, detectLanguage, type LanguageVotes } from './language';
import { nearLabel } from './fuzzyLabel';
import { bareNumberIsLabel, bulletsFillGap, subListOwner } from './lists';
import { findPreamble, footerLines, footerParts, keyOf, type FooterParts } from './preamble';
import { shiftField, shiftSection } from './shift';
import type { Item, MetadataField, NosDocument, Section, TextSpan } from './types';
import { endsMidPhrase, opensName, opensVerbPhrase } from './wrapped';

type FieldInfo = Extract<LineInfo, { kind: 'field' }>;
type ItemInfo = Extract<LineInfo, { kind: 'item' }>;

/** Fields with a label of more than one word in either language ("Keywords": "Geiriau allweddol"). */
const LONG_LABELS: ReadonlySet<FieldId> = new Set(
  FIELDS.filter(({ labels }) => [...labels.en, ...labels.cy].some((label) => /\s/.test(label))).map((spec) => spec.id),
);

export interface ParseOptions {
  /** Overrides the detected document language. */
  language?: Lang;
  /** Expands a glossary headword into its forms (expandHeadword, or a remembering version). */
  expandHeadword?: (term: string) => string[];
}

/** What the parser keeps of one version of a text to re-parse the next (reparse.ts). */
export interface ParseState {
  /** What each line looks like on its own (see classify.ts). */
  readonly lineInfos: readonly LineInfo[];
  /** Each line's part in page footers. */
  readonly footer: FooterParts;
  /** Headings, lead-ins and labels of each language. */
  readonly languageVotes: Readonly<LanguageVotes>;
}

/** A document model and the parse state it was built with. */
export interface Parsed {
  readonly doc: NosDocument;
  readonly state: ParseState;
}

/** Longer unnumbered lines in a criteria list are prose, not element sub-headings. */
const MAX_ELEMENT = 200;
/** Longer lines are values, never a label standing alone. */
const MAX_LABEL = 40;
const SCOPE_SECTIONS: ReadonlySet<SectionId> = new Set(['scope-range', 'scope-performance', 'scope-knowledge']);
/**
 * Sections listing other standards and sites: without a title at the top, their last line
 * before the metadata is another standard's title, not this one's printed there (draft 003).
 */
const LINK_SECTIONS: ReadonlySet<SectionId> = new Set(['links-to-other-nos', 'external-links']);
const GLOSSARY_INLINE = /:|\t|[ \t\u00a0][-–—]/;

export function parse(text: string, options: ParseOptions = {}): NosDocument {
  return parseText(text, options).doc;
}

/** Flattened text, read again one part per line (flat/read.ts). */
export function readFlattened(parsed: Parsed, options: ParseOptions, edited?: { previous: NosDocument; change: LineChange }): Parsed {
  const lines = flattenedLines(parsed.doc, edited);
  return lines ? build(lines, options) : parsed;
}

function build(lines: LineIndex, options: ParseOptions): Parsed {
  const infos = classifyLines(lines);
  return new Builder(lines, infos, countVotes(infos, 0, infos.length, { cy: 0, en: 0 }), options.expandHeadword).build(options.language);
}

/** The model of a text and the state to re-parse its next version from. */
export function parseText(text: string, options: ParseOptions = {}): Parsed {
  return readFlattened(build(new LineIndex(text), options), options);
}

/** Appends source[from..to) one by one: spreading into push() overflows the stack on large models. */
function append<T>(target: T[], source: readonly T[], from = 0, to = source.length): void {
  for (let i = from; i < to; i++) target.push(source[i]);
}

/** Takes line `line` (ending at `end`) into an item: a continuation line or a sub-item. */
function extendItem(item: Draft<Item>, line: number, end: Position): void {
  item.lastLine = line;
  item.range = { start: item.range.start, end };
}

export class Builder {
  private readonly sections: Draft<Section>[] = [];
  /** Sections this build created (the rest are reused from an earlier model, and never written). */
  private readonly built: Draft<Section>[] = [];
  private readonly fields: Draft<MetadataField>[] = [];
  private readonly footer: FooterParts;
  private readonly noise: Set<number>;
  private readonly noiseLines: number[];
  private readonly skip = new Set<number>();
  private current: Draft<Section> | null = null;
  private openField: Draft<MetadataField> | null = null;
  private inMetadata = false;
  private lastItem: Draft<Item> | null = null;
  /** Whether the last line of `lastItem` ends a sentence (tested per line: the joined text grows). */
  private lastTerminal = false;
  /** The numbered item whose sub-list is open (see lists.ts). */
  private listParent: Draft<Item> | null = null;
  /** Where that item ended before its sub-list extended it, should the sub-list prove to be items. */
  private ownEnd: { lastLine: number; range: Item['range'] } | null = null;
  /** Whether the current list numbers items with bare numbers. */
  private bareList = false;
  private blankSince = false;
  private noiseSince = false;
  private title: TextSpan | null = null;
  private urnValue: string | null = null;
  private looseLines: number[] = [];
  private detectedLanguage: Lang | null = null;
  /** The language the text is read in: whether a line opens a sub-heading depends on its verbs (wrapped.ts). */
  private language: Lang = 'en';

  constructor(
    private readonly lines: LineIndex,
    private readonly infos: LineInfo[],
    private readonly votes: Readonly<LanguageVotes>,
    private readonly expand: (term: string) => string[] = expandHeadword,
    footer?: { previous: FooterParts; change: LineChange },
  ) {
    const preamble = findPreamble(lines, infos);
    if (preamble.titleLine !== null) {
      const line = preamble.titleLine;
      const text = lines.lineText(line).slice(preamble.titleStart, preamble.titleEnd);
      this.title = { text, range: lines.span(line, preamble.titleStart, preamble.titleEnd), line };
      this.skip.add(line);
    }
    if (preamble.urnLine !== null) {
      const line = preamble.urnLine;
      const text = lines.lineText(line);
      // The spaces and invisible characters around it are invisible-character's.
      const start = spacesAfter(text, 0);
      const value = text.slice(start, spacesBefore(text, text.length));
      this.urnValue = value;
      const range = lines.span(line, start, start + value.length);
      this.fields.push({
        id: 'urn', label: '', labelRange: lines.span(line, start, start), value, valueRange: range,
        range, line, lastLine: line, inline: true, header: true, lang: null, misspelt: false, startsBlock: false,
      });
      this.skip.add(line);
    } else {
      const urnField = infos.find((i): i is FieldInfo => i.kind === 'field' && i.field === 'urn' && i.form !== 'alone');
      if (urnField) this.urnValue = lines.lineText(infos.indexOf(urnField)).slice(urnField.valueStart, urnField.valueEnd);
    }
    this.footer = footerParts(lines, infos, this.title?.text ?? null, this.urnValue, this.skip, footer);
    this.noiseLines = footerLines(this.footer, infos);
    this.noise = new Set(this.noiseLines);
  }

  build(language: Lang | undefined): Parsed {
    this.chooseLanguage(language);
    this.walk(0, this.infos.length, null);
    return this.finish(null);
  }

  private chooseLanguage(language: Lang | undefined): void {
    this.detectedLanguage = detectLanguage(this.lines, this.votes);
    this.language = language ?? this.detectedLanguage ?? 'en';
  }

  /**
   * Rebuilds only what a change can affect: from the last heading before the first
   * changed line to the first heading after the last one, reusing the sections on
   * either side (after it, copies moved by the lines added or removed). A heading line
   * resets all the walk's state, which is what makes the sections between two headings
   * independent. Null when the change reaches the title, URN or page footers, or changes
   * the language, which the whole document depends on.
   */
  rebuild(previous: NosDocument, change: LineChange, language: Lang | undefined): Parsed | null {
    if (!sameOutside(previous.noiseLines, this.noiseLines, change)) return null;
    this.chooseLanguage(language);
    if (this.language !== previous.language) return null;
    let resume = previous.sections.length - 1;
    while (resume >= 0 && !(previous.sections[resume].heading && previous.sections[resume].firstLine < change.first)) resume--;
    if (resume < 0) return null;
    const from = previous.sections[resume].firstLine;
    // Reused sections and fields are shared with the earlier model and never written.
    append(this.sections, previous.sections as Draft<Section>[], 0, resume);
    this.fields.length = 0;
    append(this.fields, previous.fields.filter((f) => f.line < from) as Draft<MetadataField>[]);
    this.looseLines = previous.looseLines as number[];

    // The rest of the old model still fits the text, moved by the lines added or removed.
    const lines = change.newEnd - change.oldEnd;
    const stop = this.walk(from, this.infos.length, { after: change.oldEnd, lines, sections: previous.sections });
    if (stop !== null) {
      const at = previous.sections.findIndex((s) => s.firstLine + lines === stop);
      const fields = previous.fields.filter((f) => f.line + lines >= stop);
      if (lines === 0) {
        append(this.sections, previous.sections as Draft<Section>[], at);
        append(this.fields, fields as Draft<MetadataField>[]);
      } else {
        for (let i = at; i < previous.sections.length; i++) this.sections.push(shiftSection(previous.sections[i], lines) as Draft<Section>);
        for (const field of fields) this.fields.push(shiftField(field, lines) as Draft<MetadataField>);
      }
    }
    return this.finish(previous);
  }

  /**
   * Visits lines from..to. With `reuse`, stops before the first heading that starts one
   * of the given sections from line `after` on, once moved by `lines`, and returns that line.
   */
  private walk(from: number, to: number, reuse: { after: number; lines: number; sections: readonly Section[] } | null): number | null {
    const starts = reuse ? new Set(reuse.sections.filter((s) => s.heading && s.firstLine >= reuse.after).map((s) => s.firstLine + reuse.lines)) : null;
    for (let line = from; line < to; line++) {
      if (this.noise.has(line)) {
        this.noiseSince = true;
        continue;
      }
      if (this.skip.has(line)) continue;
      const info = this.infos[line];
      if (info.kind === 'blank') {
        this.blankSince = true;
        if (this.openField?.value) this.openField = null;
        continue;
      }
      if (starts?.has(line) && info.kind === 'heading') return line;
      this.visit(line, info);
      this.blankSince = false;
      this.noiseSince = false;
    }
    return null;
  }

  private finish(previous: NosDocument | null): Parsed {
    for (const section of this.built) section.range = this.lines.linesRange(section.firstLine, section.lastLine);
    const glossarySection = this.sections.find((s) => s.id === 'glossary');
    const reusedGlossary = previous && glossarySection && previous.sections.find((s) => s.id === 'glossary') === glossarySection;
    // The last of each counts; deriving them from sections and fields keeps re-use exact.
    const trailingTitle = this.sections.findLast((s) => s.trailingTitle)?.trailingTitle ?? null;
    const blockStart = this.fields.findLast((f) => f.startsBlock);
    const doc: NosDocument = {
      lines: this.lines,
      language: this.language,
      detectedLanguage: this.detectedLanguage,
      title: this.title,
      trailingTitle,
      urn: this.fields.find((f) => f.id === 'urn') ?? null,
      sections: this.sections,
      fields: this.fields,
      glossary: reusedGlossary ? previous.glossary : glossarySection ? parseGlossary(this.lines, this.contentLines(glossarySection), this.expand) : [],
      noiseLines: this.noiseLines,
      looseLines: this.looseLines,
      spacedHeadings: this.spacedHeadings(),
      metadataBlockLine: blockStart?.line ?? null,
    };
    return { doc, state: { lineInfos: this.infos, footer: this.footer, languageVotes: this.votes } };
  }

  private visit(line: number, info: Exclude<LineInfo, { kind: 'blank' }>): void {
    switch (info.kind) {
      case 'heading':
        this.openField = null;
        this.inMetadata = false;
        this.startSection(info.section, line, {
          text: this.lines.lineText(line).slice(info.start, info.end),
          range: this.lines.span(line, info.start, info.end),
          line,
          lang: info.lang,
        });
        return;
      case 'leadin': {
        this.openField = null;
        this.inMetadata = false;
        if (this.current?.id !== info.section) this.startSection(info.section, line, null);
        const text = this.lines.lineText(line).trim();
        const start = this.lines.lineText(line).indexOf(text);
        this.current!.leadIns.push({ text, range: this.lines.span(line, start, start + text.length), lang: info.lang, line });
        this.current!.lastLine = line;
        this.endItem();
        return;
      }
      case 'field':
        // "Status update …" under a "Relevant occupations" label is its value.
        if (this.openField && !this.openField.value && info.form === 'space' && !info.multiWord) {
          this.appendValue(line, info.start, this.lines.lineText(line).trimEnd().length);
        } else if (this.acceptField(info, line)) this.addField(info, line);
        else this.addText(line, info.start, this.lines.lineText(line).trimEnd().length);
        return;
      case 'item':
        if (this.openField) this.appendValue(line, info.labelStart, this.lines.lineText(line).trimEnd().length);
        else if (this.current && !this.inMetadata) {
          const list = { bare: this.bareList, continues: this.continuesItem(this.lines.lineText(line).slice(info.textStart)) };
          if (info.style !== 'bare' || bareNumberIsLabel(info.numEnd - info.numStart, list)) this.addItem(line, info);
          else this.addText(line, info.labelStart, this.lines.lineText(line).trimEnd().length);
        }
        return;
      case 'text':
        this.addText(line, info.start, info.end);
        return;
    }
  }

  private startSection(id: SectionId, line: number, heading: Section['heading']): void {
    const section: Draft<Section> = {
      id, heading, leadIns: [], items: [], elements: [], paragraphLines: [], trailingTitle: null,
      firstLine: line, lastLine: line, range: this.lines.lineRange(line),
    };
    this.sections.push(section);
    this.built.push(section);
    this.current = section;
    this.bareList = false;
    this.endItem();
  }

  /** Whether a line of text continues the last item: lower-case, and not after a blank line that ends its sentence. */
  private continuesItem(text: string): boolean {
    return this.lastItem !== null && startsLowerCase(text) && (!this.blankSince || !this.lastTerminal);
  }

  /**
   * Whether a line that starts with a capital or a digit continues the last item, as a name
   * or a year wrapped onto it does (wrapped.ts). Only in the criteria and knowledge lists,
   * where sub-headings stand, right after the item (page footers aside), and before another
   * item or line: a line before a heading or the metadata block may be the title again.
   */
  private carriesOn(item: Item, line: number, text: string): boolean {
    // The item's last line, not its joined text, which grows line by line; on its own line, after the label.
    const lastLine = this.lines.lineText(item.lastLine);
    const last = item.lastLine === item.line ? lastLine.slice(item.labelRange.end.character) : lastLine;
    if (this.blankSince || !sectionSpec(this.current!.id).sequence || !endsMidPhrase(last)) return false;
    const next = this.nextInfo(line)?.kind;
    return (next === 'item' || next === 'text') && !opensVerbPhrase(text, this.language, opensName(last));
  }

  private endItem(): void {
    this.lastItem = null;
    this.listParent = null;
  }

  /**
   * A metadata label can open a sentence ("Status of …"), so a label followed by a
   * value on the same line counts only where metadata is expected.
   */
  private acceptField(info: FieldInfo, line: number): boolean {
    if (this.current === null || this.inMetadata) return true;
    const short = this.lines.lineText(line).trim().length <= 100;
    if (this.current.id === 'glossary') {
      // "URN LANLP19" before "Datblygwyd gan Lantra" opens the block, as it does after any section.
      if (!info.multiWord) return info.form === 'space' && this.labelFollows(line);
      if (info.form === 'alone' || (info.form === 'space' && short)) return true;
      // "Term: definition" is a glossary entry, but two labels of more than one word in a
      // row ("Developed by: …", "Version number: …") are the metadata block after it.
      return this.labelFollows(line);
    }
    // A label of one word, a space or tab and a value ("URN	COSSUP603", a table row of a
    // Word copy) opens the block only where a longer label follows.
    if (info.form === 'space') return (info.multiWord && short) || this.labelFollows(line);
    return true;
  }

  /**
   * Whether the next line is a metadata label of more than one word. It is judged by its
   * field, not its language: translating its label ("Geiriau allweddol" to "Keywords", a
   * safe fix) must not change what the line before it is.
   */
  private labelFollows(line: number): boolean {
    const next = this.nextInfo(line);
    return next?.kind === 'field' && LONG_LABELS.has(next.field);
  }

  private addField(info: FieldInfo, line: number, misspelt = false): void {
    const header = this.current === null && !this.inMetadata;
    const startsBlock = !header && !this.inMetadata;
    if (startsBlock) {
      this.inMetadata = true;
      this.current = null;
    }
    const text = this.lines.lineText(line);
    const inline = info.form !== 'alone';
    const field: Draft<MetadataField> = {
      id: info.field,
      label: text.slice(info.start, info.end),
      labelRange: this.lines.span(line, info.start, info.end),
      value: inline ? text.slice(info.valueStart, info.valueEnd) : '',
      valueRange: inline && info.valueEnd > info.valueStart ? this.lines.span(line, info.valueStart, info.valueEnd) : null,
      range: this.lines.lineRange(line),
      line,
      lastLine: line,
      inline,
      header,
      lang: info.lang,
      misspelt,
      startsBlock,
    };
    this.fields.push(field);
    this.openField = inline ? null : field;
    this.endItem();
  }

  /** Adds a value line to the field whose label stands alone on its line. */
  private appendValue(line: number, start: number, end: number): void {
    const field = this.openField!;
    const part = this.lines.lineText(line).slice(start, end);
    field.value = field.value ? `${field.value}\n${part}` : part;
    field.valueRange = {
      start: field.valueRange?.start ?? this.lines.position(line, start),
      end: this.lines.position(line, end),
    };
    field.lastLine = line;
    field.range = this.lines.linesRange(field.line, line);
  }

  private addItem(line: number, info: ItemInfo): void {
    const section = this.current!;
    const text = this.lines.lineText(line);
    const end = text.trimEnd().length;
    const element = section.elements.length ? section.elements.length - 1 : null;
    const item: Draft<Item> = {
      label: text.slice(info.labelStart, info.labelEnd),
      number: info.number,
      style: info.style,
      prefix: info.prefix,
      labelRange: this.lines.span(line, info.labelStart, info.labelEnd),
      numberRange: info.number === null ? null : this.lines.span(line, info.numStart, info.numEnd),
      text: text.slice(info.textStart, end),
      range: this.lines.span(line, info.labelStart, Math.max(end, info.labelEnd)),
      line,
      lastLine: line,
      continuationLines: [],
      brokenLines: [],
      element,
      subItems: [] as Draft<Item>[],
    };
    section.lastLine = line;
    this.lastItem = item;
    this.lastTerminal = endsSentence(item.text);
    const owner = subListOwner(item.style, this.listParent);
    if (owner) {
      if (owner.subItems.length === 0) this.ownEnd = { lastLine: owner.lastLine, range: owner.range };
      owner.subItems.push(item);
      extendItem(owner, line, this.lines.position(line, end));
      return;
    }
    if (this.listParent && bulletsFillGap(this.listParent, item)) this.promoteSubList(section, this.listParent);
    section.items.push(item);
    if (element !== null) section.elements[element].endItem = section.items.length;
    this.listParent = item.number !== null ? item : null;
    if (item.style === 'bare') this.bareList = true;
  }

  /** The bullets under `parent` are items of the list after all: they move up beside it, and it ends where it did. */
  private promoteSubList(section: Draft<Section>, parent: Draft<Item>): void {
    for (const item of parent.subItems) section.items.push(item as Draft<Item>);
    parent.subItems = [];
    Object.assign(parent, this.ownEnd);
  }

  private addText(line: number, start: number, end: number): void {
    const text = this.lines.lineText(line).slice(start, end);
    const field = this.openField;
    if (field) {
      // A value is one paragraph: it may start after blank lines but ends at one, or
      // at a misspelt label when labels and values alternate line by line.
      const continues = !field.value || (!this.blankSince && !(this.inMetadata && text.length <= MAX_LABEL && nearLabel(text)));
      if (continues) return this.appendValue(line, start, end);
      this.openField = null;
    }
    if (this.inMetadata) return this.addNearField(line);
    const section = this.current;
    if (section === null) {
      this.looseLines.push(line);
      return;
    }
    const item = this.lastItem;
    if (item && (this.continuesItem(text) || this.carriesOn(item, line, text))) {
      item.text = `${item.text} ${text}`;
      item.continuationLines.push(line);
      extendItem(item, line, this.lines.position(line, end));
      if (this.listParent && this.listParent !== item) extendItem(this.listParent, line, this.lines.position(line, end));
      this.lastTerminal = endsSentence(text);
      if (this.blankSince && !this.noiseSince) item.brokenLines.push(line);
      section.lastLine = line;
      return;
    }
    this.endItem();
    if (this.isTrailingTitle(line, text)) {
      section.trailingTitle = { text, range: this.lines.span(line, start, end), line };
      return;
    }
    section.lastLine = line;
    if (this.isElement(section, text)) {
      section.elements.push({
        label: text,
        range: this.lines.span(line, start, end),
        line,
        firstItem: section.items.length,
        endItem: section.items.length,
      });
      return;
    }
    section.paragraphLines.push(line);
  }

  /** A line of the metadata block whose label is misspelt still holds that field. */
  private addNearField(line: number): void {
    const text = this.lines.lineText(line);
    const near = nearLabel(text);
    if (!near) return;
    // As after a label spelt right (classify.ts): invisible characters alone are no value.
    const hasValue = !blankAsSeen(text.slice(near.valueStart));
    const valueEnd = hasValue ? text.trimEnd().length : near.valueStart;
    const form = hasValue ? 'space' : 'alone';
    this.addField(
      { kind: 'field', field: near.field, lang: near.lang, start: near.start, end: near.end, form, multiWord: true, valueStart: near.valueStart, valueEnd },
      line,
      true,
    );
  }

  private isElement(section: Section, text: string): boolean {
    if (sectionSpec(section.id).sequence) return text.length <= MAX_ELEMENT && !startsLowerCase(text);
    return SCOPE_SECTIONS.has(section.id) && text.length <= MAX_ELEMENT && /:[\s*_]*$/.test(text);
  }

  /**
   * PDF copies print the title again just before the metadata block: the title itself when
   * the document has one at the top (other text there is the last section's).
   */
  private isTrailingTitle(line: number, text: string): boolean {
    if (!startsUpperCase(text) || endsSentence(text) || text.length > 250) return false;
    // A glossary's "Term: definition" (or "Term – definition") is an entry; a line with neither, right before the metadata, no term.
    if (this.current?.id === 'glossary' && GLOSSARY_INLINE.test(text)) return false;
    const info = this.nextInfo(line);
    if (info?.kind !== 'field' || !(info.form === 'alone' || info.multiWord)) return false;
    if (this.title) return keyOf(text) === keyOf(this.title.text);
    return !(this.current && LINK_SECTIONS.has(this.current.id));
  }

  /** The class of the next line that is neither blank nor page noise. */
  private nextInfo(line: number): LineInfo | undefined {
    let next = line + 1;
    while (next < this.infos.length && (this.infos[next].kind === 'blank' || this.noise.has(next))) next++;
    return this.infos[next];
  }

  private contentLines(section: Section): number[] {
    const leadIns = new Set(section.leadIns.map((l) => l.line));
    const result: number[] = [];
    const first = section.heading ? section.heading.line + 1 : section.firstLine;
    for (let line = first; line <= section.lastLine; line++) {
      if (this.infos[line].kind !== 'blank' && !this.noise.has(line) && !leadIns.has(line)) result.push(line);
    }
    return result;
  }

  /** Whether most headings are followed by a blank line, for text the fixes insert. */
  private spacedHeadings(): boolean {
    let spaced = 0;
    let total = 0;
    for (const section of this.sections) {
      if (!section.heading) continue;
      total++;
      if (this.infos[section.heading.line + 1]?.kind === 'blank') spaced++;
    }
    return total > 0 && spaced * 2 >= total;
  }
}
