// Spelling in the check pool: the dictionaries load once, behind the main thread's speller,
// whatever the number of workers. A worker's lookup answers from the verdicts it has been
// sent and collects the words it has not; after an analysis it sends them to the main
// thread, whose speller answers from its memory or asks its dictionaries.

import { createNosService, type Lang, type NosService, type SpellingLookup } from '../core';
import type { Speller } from '../spelling/speller';
import type { DraftSpelling } from './poolTask';
import { runSpeller, spellingAnalyser } from './spelling';

/** Words a worker asks about, by language. */
export type WordsQuestion = Array<[Lang, string[]]>;
/** Their verdicts; undefined for a word whose verdict the speller no longer holds (asked again). */
export type WordsAnswer = Array<[Lang, Array<[string, boolean | undefined]>]>;

/** Verdicts a worker remembers per language before it forgets them all: a vocabulary, not a corpus. */
const MAX_WORDS = 200_000;

/** The main thread's dictionaries for one run, behind one speller that speaks the run's language. */
export class LocalSpelling {
  private readonly speller: Speller;
  private readonly service: NosService;

  constructor(lang: Lang) {
    this.speller = runSpeller(lang);
    this.service = createNosService({ spelling: this.speller });
  }

  /** The dictionaries asked directly: for drafts checked on the main thread, one at a time. */
  readonly drafts: DraftSpelling = (path) => ({
    analyse: spellingAnalyser(path, this.service),
    pending: () => this.speller.pending(),
    settled: () => this.speller.settled(),
  });

  /** The speller's verdicts on a worker's words, once it has them all. */
  async answer(question: WordsQuestion): Promise<WordsAnswer> {
    const speller = this.speller;
    for (const [lang, words] of question) for (const word of words) speller.check(word, lang);
    if (speller.pending()) await speller.settled();
    return question.map(([lang, words]) => [lang, words.map((word) => [word, speller.check(word, lang)])]);
  }
}

interface LanguageWords {
  verdicts: Map<string, boolean>;
  /** Met by an analysis without a verdict, not yet sent. */
  wanted: Set<string>;
  /** Sent, not yet answered. */
  sent: Set<string>;
}

/** Words an analysis met without a verdict. */
type Missed = Array<[Lang, string]>;

/**
 * A worker's spelling lookup: verdicts come from the main thread, asked for with `ask`.
 * A worker has more than one draft under way (one analyses while another waits for its
 * verdicts), so each draft waits for the words its own analysis met, and only those.
 */
export class AskingSpeller implements SpellingLookup {
  private readonly languages = new Map<Lang, LanguageWords>();
  private readonly waiting = new Set<{ missed: Missed; resolve: () => void }>();
  /** The analysis under way (analyses are synchronous, so one at a time) collects here. */
  private missed: Missed | null = null;
  constructor(private readonly ask: (question: WordsQuestion) => void) {}

  /** The analysis of drafts with this lookup's verdicts, through `service`. */
  spelling(service: NosService): DraftSpelling {
    return (path) => {
      const analyse = spellingAnalyser(path, service);
      let missed: Missed = [];
      return {
        analyse: (text, options) => {
          this.missed = missed = [];
          try {
            return analyse(text, options);
          } finally {
            this.missed = null;
          }
        },
        pending: () => missed.length > 0,
        settled: () => this.settled(missed),
      };
    };
  }

  check(word: string, lang: Lang): boolean | undefined {
    const words = this.language(lang);
    const verdict = words.verdicts.get(word);
    if (verdict === undefined) {
      this.missed?.push([lang, word]);
      if (!words.sent.has(word)) words.wanted.add(word);
    }
    return verdict;
  }

  /** No output of `nos check` shows suggestions. */
  suggestions(): readonly string[] {
    return [];
  }

  /** Counts the answers received (see SpellingLookup). */
  answers = 0;

  answered(answer: WordsAnswer): void {
    this.answers++;
    for (const [lang, verdicts] of answer) {
      const words = this.language(lang);
      if (words.verdicts.size > MAX_WORDS) words.verdicts.clear();
      for (const [word, correct] of verdicts) {
        words.sent.delete(word);
        if (correct !== undefined) words.verdicts.set(word, correct);
      }
    }
    for (const waiter of this.waiting) {
      if (this.answeredAll(waiter.missed)) {
        this.waiting.delete(waiter);
        waiter.resolve();
      }
    }
  }

  /** Sends the words wanted so far; resolves once every word of `missed` has been answered. */
  private settled(missed: Missed): Promise<void> {
    const question: WordsQuestion = [];
    for (const [lang, words] of this.languages) {
      if (!words.wanted.size) continue;
      question.push([lang, [...words.wanted]]);
      for (const word of words.wanted) words.sent.add(word);
      words.wanted.clear();
    }
    if (question.length) this.ask(question);
    if (this.answeredAll(missed)) return Promise.resolve();
    return new Promise((resolve) => this.waiting.add({ missed, resolve }));
  }

  private answeredAll(missed: Missed): boolean {
    return missed.every(([lang, word]) => !this.language(lang).sent.has(word));
  }

  private language(lang: Lang): LanguageWords {
    let words = this.languages.get(lang);
    if (!words) {
      words = { verdicts: new Map(), wanted: new Set(), sent: new Set() };
      this.languages.set(lang, words);
    }
    return words;
  }
}
