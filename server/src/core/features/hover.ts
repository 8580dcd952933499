// Hover: what a heading or label is (in both languages), where an item stands in its
// list, and what a glossary term means wherever it is used, mutated forms included.

import { fieldSpec, sectionSpec, TITLE_PART } from '../catalogue';
import { termUses, type Inflection } from '../model/termUsage';
import type { NosDocument } from '../model/types';
import type { Bilingual, Lang, Position, Range } from '../types';

export interface HoverResult {
  /** Markdown. */
  markdown: string;
  range: Range;
}

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

const INFLECTIONS: Record<Inflection, Bilingual> = {
  radical: { en: 'radical form', cy: 'ffurf gysefin' },
  soft: { en: 'soft mutation', cy: 'treiglad meddal' },
  nasal: { en: 'nasal mutation', cy: 'treiglad trwynol' },
  aspirate: { en: 'aspirate mutation', cy: 'treiglad llaes' },
  'h-prosthesis': { en: 'h- before a vowel', cy: 'h- o flaen llafariad' },
  plural: { en: 'plural', cy: 'lluosog' },
};

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
    const lines = [
      spec.sequence === 'P'
        ? { en: `Performance criterion ${n} of ${total} (P${n})`, cy: `Maen prawf perfformiad ${n} o ${total} (P${n})` }[lang]
        : { en: `Knowledge item ${n} of ${total} (K${n})`, cy: `Eitem wybodaeth ${n} o ${total} (K${n})` }[lang],
    ];
    if (item.number !== null && item.number !== n) {
      lines.push({ en: `Numbered ${item.number} here; it should be ${n}.`, cy: `Wedi'i rifo'n ${item.number} yma; dylai fod yn ${n}.` }[lang]);
    }
    if (item.element !== null) {
      const element = section.elements[item.element].label.replace(/[*_]+/g, '');
      lines.push({ en: `Under “${element}”.`, cy: `O dan “${element}”.` }[lang]);
    }
    return { markdown: lines.join('\n\n'), range: item.labelRange };
  }
  return null;
}

function headingHover(doc: NosDocument, p: Position, lang: Lang): HoverResult | null {
  for (const section of doc.sections) {
    if (section.heading && contains(section.heading.range, p)) {
      const spec = sectionSpec(section.id);
      const obligation = spec.obligation === 'required'
        ? { en: 'Required section.', cy: 'Adran ofynnol.' }
        : { en: 'Optional section.', cy: 'Adran ddewisol.' };
      const leadIn = spec.leadIns
        ? `\n\n${{ en: 'Lead-in', cy: 'Cyflwyniad' }[lang]}: “${spec.leadIns[lang][0]}”`
        : '';
      return {
        markdown: `${bothNames(spec.name, lang)}\n\n${spec.holds[lang]} ${obligation[lang]}${leadIn}`,
        range: section.heading.range,
      };
    }
  }
  if (doc.title && contains(doc.title.range, p)) {
    return { markdown: `${bothNames(TITLE_PART.name, lang)}\n\n${TITLE_PART.holds[lang]}`, range: doc.title.range };
  }
  return null;
}

function fieldHover(doc: NosDocument, p: Position, lang: Lang): HoverResult | null {
  const field = doc.fields.find((f) => f.label && contains(f.labelRange, p));
  if (!field) return null;
  const spec = fieldSpec(field.id);
  return { markdown: `${bothNames(spec.name, lang)}\n\n${spec.holds[lang]}`, range: field.labelRange };
}

function termHover(doc: NosDocument, p: Position, lang: Lang): HoverResult | null {
  if (doc.glossary.length === 0) return null;
  const entryAt = doc.glossary.findIndex((entry) => contains(entry.termRange, p));
  if (entryAt >= 0) {
    const entry = doc.glossary[entryAt];
    const count = termUses(doc).filter((use) => use.entry === entryAt).length;
    const used = { en: `Used ${count} times in the document.`, cy: `Defnyddir ${count} o weithiau yn y ddogfen.` }[lang];
    return { markdown: `**${entry.term}**: ${entry.definition}\n\n${used}`, range: entry.termRange };
  }
  const use = termUses(doc).find((u) => u.range.start.line === p.line && contains(u.range, p));
  if (!use) return null;
  const entry = doc.glossary[use.entry];
  const { variant } = use;
  const how = variant.inflection === 'radical'
    ? ''
    : `\n\n*${use.written}*: ${INFLECTIONS[variant.inflection][lang]} ${{ en: 'of', cy: 'o' }[lang]} *${variant.form}*`;
  const heading = { en: 'Glossary', cy: 'Geirfa' }[lang];
  return { markdown: `${heading}: **${entry.term}**: ${entry.definition}${how}`, range: use.range };
}

export function hoverAt(doc: NosDocument, at: Position): HoverResult | null {
  const lang = doc.language;
  const position = doc.lines.clamp(at);
  return (
    itemHover(doc, position, lang) ??
    headingHover(doc, position, lang) ??
    fieldHover(doc, position, lang) ??
    termHover(doc, position, lang)
  );
}
