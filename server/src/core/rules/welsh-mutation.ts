// S26: in Welsh text, the radical form of a word right after a trigger that always
// mutates it: "i cwsmeriaid" for "i gwsmeriaid", "â cwsmer" for "â chwsmer", and "yn"
// before a nasal mutation, "yn nghadwyn" for "yng nghadwyn". The format's tables (§8)
// are certain of radical c, p and t, lower-case words only (no names), no pronouns.
// A word after a soft-mutation trigger that starts with b, d, g, m, ll or rh may be
// mutated already ("i bobl", of "pobl"): the dictionary decides, when the service has
// one. The word is reported when the dictionary knows it and its soft mutation, and no
// word it could be a mutation of ("i diogelu", "gan milfeddyg").

import { movable, remember, remembered } from '../memo';
import { say, type Message } from '../messages/message';
import type { Section } from '../model/types';
import type { SpellingLookup } from '../spelling/lookup';
import { detached } from '../text/lineIndex';
import { Severity } from '../types';
import { radicalCandidates, softMutation } from '../welsh/mutations';
import { NASAL_INITIALS, NASAL_PLACES, SOFT_AFTER_YN } from '../welsh/places';
import { defineRule, type DocumentContext } from './rule';
import { outsideSpans, sectionSpans, span, type Span } from './spans';

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

/** Radicals set phrases keep after a soft-mutation trigger: "i mewn", "i maes", "am byth", "o dan", "am mai", "i mi", "o ble". */
const SET_PHRASES = new Set(['mewn', 'maes', 'byth', 'dan', 'mai', 'mi', 'minnau', 'ble']);

/** A word's letters, after which punctuation may follow ("cwsmeriaid."). */
const WORD = /\p{Ll}[\p{L}'’-]*/uy;
const isSpace = (code: number) => code === 32 || code === 9 || code === 0xa0;

export interface Slip {
  /** Offsets in the line of the text to change, and what it should be. */
  start: number;
  end: number;
  newText: string;
  /** Where the words the finding covers end: the trigger's (or the word's) start to there. */
  to: number;
  kind: Kind;
  trigger: string;
  word: string;
  fixed: string;
}

/** The slip of `trigger` before `word` (at `wordStart`), if the tables are certain of one. */
function slipAt(trigger: string, triggerStart: number, word: string, wordStart: number, previous: string): Slip | null {
  const kind = TRIGGERS.get(trigger.toLowerCase())!;
  if (kind === 'yn') {
    const rule = YN_BEFORE.find(([head]) => word.toLowerCase().startsWith(head));
    if (!rule) return null;
    const newText = trigger[0] === 'Y' ? 'Y' + rule[1].slice(1) : rule[1];
    return { start: triggerStart, end: triggerStart + 2, newText, to: wordStart + word.length, kind, trigger, word, fixed: `${newText} ${word}` };
  }
  if (/^(ch|ph|th)/.test(word) || KEPT.has(word)) return null;
  const mutated = MUTATIONS[kind][word[0]];
  if (!mutated) return null;
  if (trigger.toLowerCase() === 'i' && PRONOUN_I_AFTER.has(previous.toLowerCase())) return null;
  return { start: wordStart, end: wordStart + 1, newText: mutated, to: wordStart + word.length, kind, trigger, word, fixed: `${trigger} ${mutated}${word.slice(1)}` };
}

/**
 * "yn" before a capitalised word: a nasal mutation that "yn" has not followed ("yn
 * Nghymru"), the language left radical ("yn Cymraeg" for "yn Gymraeg"), or a place left
 * radical ("yn Cymru" for "yng Nghymru"), one edit from "yn" to the place's initial, the
 * spaces between kept.
 */
function nameSlipAt(trigger: string, triggerStart: number, spaces: string, word: string, wordStart: number): Slip | null {
  if (YN_BEFORE.some(([head]) => word.toLowerCase().startsWith(head))) return slipAt(trigger, triggerStart, word, wordStart, '');
  if (SOFT_AFTER_YN.has(word)) {
    return { start: wordStart, end: wordStart + 1, newText: 'G', to: wordStart + word.length, kind: 'soft', trigger, word, fixed: `${trigger} G${word.slice(1)}` };
  }
  const nasal = NASAL_PLACES.has(word) ? NASAL_INITIALS[word[0]] : undefined;
  if (!nasal) return null;
  const [initial, yn] = nasal;
  const form = trigger[0] === 'Y' ? 'Y' + yn.slice(1) : yn;
  return {
    start: triggerStart, end: wordStart + 1, newText: form + spaces + initial, to: wordStart + word.length,
    kind: 'nasal', trigger, word, fixed: `${form} ${initial}${word.slice(1)}`,
  };
}

/**
 * A trigger as a whole word (after the start, a space or an opening bracket or quote, so
 * "a'i" and "i'r" are none), spaces, and the start of a word the tables are certain
 * about: c, p or t (not ch, ph, th) after the mutating triggers, ngh, ng or mh after "yn".
 * One native scan finds the few candidates in a line.
 */
const CANDIDATE = /(^|[\s("“‘])(am|ar|at|dan|dros|drwy|trwy|heb|i|o|gan|wrth|dy|â|gyda|tua|fy|yn)([ \t\u00a0]+)(?=ngh?|mh|[cpt](?!h))/gi;

/**
 * The soft-mutation triggers before a word starting with b, d (not dd), g, m, ll or rh,
 * whose slips only a dictionary can tell from mutated words.
 */
const DOUBTFUL = /(^|[\s("“‘])(am|ar|at|dan|dros|drwy|trwy|heb|i|o|gan|wrth|dy)([ \t\u00a0]+)(?=ll|rh|[bgm]|d(?!d))/gi;

/** Each trigger `pattern` finds between `from` and `to`, with the word after it (as `word` reads one) and the spaces between. */
function eachTrigger(
  pattern: RegExp, text: string, from: number, to: number,
  found: (trigger: string, triggerStart: number, word: string, wordStart: number, spaces: string) => void, word: RegExp = WORD,
): void {
  // From the character before the span, which may be the space before its first word.
  pattern.lastIndex = Math.max(0, from - 1);
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const [, before, trigger, spaces] = match;
    const triggerStart = match.index + before.length;
    const wordStart = triggerStart + trigger.length + spaces.length;
    word.lastIndex = wordStart;
    const next = word.exec(text)?.[0];
    if (!next || triggerStart < from || wordStart + next.length > to) continue;
    found(trigger, triggerStart, next, wordStart, spaces);
  }
}

/** "yn" before a capital: a name, which a nasal mutation or a place tells. */
const YN_NAME = /(^|[\s("“‘])(yn)([ \t\u00a0]+)(?=\p{Lu})/giu;
const NAME = /\p{Lu}[\p{L}'’-]*/uy;

/** Mutation slips in `text` between `from` and `to`. */
export function findSlips(text: string, from: number, to: number): Slip[] {
  const slips: Slip[] = [];
  eachTrigger(CANDIDATE, text, from, to, (trigger, triggerStart, word, wordStart) => {
    const slip = slipAt(trigger, triggerStart, word, wordStart, previousWord(text, triggerStart));
    if (slip) slips.push(slip);
  });
  eachTrigger(YN_NAME, text, from, to, (trigger, triggerStart, word, wordStart, spaces) => {
    const slip = nameSlipAt(trigger, triggerStart, spaces, word, wordStart);
    if (slip) slips.push(slip);
  }, NAME);
  return slips.length > 1 ? slips.sort((a, b) => a.start - b.start) : slips;
}

/** A word after a soft-mutation trigger that the dictionary is to judge, on line `line`. */
interface Doubt {
  line: number;
  trigger: string;
  /** The word as written, and without a clitic ("diogelu" of "diogelu'r"), where it starts, and its soft mutation. */
  written: string;
  word: string;
  start: number;
  mutated: string;
}

/**
 * The words after soft-mutation triggers in `text` between `from` and `to` that may be
 * radicals left unmutated. Those the dictionary has still to answer are kept with the section: as copies, not
 * slices that would keep each version of the text alive.
 */
function findDoubts(line: number, text: string, from: number, to: number, doubts: Doubt[]): void {
  eachTrigger(DOUBTFUL, text, from, to, (trigger, triggerStart, written, start) => {
    const word = detached(written.replace(/['’-].*$/u, ''));
    if (SET_PHRASES.has(word) || (trigger.toLowerCase() === 'i' && PRONOUN_I_AFTER.has(previousWord(text, triggerStart).toLowerCase()))) return;
    const mutated = softMutation(word);
    if (mutated) doubts.push({ line, trigger: detached(trigger), written: detached(written), word, start, mutated: detached(mutated) });
  });
}

/**
 * The dictionary's verdict on a word after a soft-mutation trigger: a radical left
 * unmutated (it knows the word and its soft mutation, and nothing the word could be a
 * mutation of), or undefined while it has not answered. Every word is asked for at once,
 * so that one batch of answers settles it.
 */
function unmutated(word: string, mutated: string, lookup: SpellingLookup): boolean | undefined {
  const forms = [lookup.check(word, 'cy'), lookup.check(mutated, 'cy')];
  const radicals = radicalCandidates(word).map((radical) => lookup.check(radical, 'cy'));
  if (forms.includes(false) || radicals.includes(true)) return false;
  return forms.includes(undefined) || radicals.includes(undefined) ? undefined : true;
}

/** A doubt judged: a slip, none, or undefined while the dictionary has not answered. */
function judge(doubt: Doubt, verdict: (doubt: Doubt) => boolean | undefined): Slip | null | undefined {
  const found = verdict(doubt);
  if (found !== true) return found === false ? null : undefined;
  const { word, mutated } = doubt;
  // The initial that changes: "ll" and "rh" to "l" and "r", "g" to nothing, "d" to "dd", b and m to "f".
  const initial = word.startsWith('ll') || word.startsWith('rh') ? 2 : 1;
  const newText = mutated.slice(0, mutated.length - (word.length - initial));
  const { trigger, written, start } = doubt;
  return { start, end: start + initial, newText, to: start + written.length, kind: 'soft', trigger, word: written, fixed: `${trigger} ${mutated}${written.slice(word.length)}` };
}

/**
 * A section's slips, judged with what the dictionary had said (its resets and answers),
 * and its doubts while the dictionary has some of them still to answer: once it has
 * answered every one, only the slips are kept, few where the doubts of a long section are
 * many (found again only if the dictionary fails and starts afresh).
 */
interface SectionSlips {
  resets: number;
  answers: number | undefined;
  slips: Array<[line: number, slip: Slip]>;
  pending?: Doubt[];
}

const SLIPS = Symbol('mutation slips');
movable<SectionSlips>(SLIPS, (known, lines) => ({
  ...known,
  slips: known.slips.map(([line, slip]): [number, Slip] => [line + lines, slip]),
  ...(known.pending && { pending: known.pending.map((doubt) => ({ ...doubt, line: doubt.line + lines })) }),
}));

/** The slips among a section's doubts, judged again only when the dictionary may say more than it did. */
function sectionSlips(
  section: Section, lineText: (line: number) => string, lookup: SpellingLookup, verdict: (doubt: Doubt) => boolean | undefined,
): Array<[number, Slip]> {
  const resets = lookup.resets ?? 0;
  const answers = lookup.answers;
  const known = remembered<SectionSlips>(section, SLIPS);
  if (known && known.resets === resets && (!known.pending || (answers !== undefined && known.answers === answers))) return known.slips;
  let doubts = known?.pending;
  if (!doubts) {
    doubts = [];
    for (const [line, from, to] of sectionSpans(section, lineText)) findDoubts(line, lineText(line), from, to, doubts);
  }
  const slips: Array<[number, Slip]> = [];
  let pending = false;
  for (const doubt of doubts) {
    const slip = judge(doubt, verdict);
    if (slip) slips.push([doubt.line, slip]);
    else if (slip === undefined) pending = true;
  }
  return remember<SectionSlips>(section, SLIPS, { resets, answers, slips, ...(pending && { pending: doubts }) }).slips;
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

function reportSlip(context: { report: DocumentContext['report'] }, line: number, slip: Slip): void {
  const written = `${slip.trigger} ${slip.word}`;
  const { trigger, fixed, kind } = slip;
  context.report({
    range: span(line, slip.start, slip.to),
    message: kind === 'yn' ? say(MESSAGES.yn, { trigger, form: slip.newText, fixed, written }) : say(MESSAGES[kind], { trigger, fixed, written }),
    fixes: [{ title: say(MESSAGES.changeTo, { fixed }), edits: [{ range: span(line, slip.start, slip.end), newText: slip.newText }], isPreferred: true }],
  });
}

function reportSpans(context: { report: DocumentContext['report'] }, lineText: (line: number) => string, spans: Span[]): void {
  for (const [line, from, to] of spans) {
    for (const slip of findSlips(lineText(line), from, to)) reportSlip(context, line, slip);
  }
}

/** The slips the dictionary finds after soft-mutation triggers, in the title and every section. */
function reportDoubts(context: DocumentContext): void {
  const { doc, spelling } = context;
  const lookup = spelling?.lookup;
  if (!lookup || lookup.ready?.('cy') === false) return;
  // A word's verdict is the same in every section that writes it: a long draft writes the same few hundreds times.
  const verdicts = new Map<string, boolean | undefined>();
  const verdict = ({ word, mutated }: Doubt): boolean | undefined => {
    if (!verdicts.has(word)) verdicts.set(word, unmutated(word, mutated, lookup));
    return verdicts.get(word);
  };
  const lineText = (line: number) => doc.lines.lineText(line);
  const doubts: Doubt[] = [];
  for (const [line, from, to] of outsideSpans(doc)) findDoubts(line, lineText(line), from, to, doubts);
  for (const doubt of doubts) {
    const slip = judge(doubt, verdict);
    if (slip) reportSlip(context, doubt.line, slip);
  }
  for (const section of doc.sections) {
    for (const [line, slip] of sectionSlips(section, lineText, lookup, verdict)) reportSlip(context, line, slip);
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
    if (context.language !== 'cy') return;
    reportSpans(context, (line) => doc.lines.lineText(line), outsideSpans(doc));
    reportDoubts(context);
  },
  checkSection(context) {
    if (context.language !== 'cy') return;
    reportSpans(context, context.lineText, sectionSpans(context.section, context.lineText));
  },
});
