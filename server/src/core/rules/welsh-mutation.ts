// S26: in Welsh text, the radical form of a word right after a trigger that always
// mutates it: "i cwsmeriaid" for "i gwsmeriaid", "â cwsmer" for "â chwsmer", and "yn"
// before a nasal mutation, "yn nghadwyn" for "yng nghadwyn". Only where the format's
// tables (§8) are certain: radical c, p and t (b, d, g and m may already be mutated
// forms), lower-case words only (no names), no "ll"/"rh", no pronouns.

import { say, type Message } from '../messages/message';
import { Severity } from '../types';
import { defineRule, type DocumentContext } from './rule';
import { sectionSpans, span, type Span } from './spans';

type Kind = 'soft' | 'aspirate' | 'nasal' | 'yn';

const TRIGGER_KINDS: Record<string, Kind> = {
  am: 'soft', ar: 'soft', at: 'soft', dan: 'soft', dros: 'soft', drwy: 'soft', trwy: 'soft', heb: 'soft',
  i: 'soft', o: 'soft', gan: 'soft', wrth: 'soft', dy: 'soft',
  'â': 'aspirate', gyda: 'aspirate', tua: 'aspirate',
  fy: 'nasal',
  yn: 'yn',
};
const TRIGGERS: ReadonlyMap<string, Kind> = new Map(Object.entries(TRIGGER_KINDS));
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

/** A word's letters, after which punctuation may follow ("cwsmeriaid."). */
const WORD = /\p{Ll}[\p{L}'’-]*/uy;
const isSpace = (code: number) => code === 32 || code === 9 || code === 0xa0;

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

/** The slip of `trigger` before `word` (at `wordStart`), if the tables are certain of one. */
function slipAt(trigger: string, triggerStart: number, word: string, wordStart: number, previous: string): Slip | null {
  const kind = TRIGGERS.get(trigger.toLowerCase())!;
  if (kind === 'yn') {
    const rule = YN_BEFORE.find(([head]) => word.startsWith(head));
    if (!rule) return null;
    const newText = trigger[0] === 'Y' ? 'Y' + rule[1].slice(1) : rule[1];
    return { start: triggerStart, end: triggerStart + 2, newText, kind, trigger, word, fixed: `${newText} ${word}` };
  }
  if (/^(ch|ph|th)/.test(word) || KEPT.has(word)) return null;
  const mutated = MUTATIONS[kind][word[0]];
  if (!mutated) return null;
  if (trigger.toLowerCase() === 'i' && PRONOUN_I_AFTER.has(previous.toLowerCase())) return null;
  return { start: wordStart, end: wordStart + 1, newText: mutated, kind, trigger, word, fixed: `${trigger} ${mutated}${word.slice(1)}` };
}

/**
 * A trigger as a whole word (after the start, a space or an opening bracket or quote, so
 * "a'i" and "i'r" are none), spaces, and the start of a word the tables are certain
 * about: c, p or t (not ch, ph, th) after the mutating triggers, ngh, ng or mh after "yn".
 * One native scan finds the few candidates in a line.
 */
const CANDIDATE = /(^|[\s("“‘])(am|ar|at|dan|dros|drwy|trwy|heb|i|o|gan|wrth|dy|â|gyda|tua|fy|yn)([ \t\u00a0]+)(?=ngh?|mh|[cpt](?!h))/gi;

/** Mutation slips in `text` between `from` and `to`. */
export function findSlips(text: string, from: number, to: number): Slip[] {
  const slips: Slip[] = [];
  // From the character before the span, which may be the space before its first word.
  CANDIDATE.lastIndex = Math.max(0, from - 1);
  for (let match = CANDIDATE.exec(text); match && match.index < to; match = CANDIDATE.exec(text)) {
    const [, before, trigger, spaces] = match;
    const triggerStart = match.index + before.length;
    const wordStart = triggerStart + trigger.length + spaces.length;
    WORD.lastIndex = wordStart;
    const word = WORD.exec(text)?.[0];
    if (!word || triggerStart < from || wordStart + word.length > to) continue;
    const slip = slipAt(trigger, triggerStart, word, wordStart, previousWord(text, triggerStart));
    if (slip) slips.push(slip);
  }
  return slips;
}

/** The word before `at`, for telling the pronoun "i" ("gen i") from the preposition. */
function previousWord(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

type Written = { trigger: string; fixed: string; written: string };

const MESSAGES = {
  description: {
    en: 'In Welsh text, words after a trigger that always mutates are mutated (“i gwsmeriaid”, “â chwsmer”, “yng nghadwyn”).',
    cy: "Mewn testun Cymraeg, mae geiriau ar ôl sbardun sydd bob amser yn treiglo wedi'u treiglo (“i gwsmeriaid”, “â chwsmer”, “yng nghadwyn”).",
  },
  soft: {
    en: ({ trigger, fixed, written }) => `After “${trigger}” comes the soft mutation: “${fixed}”, not “${written}”.`,
    cy: ({ trigger, fixed, written }) => `Ar ôl “${trigger}” daw treiglad meddal: “${fixed}”, nid “${written}”.`,
  } satisfies Message<Written>,
  aspirate: {
    en: ({ trigger, fixed, written }) => `After “${trigger}” comes the aspirate mutation: “${fixed}”, not “${written}”.`,
    cy: ({ trigger, fixed, written }) => `Ar ôl “${trigger}” daw treiglad llaes: “${fixed}”, nid “${written}”.`,
  } satisfies Message<Written>,
  nasal: {
    en: ({ trigger, fixed, written }) => `After “${trigger}” comes the nasal mutation: “${fixed}”, not “${written}”.`,
    cy: ({ trigger, fixed, written }) => `Ar ôl “${trigger}” daw treiglad trwynol: “${fixed}”, nid “${written}”.`,
  } satisfies Message<Written>,
  yn: {
    en: ({ trigger, form, fixed, written }) => `Before a nasal mutation “${trigger}” becomes “${form}”: “${fixed}”, not “${written}”.`,
    cy: ({ trigger, form, fixed, written }) => `O flaen treiglad trwynol mae “${trigger}” yn troi'n “${form}”: “${fixed}”, nid “${written}”.`,
  } satisfies Message<Written & { form: string }>,
  changeTo: {
    en: ({ fixed }) => `Change to “${fixed}”`,
    cy: ({ fixed }) => `Newid i “${fixed}”`,
  } satisfies Message<{ fixed: string }>,
};

function reportSpans(context: { report: DocumentContext['report'] }, lineText: (line: number) => string, spans: Span[]): void {
  for (const [line, from, to] of spans) {
    for (const slip of findSlips(lineText(line), from, to)) {
      const written = `${slip.trigger} ${slip.word}`;
      const { trigger, fixed, kind } = slip;
      context.report({
        range: span(line, slip.start, slip.start + (kind === 'yn' ? written.length : slip.word.length)),
        message: kind === 'yn' ? say(MESSAGES.yn, { trigger, form: slip.newText, fixed, written }) : say(MESSAGES[kind], { trigger, fixed, written }),
        fixes: [{ title: say(MESSAGES.changeTo, { fixed }), edits: [{ range: span(line, slip.start, slip.end), newText: slip.newText }], isPreferred: true }],
      });
    }
  }
}

export const welshMutation = defineRule({
  id: 'welsh-mutation',
  covers: ['S26'],
  defaultSeverity: Severity.Information,
  physicalLinesOnly: true,
  fixable: 'manual',
  description: MESSAGES.description,
  messages: MESSAGES,
  check(context) {
    const { doc } = context;
    if (context.language !== 'cy' || !doc.title) return;
    reportSpans(context, (line) => doc.lines.lineText(line), [[doc.title.line, doc.title.range.start.character, doc.title.range.end.character]]);
  },
  checkSection(context) {
    if (context.language !== 'cy') return;
    reportSpans(context, context.lineText, sectionSpans(context.section, context.lineText));
  },
});
