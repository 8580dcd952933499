// S23: glossary headwords with well-formed optional endings (`Customer(s)`, `Cwsmer(iaid)`,
// `Cydweithiwr(cydweithwyr)`), each term once, each with a definition.

import { sectionSpec } from '../catalogue';
import { say, type Message } from '../messages/message';
import { spacedForm, termKeys, withoutAbbreviations } from '../model/glossary';
import type { GlossaryEntry, NosDocument } from '../model/types';
import { Severity, type TextEdit } from '../types';
import { defineRule, type DocumentContext, type FixSpec } from './rule';

const MESSAGES = {
  description: {
    en: 'Glossary headwords have well-formed endings in brackets, each term appears once, and each has a definition.',
    cy: "Mae terfyniadau mewn cromfachau ym mhenawdeiriau'r eirfa wedi'u ffurfio'n dda, mae pob term yn ymddangos unwaith, ac mae diffiniad gan bob un.",
  },
  brackets: {
    en: ({ term }) => `The headword “${term}” has its brackets out of shape: write the optional ending straight after the word, as “Customer(s)”.`,
    cy: ({ term }) => `Nid yw cromfachau'r pennair “${term}” yn gywir: ysgrifennwch y terfyniad dewisol yn syth ar ôl y gair, fel “Cwsmer(iaid)”.`,
  } satisfies Message<{ term: string }>,
  writeTerm: {
    en: ({ term }) => `Write “${term}”`,
    cy: ({ term }) => `Ysgrifennu “${term}”`,
  } satisfies Message<{ term: string }>,
  duplicate: {
    en: ({ term, line }) => `“${term}” is defined twice: it is already in the glossary on line ${line}.`,
    cy: ({ term, line }) => `Mae “${term}” wedi'i ddiffinio ddwywaith: mae eisoes yn yr eirfa ar linell ${line}.`,
  } satisfies Message<{ term: string; line: number }>,
  removeDuplicate: { en: 'Remove this repeated entry', cy: "Tynnu'r cofnod ailadroddus hwn" },
  noDefinition: {
    en: ({ term }) => `The glossary term “${term}” has no definition.`,
    cy: ({ term }) => `Nid oes diffiniad i'r term “${term}” yn yr eirfa.`,
  } satisfies Message<{ term: string }>,
};

/** A headword in shape: words, then at most one bracketed ending straight after a word. */
const WELL_FORMED = /^[^()]*?(?:\p{L}\([\p{L}\p{M}'’-]+\))?[^()]*$/u;

/** The headword with its brackets put right, or null when there is no sure way to. */
function mended(term: string): string | null {
  const fixed = term
    .replace(/(\p{L})\s+\((?!\s*\p{Lu})/u, '$1(') // "Customer (s)", not "Equipment ( PPE )"
    .replace(/\(\s+|\s+\)/g, (m) => m.trim()) // "( s )"
    .replace(/\(([\p{L}\p{M}'’-]+)$/u, '($1)'); // "Customer(s"
  return fixed !== term && inShape(fixed) ? fixed : null;
}

/** Whether a headword's brackets are in shape; an abbreviation ("(PPE)") or its other form ("(pobl ifanc)") may follow it. */
function inShape(term: string): boolean {
  const shape = spacedForm(term)?.head ?? withoutAbbreviations(term);
  return WELL_FORMED.test(shape) && !/\(\s*\)/.test(shape);
}

const sameDefinition = (a: GlossaryEntry, b: GlossaryEntry) =>
  a.definition.replace(/\s+/g, ' ').trim().toLowerCase() === b.definition.replace(/\s+/g, ' ').trim().toLowerCase();

function removal(doc: NosDocument, entry: GlossaryEntry): FixSpec {
  const edit: TextEdit = { range: doc.lines.wholeLinesRange(entry.line, entry.lastLine), newText: '' };
  return { title: MESSAGES.removeDuplicate, edits: [edit] };
}

function check({ doc, report }: DocumentContext): void {
  if (!doc.sections.some((s) => sectionSpec(s.id).id === 'glossary')) return;
  const first = new Map<string, GlossaryEntry>();
  for (const entry of doc.glossary) {
    const term = entry.term;
    if (!inShape(term)) {
      const fixed = mended(term);
      report({
        range: entry.termRange,
        message: say(MESSAGES.brackets, { term }),
        fixes: fixed ? [{ title: say(MESSAGES.writeTerm, { term: fixed }), edits: [{ range: entry.termRange, newText: fixed }], isPreferred: true }] : [],
      });
    }
    // A repeat shares a word form with an earlier entry ("Customers" after "Customer(s)").
    const earlier = entry.forms.map((form) => first.get(form)).find(Boolean);
    if (earlier) {
      report({
        range: entry.termRange,
        message: say(MESSAGES.duplicate, { term, line: earlier.line + 1 }),
        fixes: sameDefinition(earlier, entry) ? [removal(doc, entry)] : [],
      });
    } else {
      for (const key of termKeys(entry.forms, doc.language)) first.set(key, entry);
    }
    if (entry.definition.trim() === '') report({ range: entry.termRange, message: say(MESSAGES.noDefinition, { term }) });
  }
}

export const glossaryEntry = defineRule({
  id: 'glossary-entry',
  covers: ['S23'],
  defaultSeverity: Severity.Warning,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check,
});
