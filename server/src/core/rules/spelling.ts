// Spelling, in the document's language, with the dictionary the service was given
// (Hunspell's en-GB and cy, loaded in a worker by the server and the CLI). Only prose is
// read: headings, lead-ins, metadata and page footers are the catalogue's words or
// codes and names, and other rules check them. The words of each section are found once
// and remembered with it, each written form once (a long draft writes the same few
// thousand words tens of thousands of times). A keystroke splits only the line it changed
// into words again (spelling/lineForms.ts) and costs a lookup per form of its section;
// the places of the words found wrong are found again when the verdicts change. A word
// the dictionary has not answered for yet is passed over: the adapter checks the document
// again when the answer comes. A word inside a heading-typo or subheading-mismatch finding
// is theirs (`defersTo`).

import { say, type Message } from '../messages/message';
import { movable, remember, remembered } from '../memo';
import { shiftRange } from '../model/shift';
import { detached } from '../text/lineIndex';
import { foldApostrophes } from '../text/normalise';
import { radicalCandidates } from '../welsh/mutations';
import type { NosDocument, Section } from '../model/types';
import type { SpellingContext } from '../spelling/lookup';
import type { LineFormsCache } from '../spelling/lineForms';
import { isRun, otherLanguageRuns } from '../spelling/otherLanguage';
import { wordsIn, type WordToken } from '../spelling/tokens';
import { sameRange, Severity, type Lang, type Range } from '../types';
import { defineRule, type FixSpec, type Report } from './rule';

export const SPELLING_MESSAGES = {
  description: {
    en: 'Words are spelt as in the dictionary of the document’s language (Hunspell en-GB or cy).',
    cy: "Mae geiriau wedi'u sillafu fel yng ngeiriadur iaith y ddogfen (Hunspell en-GB neu cy).",
  },
  /** By the document's language, whatever the messages'. */
  unknownEnglish: {
    en: ({ word }) => `“${word}” is not in the English dictionary.`,
    cy: ({ word }) => `Nid yw “${word}” yn y geiriadur Saesneg.`,
  } satisfies Message<{ word: string }>,
  unknownWelsh: {
    en: ({ word }) => `“${word}” is not in the Welsh dictionary.`,
    cy: ({ word }) => `Nid yw “${word}” yn y geiriadur Cymraeg.`,
  } satisfies Message<{ word: string }>,
  /** Text in the other language: by the document's language, as above. */
  englishText: {
    en: ({ text }) => `This text is in English, not Welsh: “${text}”.`,
    cy: ({ text }) => `Mae'r testun hwn yn Saesneg, nid yn Gymraeg: “${text}”.`,
  } satisfies Message<{ text: string }>,
  welshText: {
    en: ({ text }) => `This text is in Welsh, not English: “${text}”.`,
    cy: ({ text }) => `Mae'r testun hwn yn Gymraeg, nid yn Saesneg: “${text}”.`,
  } satisfies Message<{ text: string }>,
  changeTo: {
    en: ({ word }) => `Change to “${word}”`,
    cy: ({ word }) => `Newid i “${word}”`,
  } satisfies Message<{ word: string }>,
  addToWords: {
    en: ({ word }) => `Add “${word}” to the workspace dictionary`,
    cy: ({ word }) => `Ychwanegu “${word}” at eiriadur y gweithle`,
  } satisfies Message<{ word: string }>,
  ignoreInDocument: {
    en: ({ word }) => `Ignore “${word}” in this document`,
    cy: ({ word }) => `Anwybyddu “${word}” yn y ddogfen hon`,
  } satisfies Message<{ word: string }>,
};

/** Suggestions offered as fixes, best first. */
const MAX_SUGGESTIONS = 4;
/** Text in the other language is quoted up to this length, then cut at a word. */
const MAX_QUOTED = 50;

function quoted(text: string): string {
  if (text.length <= MAX_QUOTED) return text;
  const cut = text.lastIndexOf(' ', MAX_QUOTED);
  return `${text.slice(0, cut > 0 ? cut : MAX_QUOTED).replace(/[\s,;:]+$/u, '')}…`;
}

/**
 * The words of a part of the document (a section, or the lines outside sections): each
 * form written, once, with the parts of the compounds; the lines read, to find the wrong
 * words' places again; the language they were split for; the last verdicts on them.
 */
interface SectionWords {
  lang: Lang;
  lines: number[];
  /** Glossary headwords on those lines: not read (see `wordsOf`). */
  headwords: readonly Range[];
  forms: string[];
  compounds: Map<string, readonly string[]> | null;
  verdicts?: Verdicts;
}

/**
 * The misspelt words of a section found so far, the forms still without a verdict, and
 * what they were judged with. While that is the same, only those forms are judged again
 * (a verdict given stands until the lookup's `resets` changes): the dictionary's answers
 * come in batches after a document opens, and each batch costs only its own words.
 */
interface Verdicts {
  resets: number;
  /** The lookup's `answers` then: while it is the same, the pending forms are too. */
  answers: number | undefined;
  accepted: ReadonlySet<string>;
  glossary: string;
  misspelt: Misspelt[];
  pending: string[];
}

interface Misspelt {
  line: number;
  token: WordToken;
}

const WORDS = Symbol('spelling words');

// A section moved by lines added or removed above it writes the same words, on lines moved with it.
movable<SectionWords>(WORDS, (words, lines) => ({
  lang: words.lang,
  lines: words.lines.map((line) => line + lines),
  headwords: words.headwords.map((range) => shiftRange(range, lines)),
  forms: words.forms,
  compounds: words.compounds,
  ...(words.verdicts && { verdicts: { ...words.verdicts, misspelt: words.verdicts.misspelt.map(({ line, token }) => ({ line: line + lines, token })) } }),
}));

/** The first index of `list`, sorted by `key`, whose key is at least `line`. */
function firstFrom<T>(list: readonly T[], line: number, key: (item: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(list[mid]) < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Lines among first..last whose words are not prose: the heading and lead-ins of the
 * section they make up, if any, metadata fields and page footers. Found from the lines
 * alone, not the whole document: a keystroke reads the words of one section again.
 */
function notProse(doc: NosDocument, first: number, last: number, section?: Section): Set<number> {
  const skip = new Set<number>();
  if (section?.heading) skip.add(section.heading.line);
  for (const leadIn of section?.leadIns ?? []) skip.add(leadIn.line);
  const { noiseLines, fields } = doc;
  for (let i = firstFrom(noiseLines, first, (line) => line); i < noiseLines.length && noiseLines[i] <= last; i++) skip.add(noiseLines[i]);
  for (let i = firstFrom(fields, first, (field) => field.lastLine); i < fields.length && fields[i].line <= last; i++) {
    for (let line = fields[i].line; line <= fields[i].lastLine; line++) skip.add(line);
  }
  return skip;
}

function wordsOf(doc: NosDocument, line: number, lang: Lang, headwords: readonly Range[]): WordToken[] {
  const words = wordsIn(doc.lines.text, doc.lines.lineStart(line), doc.lines.lineEnd(line), lang);
  if (!headwords.length) return words;
  // A glossary headword is the writer's term, checked by glossary-entry.
  return words.filter((word) => !headwords.some((range) => range.start.line === line &&
    word.start >= range.start.character && word.end <= range.end.character));
}

/** A form met in one analysis: one string for every section that writes it, and the last part that did. */
interface Interned {
  form: string;
  part: number;
}

/** The forms of one analysis, and a number for each part of the document it collects. */
interface Forms {
  interned: Map<string, Interned>;
  parts: number;
  /** The forms of the lines the document's last analysis read; null in its first. */
  lines: LineFormsCache | null;
}

/**
 * The forms written on `lines`, each once, strings shared with the other parts collected in
 * the same analysis. While the writer edits the document, a line without a glossary
 * headword is found in the cache of lines read before; its first analysis splits every
 * line once and keeps none (most are never edited).
 */
function collect(doc: NosDocument, lines: number[], headwords: readonly Range[], all: Forms): SectionWords {
  const lang = doc.language;
  const part = all.parts++;
  const intern = (word: string): Interned => {
    let known = all.interned.get(word);
    if (known === undefined) {
      // Forms are kept with the section across edits: not as slices of this text.
      known = { form: detached(word), part: -1 };
      all.interned.set(known.form, known);
    }
    return known;
  };
  const forms: string[] = [];
  let compounds: Map<string, readonly string[]> | null = null;
  const add = (form: string, parts: readonly string[] | undefined) => {
    const known = intern(form);
    if (known.part === part) return;
    known.part = part;
    forms.push(known.form);
    if (parts?.length) (compounds ??= new Map()).set(known.form, parts.map((p) => intern(p).form));
  };
  for (const line of lines) {
    if (all.lines && !headwords.some((range) => range.start.line === line)) {
      const written = all.lines.get(doc.lines.lineText(line), lang);
      for (const form of written.forms) add(form, written.compounds?.get(form));
    } else {
      for (const token of wordsOf(doc, line, lang, headwords)) add(token.word, token.parts?.map((p) => p.word));
    }
  }
  return { lang, lines, headwords, forms, compounds };
}

/**
 * The places of the glossary's headwords on a section's lines, as lines and characters of
 * the lines the rule reads (parts of the text's lines in flattened text). Its entries are
 * in the order of the text.
 */
function headwordsIn(doc: NosDocument, section: Section): Range[] {
  const { glossary, lines } = doc;
  const found: Range[] = [];
  for (let i = firstFrom(glossary, section.firstLine, (entry) => entry.line); i < glossary.length && glossary[i].line <= section.lastLine; i++) {
    const { start, end } = glossary[i].termRange;
    found.push({ start: lines.lineAt(start), end: lines.lineAt(end) });
  }
  return found;
}

/** Whether two lists of headwords are at the same places. */
function sameHeadwords(a: readonly Range[], b: readonly Range[]): boolean {
  return a.length === b.length && a.every((range, i) => sameRange(range, b[i]));
}

/**
 * The words of a section, found once per section object, language and headwords: the
 * glossary's entries are read from the whole document, so an edit elsewhere can change
 * them (a second glossary heading made text, say) and leave the section as it was.
 */
function sectionWords(doc: NosDocument, section: Section, forms: Forms): SectionWords {
  const known = remembered<SectionWords>(section, WORDS);
  const headwords = section.id === 'glossary' ? headwordsIn(doc, section) : [];
  if (known?.lang === doc.language && sameHeadwords(known.headwords, headwords)) return known;
  const skip = notProse(doc, section.firstLine, section.lastLine, section);
  const lines: number[] = [];
  // External links name bodies and documents, often in the other language ("Institute of
  // Customer Service: https://…" in a Welsh standard), and give addresses: no prose.
  if (section.id !== 'external-links') for (let line = section.firstLine; line <= section.lastLine; line++) if (!skip.has(line)) lines.push(line);
  return remember<SectionWords>(section, WORDS, collect(doc, lines, headwords, forms));
}

/** The words of the lines of prose outside sections: the title and loose lines (which are before the first section). */
function wordsOutside(doc: NosDocument, forms: Forms): SectionWords {
  const inSections = (line: number) => doc.sections.some((section) => line >= section.firstLine && line <= section.lastLine);
  const outside = new Set(doc.looseLines);
  for (const title of [doc.title, doc.trailingTitle]) if (title && !inSections(title.line)) outside.add(title.line);
  return collect(doc, [...outside].filter((line) => !notProse(doc, line, line).has(line)), [], forms);
}

/**
 * Where the wrong forms are written, in the order of the text. Only the lines that hold
 * one are read again (a form's apostrophes are all ' , the line's may be ’ or ʼ).
 */
function places(doc: NosDocument, words: SectionWords, wrong: ReadonlySet<string>): Misspelt[] {
  const found: Misspelt[] = [];
  for (const line of words.lines) {
    const text = doc.lines.lineText(line);
    let folded: string | undefined;
    let holds = false;
    for (const form of wrong) {
      holds = text.includes(form) || (form.includes("'") && (folded ??= foldApostrophes(text)).includes(form));
      if (holds) break;
    }
    if (!holds) continue;
    for (const token of wordsOf(doc, line, words.lang, words.headwords)) if (wrong.has(token.word)) found.push({ line, token: { start: token.start, end: token.end, word: detached(token.word) } });
  }
  return found;
}

/** Two lists of places in the order of the text, merged. */
function inTextOrder(a: Misspelt[], b: Misspelt[]): Misspelt[] {
  if (!a.length) return b;
  const merged: Misspelt[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && (a[i].line - b[j].line || a[i].token.start - b[j].token.start) < 0) ? a[i++] : b[j++];
    merged.push(next);
  }
  return merged;
}

/** The words of the glossary's terms, lower-case, as the text splits words ("lockout/tagout" gives two): accepted wherever they are used. */
function glossaryWords(glossaryKey: string): Set<string> {
  return new Set(glossaryKey.split(/[^\p{L}\p{M}'-]+/u));
}

function known(word: string, lang: Lang, spelling: SpellingContext, glossary: Set<string>): boolean | undefined {
  const lower = word.toLowerCase();
  if (spelling.accepted.has(lower) || glossary.has(lower)) return true;
  // An English term's plural ("interlockings" of "Interlocking").
  if (lang === 'en' && lower.endsWith('s') && glossary.has(lower.slice(0, -1))) return true;
  const answer = spelling.lookup.check(word, lang);
  // A Welsh term or accepted word mutated, as the dictionary's own words are: "gan ragnodydd"
  // of "Rhagnodydd". Asked only of words the dictionary does not know.
  if (answer === false && lang === 'cy') return radicalCandidates(lower).some((radical) => glossary.has(radical) || spelling.accepted.has(radical));
  return answer;
}

/** True, false, or undefined while the dictionary has not answered; a compound passes when all its parts do. */
function verdict(form: string, compound: readonly string[] | undefined, lang: Lang, spelling: SpellingContext, glossary: Set<string>): boolean | undefined {
  const whole = known(form, lang, spelling, glossary);
  if (whole === true || !compound) return whole;
  // The parts are asked for with the whole, so one answer settles the compound.
  let parts: boolean | undefined = true;
  for (const part of compound) {
    const answer = known(part, lang, spelling, glossary);
    if (answer === false) parts = false;
    else if (answer === undefined && parts) parts = undefined;
  }
  return whole === undefined ? (parts === true ? true : undefined) : parts;
}

export const spelling = defineRule({
  id: 'spelling',
  covers: [],
  defaultSeverity: Severity.Information,
  fixable: 'manual',
  description: SPELLING_MESSAGES.description,
  messages: SPELLING_MESSAGES,
  defersTo: ['heading-typo', 'subheading-mismatch'],
  check({ doc, language, spelling: dictionary, report }) {
    if (!dictionary) return;
    const { lookup, accepted } = dictionary;
    if (lookup.ready?.(language) === false) return;
    const resets = lookup.resets ?? 0;
    const answers = lookup.answers;
    const glossaryKey = doc.glossary.map((entry) => entry.forms.join(' ')).join(' ');
    let glossary: Set<string> | undefined;
    // A form's verdict is the same in every section: a long draft writes the same forms in
    // hundreds of them, which are judged together when the dictionary's first answers come.
    const judged = new Map<string, boolean | undefined>();
    const judge = (form: string, compound: readonly string[] | undefined): boolean | undefined => {
      if (judged.has(form)) return judged.get(form);
      const answer = verdict(form, compound, language, dictionary, glossary!);
      judged.set(form, answer);
      return answer;
    };
    /** A section's misspelt words: its pending forms judged, or all of them when the accepted words, glossary or verdicts given changed. */
    const misspelt = (words: SectionWords): Misspelt[] => {
      const last = words.verdicts;
      const same = last !== undefined && last.resets === resets && last.accepted === accepted && last.glossary === glossaryKey;
      if (same && (!last.pending.length || (answers !== undefined && last.answers === answers))) return last.misspelt;
      glossary ??= glossaryWords(glossaryKey);
      const wrong = new Set<string>();
      const pending: string[] = [];
      for (const form of same ? last.pending : words.forms) {
        const answer = judge(form, words.compounds?.get(form));
        if (answer === false) wrong.add(form);
        else if (answer === undefined) pending.push(form);
      }
      const earlier = same ? last.misspelt : [];
      const found = wrong.size ? inTextOrder(earlier, places(doc, words, wrong)) : earlier;
      words.verdicts = { resets, answers, accepted, glossary: glossaryKey, misspelt: found, pending };
      return found;
    };
    const unknown = language === 'cy' ? SPELLING_MESSAGES.unknownWelsh : SPELLING_MESSAGES.unknownEnglish;
    const otherText = language === 'cy' ? SPELLING_MESSAGES.englishText : SPELLING_MESSAGES.welshText;
    const lineText = (line: number) => doc.lines.lineText(line);
    const place = ({ line, token }: Misspelt) => ({ line, start: token.start, end: token.end });
    dictionary.lines?.begin();
    const forms: Forms = { interned: new Map(), parts: 0, lines: dictionary.lines };
    const parts = [wordsOutside(doc, forms)];
    for (const section of doc.sections) parts.push(sectionWords(doc, section, forms));
    for (const part of parts) {
      for (const entry of otherLanguageRuns(misspelt(part), place, lineText, language)) {
        if (isRun(entry)) {
          const { line, start, end } = entry;
          report({ range: doc.lines.span(line, start, end), message: say(otherText, { text: quoted(lineText(line).slice(start, end)) }) });
          continue;
        }
        const { line, token } = entry;
        const range = doc.lines.span(line, token.start, token.end);
        const fixes: FixSpec[] = lookup.suggestions(token.word, language).slice(0, MAX_SUGGESTIONS).map((word, index) => ({
          title: say(SPELLING_MESSAGES.changeTo, { word }),
          edits: [{ range, newText: word }],
          ...(index === 0 && { isPreferred: true }),
        }));
        const finding: Report = { range, message: say(unknown, { word: token.word }), fixes };
        report(finding);
      }
    }
  },
});
