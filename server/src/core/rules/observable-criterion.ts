// S28: a performance criterion describes what can be seen done. One that starts "understand",
// "know", "be aware" ("deall", "gwybod", "bod yn ymwybodol") is knowledge, and belongs in
// Knowledge and understanding.

import { leadingAdverb } from '../conventions/verbs';
import { NOT_OBSERVABLE } from '../conventions/words';
import { say, type Message } from '../messages/message';
import { itemTextStart } from './itemText';
import type { Item, NosDocument, Section } from '../model/types';
import { Severity, type Lang, type TextEdit } from '../types';
import { defineRule, type DocumentContext, type FixSpec } from './rule';

const MESSAGES = {
  description: {
    en: 'Performance criteria describe what can be seen done: “understand”, “know” and “be aware” belong in knowledge and understanding.',
    cy: "Mae meini prawf perfformiad yn disgrifio'r hyn y gellir ei weld yn cael ei wneud: mae “deall”, “gwybod” a “bod yn ymwybodol” yn perthyn i wybodaeth a dealltwriaeth.",
  },
  notObservable: {
    en: ({ verb }) => `“${verb}” cannot be seen done: this criterion is knowledge, and belongs in knowledge and understanding.`,
    cy: ({ verb }) => `Ni ellir gweld “${verb}” yn cael ei wneud: gwybodaeth yw'r maen prawf hwn, ac mae'n perthyn i wybodaeth a dealltwriaeth.`,
  } satisfies Message<{ verb: string }>,
  move: {
    en: ({ label }) => `Move it to the end of knowledge and understanding as ${label}`,
    cy: ({ label }) => `Ei symud i ddiwedd gwybodaeth a dealltwriaeth fel ${label}`,
  } satisfies Message<{ label: string }>,
};

/** Longest phrases first, so "be aware of" wins over "be aware". */
const PHRASES = [...NOT_OBSERVABLE.en, ...NOT_OBSERVABLE.cy].sort((a, b) => b.length - a.length);

/** The unobservable verb an item starts with (after an adverb), as written, with its offset in the item's text. */
function unobservableVerb(text: string, language: Lang): { verb: string; offset: number } | null {
  const offset = leadingAdverb(text, language);
  const rest = text.slice(offset).toLowerCase();
  const phrase = PHRASES.find((p) => rest.startsWith(p) && !/\p{L}/u.test(rest.charAt(p.length)));
  return phrase ? { verb: text.slice(offset, offset + phrase.length), offset } : null;
}

/** The label the next item of a list would have, in the style of its last item. */
function nextLabel(items: readonly Item[]): string | null {
  const last = items[items.length - 1];
  if (!last) return null;
  if (last.number === null) return last.label;
  return last.label.replace(/\d+/, String(items.length + 1));
}

/** Moves `item` after the last knowledge item and renumbers the criteria after it, when they run 1..n. */
function moveFix(doc: NosDocument, criteria: Section, index: number, knowledge: Section): FixSpec | null {
  const item = criteria.items[index];
  const label = nextLabel(knowledge.items);
  if (!label || (item.number === null) !== (knowledge.items[knowledge.items.length - 1].number === null)) return null;
  const { lines } = doc;
  const last = knowledge.items[knowledge.items.length - 1];
  const lastText = lines.lineText(last.line);
  const indent = lastText.slice(0, lastText.length - lastText.trimStart().length);
  const from = lines.offsetAt(item.labelRange.end);
  const moved = lines.text.slice(from, lines.offsetAt(item.range.end)).replace(/^\s*/, ' ');
  const line = indent + label + moved;
  const at = last.lastLine + 1;
  const insert: TextEdit = at < lines.lineCount
    ? { range: lines.span(at, 0, 0), newText: line + lines.eol }
    : { range: lines.span(last.lastLine, lines.lineText(last.lastLine).length, lines.lineText(last.lastLine).length), newText: lines.eol + line };
  const edits: TextEdit[] = [{ range: lines.wholeLinesRange(item.line, item.lastLine), newText: '' }, insert];
  const inOrder = criteria.items.every((other, i) => other.number === null || other.number === i + 1);
  if (inOrder) {
    for (const later of criteria.items.slice(index + 1)) {
      if (later.numberRange && later.number !== null) edits.push({ range: later.numberRange, newText: String(later.number - 1) });
    }
  }
  return { title: say(MESSAGES.move, { label: label.replace(/[.)]$/, '') }), edits };
}

function check({ doc, language, report }: DocumentContext): void {
  const criteria = doc.sections.find((s) => s.id === 'performance-criteria');
  const knowledge = doc.sections.find((s) => s.id === 'knowledge-understanding');
  criteria?.items.forEach((item, index) => {
    const found = unobservableVerb(item.text, language);
    if (!found) return;
    // The verb on the item's first line, where the text starts after its label.
    const lineText = doc.lines.lineText(item.line);
    const start = itemTextStart(lineText, item) + found.offset;
    const fix = knowledge ? moveFix(doc, criteria, index, knowledge) : null;
    report({
      range: doc.lines.span(item.line, start, Math.min(start + found.verb.length, lineText.length)),
      message: say(MESSAGES.notObservable, { verb: found.verb }),
      fixes: fix ? [fix] : [],
    });
  });
}

export const observableCriterion = defineRule({
  id: 'observable-criterion',
  covers: ['S28'],
  defaultSeverity: Severity.Information,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
