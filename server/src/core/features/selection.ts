// Expand selection: word → item (or glossary entry, metadata field, heading) →
// element → section (or metadata block) → whole document.

import type { NosDocument } from '../model/types';
import { scanWords } from '../text/words';
import { sameRange, type Position, type Range } from '../types';
import { elementLastLine } from './folding';
import { contains } from './hover';

/** The ranges around a position, innermost first, each inside the next. */
export function selectionRanges(doc: NosDocument, at: Position): Range[] {
  const { lines } = doc;
  const p = lines.clamp(at);
  const candidates: Range[] = [];

  const words = scanWords(lines.lineText(p.line));
  const word = words.starts.findIndex((start, i) => start <= p.character && p.character <= words.ends[i]);
  if (word >= 0) candidates.push(lines.span(p.line, words.starts[word], words.ends[word]));

  const line = p.line;
  const section = doc.sections.find((s) => s.firstLine <= line && line <= s.lastLine);
  if (section) {
    if (section.heading?.line === line) candidates.push(section.heading.range, lines.lineRange(line));
    const item = section.items.find((it) => it.line <= line && line <= it.lastLine);
    if (item) candidates.push(item.range);
    const entry = section.id === 'glossary' ? doc.glossary.find((g) => g.line <= line && line <= g.lastLine) : undefined;
    if (entry) candidates.push(entry.termRange, entry.range);
    const element = section.elements.findIndex((e, i) => e.line <= line && line <= elementLastLine(section, i));
    if (element >= 0) {
      const { line: first, range } = section.elements[element];
      if (first === line) candidates.push(range);
      candidates.push(lines.linesRange(first, elementLastLine(section, element)));
    }
    candidates.push(section.range);
  }
  const field = doc.fields.find((f) => f.line <= line && line <= f.lastLine);
  if (field) {
    if (field.valueRange) candidates.push(field.valueRange);
    candidates.push(field.labelRange, field.range);
    const block = doc.fields.filter((f) => !f.header && f.label);
    if (!field.header && block.length) candidates.push(lines.linesRange(block[0].line, block[block.length - 1].lastLine));
  }
  candidates.push(lines.linesRange(0, lines.lineCount - 1));

  // Keep each range that holds the last one kept and is larger.
  const chain: Range[] = [];
  for (const range of candidates) {
    const last = chain[chain.length - 1];
    if (!contains(range, p)) continue;
    if (last && !(contains(range, last.start) && contains(range, last.end) && !sameRange(range, last))) continue;
    chain.push(range);
  }
  return chain;
}
