// Hover: what a heading or label is (in both languages), where an item stands in its
// list, and what a glossary term means wherever it is used, mutated forms included.

import { fieldSpec, sectionSpec, TITLE_PART } from '../catalogue';
import { DATE_FIELDS, formatDate, parseDate } from '../metadata/dates';
import { HOVER } from '../messages/features';
import type { TermOccurrence } from '../model/termUsage';
import type { NosDocument } from '../model/types';
import type { Bilingual, Lang, Position, Range } from '../types';

export interface HoverResult {
  /** Markdown. */
  markdown: string;
  range: Range;
}

export function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** Both names, the document's language first. */
function bothNames(name: Bilingual, lang: Lang): string {
  return lang === 'cy' ? `**${name.cy}** · **${name.en}**` : `**${name.en}** · **${name.cy}**`;
}

function itemHover(doc: NosDocument, p: Position, lang: Lang): HoverResult | null {
  for (const section of doc.sections) {
    const spec = sectionSpec(section.id);
    if (!spec.sequence || p.line < section.firstLine || p.line > section.lastLine) continue;
    const index = section.items.findIndex((item) => contains(item.labelRange, p));
    if (index < 0) return null;
    const item = section.items[index];
    const total = section.items.length;
    const n = index + 1;
    const lines = [(spec.sequence === 'P' ? HOVER.criterion : HOVER.knowledgeItem)[lang]({ n, total })];
    if (item.number !== null && item.number !== n) lines.push(HOVER.misnumbered[lang]({ written: item.number, n }));
    if (item.element !== null) {
      const element = section.elements[item.element].label.replace(/[*_]+/g, '');
      lines.push(HOVER.underElement[lang]({ element }));
    }
    return { markdown: lines.join('\n\n'), range: item.labelRange };
  }
  return null;
}

function headingHover(doc: NosDocument, p: Position, lang: Lang): HoverResult | null {
  for (const section of doc.sections) {
    if (section.heading && contains(section.heading.range, p)) {
      const spec = sectionSpec(section.id);
      const obligation = spec.obligation === 'required' ? HOVER.requiredSection : HOVER.optionalSection;
      // The lead-in and opening words to write are the document's, whatever language the hover is in.
      const leadIn = spec.leadIns ? `\n\n${HOVER.leadIn[lang]}: “${spec.leadIns[doc.language][0]}”` : '';
      const opening = spec.opening ? `\n\n${HOVER.opening[lang]}: “${spec.opening[doc.language].trimEnd()}…”` : '';
      return {
        markdown: `${bothNames(spec.name, doc.language)}\n\n${spec.holds[lang]} ${obligation[lang]}${leadIn}${opening}`,
        range: section.heading.range,
      };
    }
  }
  if (doc.title && contains(doc.title.range, p)) {
    return { markdown: `${bothNames(TITLE_PART.name, doc.language)}\n\n${TITLE_PART.holds[lang]}`, range: doc.title.range };
  }
  return null;
}

/** A metadata label, or its value: what the field holds and, for a date, how it was read. */
function fieldHover(doc: NosDocument, p: Position, lang: Lang): HoverResult | null {
  const field = doc.fields.find((f) => (f.label && contains(f.labelRange, p)) || (f.valueRange && contains(f.valueRange, p)));
  if (!field) return null;
  const spec = fieldSpec(field.id);
  const onLabel = field.label !== '' && contains(field.labelRange, p);
  const date = !onLabel && DATE_FIELDS.has(field.id) ? parseDate(field.value) : null;
  const written = date && formatDate(date, lang);
  const readAs = written ? `\n\n${HOVER.dateReadAs[lang]({ date: written })}` : '';
  return { markdown: `${bothNames(spec.name, doc.language)}\n\n${spec.holds[lang]}${readAs}`, range: onLabel ? field.labelRange : field.valueRange! };
}

function termHover(doc: NosDocument, p: Position, lang: Lang, termUses: () => TermOccurrence[]): HoverResult | null {
  if (doc.glossary.length === 0) return null;
  const entryAt = doc.glossary.findIndex((entry) => contains(entry.termRange, p));
  if (entryAt >= 0) {
    const entry = doc.glossary[entryAt];
    const count = termUses().filter((use) => use.entry === entryAt).length;
    const used = HOVER.termUsed[lang]({ count });
    return { markdown: `**${entry.term}**: ${entry.definition}\n\n${used}`, range: entry.termRange };
  }
  const use = termUses().find((u) => u.range.start.line === p.line && contains(u.range, p));
  if (!use) return null;
  const entry = doc.glossary[use.entry];
  const { variant } = use;
  const how = variant.inflection === 'radical'
    ? ''
    : `\n\n${HOVER.inflection[lang]({ written: use.written, inflection: HOVER.inflections[variant.inflection][lang], form: variant.form })}`;
  const heading = HOVER.glossary[lang];
  return { markdown: `${heading}: **${entry.term}**: ${entry.definition}${how}`, range: use.range };
}

/**
 * `termUses` gives every use of every glossary term (the service remembers them per model);
 * `lang` is the language to explain in, the document's unless the writer chose another.
 */
export function hoverAt(doc: NosDocument, at: Position, termUses: () => TermOccurrence[], lang: Lang = doc.language): HoverResult | null {
  const position = doc.lines.clamp(at);
  return (
    itemHover(doc, position, lang) ??
    headingHover(doc, position, lang) ??
    fieldHover(doc, position, lang) ??
    termHover(doc, position, lang, termUses)
  );
}
