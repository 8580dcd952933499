// S26: in Welsh text, the radical form of a word right after a trigger that always
// mutates it: "i cwsmeriaid" for "i gwsmeriaid", "â cwsmer" for "â chwsmer", and "yn"
// before a nasal mutation, "yn nghadwyn" for "yng nghadwyn". Only where the format's
// tables (§8) are certain: radical c, p and t (b, d, g and m may already be mutated
// forms), lower-case words only (no names), no "ll"/"rh", no pronouns.

import type { Section } from '../model/types';
import { Severity, type Bilingual } from '../types';
import type { Rule, RuleContext } from './rule';
import { sectionSpans } from './stray-markup';

type Kind = 'soft' | 'aspirate' | 'nasal' | 'yn';

const TRIGGERS: Record<string, Kind> = {
  am: 'soft', ar: 'soft', at: 'soft', dan: 'soft', dros: 'soft', drwy: 'soft', trwy: 'soft', heb: 'soft',
  i: 'soft', o: 'soft', gan: 'soft', wrth: 'soft', dy: 'soft',
  'â': 'aspirate', gyda: 'aspirate', tua: 'aspirate',
  fy: 'nasal',
  yn: 'yn',
};
const MUTATIONS: Record<Exclude<Kind, 'yn'>, Record<string, string>> = {
  soft: { c: 'g', p: 'b', t: 'd' },
  aspirate: { c: 'ch', p: 'ph', t: 'th' },
  nasal: { c: 'ngh', p: 'mh', t: 'nh' },
};
/** "yn" before a nasal mutation takes its nasal: "yng nghadwyn", "ym mhob", "yng ngwaith". */
const YN_BEFORE: Array<[string, string]> = [['ngh', 'yng'], ['ng', 'yng'], ['mh', 'ym']];
/** After these, "i" is the pronoun "I" ("gen i", "dw i"), which mutates nothing. */
const PRONOUN_I_AFTER = new Set(['gen', 'gennyf', 'dw', 'wyf', 'ydw', 'oeddwn', 'roeddwn', 'byddwn', 'hoffwn', 'es', 'ces', 'fues', 'mi']);
/** Fixed phrases and pronouns that keep their radical: "gan taw", "i ti", "i chi". */
const KEPT = new Set(['ti', 'taw', 'tithau']);

const PATTERN = /(?<![\p{L}\p{N}'’])(am|ar|at|dan|dros|drwy|trwy|heb|i|o|gan|wrth|dy|â|gyda|tua|fy|yn)[ \t\u00a0]+(\p{Ll}[\p{L}'’-]*)/giu;
const PREVIOUS_WORD = /([\p{L}]+)[ \t\u00a0]+$/u;

export interface Slip {
  /** Offsets in the line of the text to change, and what it should be. */
  start: number;
  end: number;
  newText: string;
  kind: Kind;
  trigger: string;
  word: string;
  fixed: string;
}

/** Mutation slips in `text` between `from` and `to`. */
export function findSlips(text: string, from: number, to: number): Slip[] {
  const slips: Slip[] = [];
  const span = text.slice(from, to);
  for (const match of span.matchAll(PATTERN)) {
    const trigger = match[1];
    const word = match[2];
    const kind = TRIGGERS[trigger.toLowerCase()];
    const wordStart = from + match.index! + match[0].length - word.length;
    if (kind === 'yn') {
      const rule = YN_BEFORE.find(([head]) => word.startsWith(head));
      if (!rule) continue;
      const start = from + match.index!;
      const newText = trigger[0] === 'Y' ? 'Y' + rule[1].slice(1) : rule[1];
      slips.push({ start, end: start + 2, newText, kind, trigger, word, fixed: `${newText} ${word}` });
      continue;
    }
    const initial = word[0];
    if (/^(ch|ph|th)/.test(word) || KEPT.has(word)) continue;
    const mutated = MUTATIONS[kind][initial];
    if (!mutated) continue;
    if (trigger.toLowerCase() === 'i' && PRONOUN_I_AFTER.has(PREVIOUS_WORD.exec(span.slice(0, match.index!))?.[1].toLowerCase() ?? '')) continue;
    slips.push({ start: wordStart, end: wordStart + 1, newText: mutated, kind, trigger, word, fixed: `${trigger} ${mutated}${word.slice(1)}` });
  }
  return slips;
}

const NAMES: Record<Exclude<Kind, 'yn'>, Bilingual> = {
  soft: { en: 'the soft mutation', cy: 'treiglad meddal' },
  aspirate: { en: 'the aspirate mutation', cy: 'treiglad llaes' },
  nasal: { en: 'the nasal mutation', cy: 'treiglad trwynol' },
};

function reportSpans(context: RuleContext, spans: Array<[number, number, number]>): void {
  const { lines } = context.doc;
  for (const [line, from, to] of spans) {
    for (const slip of findSlips(lines.lineText(line), from, to)) {
      const range = lines.span(line, slip.start, slip.end);
      const written = `${slip.trigger} ${slip.word}`;
      context.report({
        range: slip.kind === 'yn' ? lines.span(line, slip.start, slip.start + written.length) : lines.span(line, slip.start, slip.start + slip.word.length),
        message: slip.kind === 'yn'
          ? {
              en: `Before a nasal mutation “${slip.trigger}” becomes “${slip.newText}”: “${slip.fixed}”, not “${written}”.`,
              cy: `O flaen treiglad trwynol mae “${slip.trigger}” yn troi'n “${slip.newText}”: “${slip.fixed}”, nid “${written}”.`,
            }
          : {
              en: `After “${slip.trigger}” comes ${NAMES[slip.kind].en}: “${slip.fixed}”, not “${written}”.`,
              cy: `Ar ôl “${slip.trigger}” daw ${NAMES[slip.kind].cy}: “${slip.fixed}”, nid “${written}”.`,
            },
        fixes: [{ title: { en: `Change to “${slip.fixed}”`, cy: `Newid i “${slip.fixed}”` }, edits: [{ range, newText: slip.newText }], isPreferred: true }],
      });
    }
  }
}

export const welshMutation: Rule = {
  id: 'welsh-mutation',
  covers: ['S26'],
  defaultSeverity: Severity.Information,
  description: {
    en: 'In Welsh text, words after a trigger that always mutates are mutated (“i gwsmeriaid”, “â chwsmer”, “yng nghadwyn”).',
    cy: "Mewn testun Cymraeg, mae geiriau ar ôl sbardun sydd bob amser yn treiglo wedi'u treiglo (“i gwsmeriaid”, “â chwsmer”, “yng nghadwyn”).",
  },
  check(context) {
    const { doc } = context;
    if (doc.language !== 'cy' || !doc.title) return;
    reportSpans(context, [[doc.title.line, doc.title.range.start.character, doc.title.range.end.character]]);
  },
  checkSection(context, section: Section) {
    if (context.doc.language !== 'cy') return;
    reportSpans(context, sectionSpans(context.doc, section));
  },
};
