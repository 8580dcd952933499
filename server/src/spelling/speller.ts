// The spelling lookup of the server and the CLI: remembers every word's answer, per
// language, and sends the words it has not seen to that language's spelling process
// (spellingProcess.ts), started just after the first time a document in the language is
// checked with the rule on; it loads its dictionary meanwhile, and nothing waits for it. `answered` is
// called when a batch comes back, so the adapter can check its documents again. An owner
// that asks to be told when a dictionary is `ready` (the server) gets no words read until
// then: the first analysis of a document does not pay for reading words that no dictionary
// can judge yet, and the words are read and sent once one can.
//
// Suggestions cost a hundred times a check. They are asked for only for the wrong words
// the rule reports (it asks for their suggestions), and only once no new word has been
// sent for a moment: a writer typing "gweithdrefnau" sends "gw", "gwe", "gwei"… to be
// checked, and wants suggestions for none of them.

import type { Bilingual, Lang, SpellingLookup } from '../core';
import { asGiven } from '../core/messages/message';
import type { SpellRequest, WorkerAnswer } from './protocol';
import { exitReason, hold, startSpellingProcess, stop, type SpellingProcess } from './spellingProcess';

/** Words remembered per language before the memory is cleared: a vocabulary, not a corpus. */
const MAX_WORDS = 200_000;
/** How long after the last word sent to be checked the suggestions wanted are asked for. */
const SUGGEST_DELAY_MS = 300;
/**
 * How long after its first words a language's process is started: starting it holds the
 * thread for several milliseconds, and the answer of the analysis that asked goes out first.
 */
const START_DELAY_MS = 50;

interface LanguageState {
  verdicts: Map<string, boolean>;
  suggestions: Map<string, string[]>;
  /** Asked for, not yet sent. */
  wanted: Set<string>;
  /** Sent, not yet answered. */
  sent: Set<string>;
  /** Wrong words whose suggestions were asked for, not yet sent; and those sent, not yet answered. */
  wantedSuggestions: Set<string>;
  suggesting: Set<string>;
  process: SpellingProcess | null;
  /** Set while the process waits to be started. */
  starting: ReturnType<typeof setTimeout> | undefined;
  /** The dictionary could not load, or its process ended: every word passes. */
  failed: boolean;
  /** The process has answered once: its dictionary is loaded. */
  loaded: boolean;
  /** A batch went before the dictionary had loaded: its answer will say it has. */
  probing: boolean;
  /** Resolved when nothing is wanted or sent. */
  idle: Array<() => void>;
}

export interface SpellerOptions {
  /** Called after each answer with the language it was for. */
  answered?(lang: Lang): void;
  /**
   * Called when a language's dictionary has loaded. Given, words are not read for a
   * language until then (`ready` is false), and the adapter checks its documents again
   * when called (one that fails is told with `answered`).
   */
  ready?(lang: Lang): void;
  /** Told once when a dictionary cannot be loaded. */
  failed?(lang: Lang, reason: Bilingual): void;
  /** Whether to ask for suggestions (true by default; they take far longer than checking). */
  suggest?: boolean;
}

/** Words or suggestions asked for and not answered yet. */
function busyState(state: LanguageState): boolean {
  return state.wanted.size > 0 || state.sent.size > 0 || state.wantedSuggestions.size > 0 || state.suggesting.size > 0;
}

export class Speller implements SpellingLookup {
  private readonly states = new Map<Lang, LanguageState>();
  private scheduled = false;
  private suggestTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts the failures: a language that fails passes every word, the words it called wrong too. */
  resets = 0;
  /** Counts the batches of verdicts received. */
  answers = 0;

  constructor(private readonly options: SpellerOptions = {}, private readonly start: (lang: Lang) => SpellingProcess = startSpellingProcess) {}

  check(word: string, lang: Lang): boolean | undefined {
    const state = this.state(lang);
    if (state.failed) return true;
    const verdict = state.verdicts.get(word);
    if (verdict === undefined && !state.sent.has(word)) {
      state.wanted.add(word);
      this.schedule();
    }
    return verdict;
  }

  /** Whether words of `lang` can be judged now; if not, its dictionary is started and `options.ready` says when. */
  ready(lang: Lang): boolean {
    if (!this.options.ready) return true;
    const state = this.state(lang);
    if (state.loaded || state.failed) return true;
    this.schedule();
    return false;
  }

  /** The suggestions known for a word; for a wrong word without them, they are asked for. */
  suggestions(word: string, lang: Lang): readonly string[] {
    const state = this.states.get(lang);
    const known = state?.suggestions.get(word);
    if (known) return known;
    if (state && !state.failed && this.options.suggest !== false && state.verdicts.get(word) === false && !state.suggesting.has(word)) {
      state.wantedSuggestions.add(word);
      this.suggestTimer ??= setTimeout(() => this.sendSuggestions(), SUGGEST_DELAY_MS);
    }
    return [];
  }

  /** Resolves once every word and suggestion asked for so far has its answer (the CLI and tests wait on it). */
  settled(): Promise<void> {
    this.send();
    this.sendSuggestions();
    const busy = [...this.states.values()].filter(busyState);
    return Promise.all(busy.map((s) => new Promise<void>((resolve) => s.idle.push(resolve)))).then(() => undefined);
  }

  /** Whether words or suggestions asked for are still without an answer. */
  pending(): boolean {
    return [...this.states.values()].some(busyState);
  }

  /** Whether a language's process was started. */
  started(lang: Lang): boolean {
    return !!this.states.get(lang)?.process;
  }

  async dispose(): Promise<void> {
    const workers = [...this.states.values()].flatMap((s) => (s.process ? [s.process] : []));
    for (const state of this.states.values()) clearTimeout(state.starting);
    this.states.clear();
    clearTimeout(this.suggestTimer);
    await Promise.all(workers.map(stop));
  }

  private state(lang: Lang): LanguageState {
    let state = this.states.get(lang);
    if (!state) {
      state = {
        verdicts: new Map(), suggestions: new Map(), wanted: new Set(), sent: new Set(), wantedSuggestions: new Set(), suggesting: new Set(),
        process: null, starting: undefined, failed: false, loaded: false, probing: false, idle: [],
      };
      this.states.set(lang, state);
    }
    return state;
  }

  /** Words asked for during one analysis go to the process together, after it. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.send());
  }

  private send(): void {
    this.scheduled = false;
    for (const [lang, state] of this.states) {
      // A dictionary not yet asked anything is asked a first batch, even an empty one: its answer says it has loaded.
      const unasked = !state.loaded && !state.probing;
      if (state.failed || (!state.wanted.size && !unasked)) continue;
      const worker = state.process;
      if (!worker) {
        this.startSoon(lang, state);
        continue;
      }
      const words = [...state.wanted];
      state.wanted.clear();
      state.probing = !state.loaded;
      for (const word of words) state.sent.add(word);
      // New words: the writer is typing. The wrong words still there are asked for again by
      // the analysis that follows the answer, and their suggestions wait for a pause.
      state.wantedSuggestions.clear();
      clearTimeout(this.suggestTimer);
      this.suggestTimer = undefined;
      this.request(worker, { check: words });
    }
  }

  private sendSuggestions(): void {
    clearTimeout(this.suggestTimer);
    this.suggestTimer = undefined;
    for (const state of this.states.values()) {
      if (!state.wantedSuggestions.size || state.failed || !state.process) continue;
      const words = [...state.wantedSuggestions];
      state.wantedSuggestions.clear();
      for (const word of words) state.suggesting.add(word);
      this.request(state.process, { suggest: words });
    }
  }

  private request(worker: SpellingProcess, request: SpellRequest): void {
    // Keeps the server or `nos` alive while an answer is owed, and only then (a CLI run ends when done).
    hold(worker, true);
    worker.child.send(request);
  }

  private startSoon(lang: Lang, state: LanguageState): void {
    state.starting ??= setTimeout(() => {
      state.starting = undefined;
      if (this.states.get(lang) === state && !state.failed && this.startProcess(lang, state)) this.send();
    }, START_DELAY_MS);
  }

  /** Starts the language's process; false if it cannot be (said once, as a failure). */
  private startProcess(lang: Lang, state: LanguageState): boolean {
    let worker: SpellingProcess;
    try {
      worker = this.start(lang);
    } catch (error) {
      this.fail(lang, state, asGiven(error instanceof Error ? error.message : String(error)));
      return false;
    }
    const { child } = worker;
    child.on('message', (message: WorkerAnswer) => this.receive(lang, state, message));
    // Not started, or a message not sent: the channel is gone.
    child.on('error', (error) => this.fail(lang, state, asGiven(error.message)));
    // Ended while still wanted (once its stderr is read, which may say why).
    child.on('close', (code, signal) => {
      if (this.states.get(lang) === state) this.fail(lang, state, exitReason(worker, code, signal));
    });
    state.process = worker;
    return true;
  }

  private receive(lang: Lang, state: LanguageState, message: WorkerAnswer): void {
    if ('failed' in message) return this.fail(lang, state, asGiven(message.failed));
    if ('checked' in message) {
      if (state.verdicts.size > MAX_WORDS) {
        state.verdicts.clear();
        state.suggestions.clear();
      }
      for (const [word, correct] of message.checked) {
        state.verdicts.set(word, correct);
        state.sent.delete(word);
      }
      this.answers++;
      if (!state.loaded && this.options.ready) {
        // The dictionary has loaded: the owner checks its documents again at once, which is
        // all an answer would have it do (before `ready`, no words were asked).
        state.loaded = true;
        this.options.ready(lang);
        return this.settle(state);
      }
      state.loaded = true;
    } else {
      for (const [word, suggestions] of message.suggested) {
        state.suggestions.set(word, suggestions);
        state.suggesting.delete(word);
      }
    }
    this.options.answered?.(lang);
    this.settle(state);
  }

  private fail(lang: Lang, state: LanguageState, reason: Bilingual): void {
    if (state.failed) return;
    state.failed = true;
    this.resets++;
    state.sent.clear();
    state.wanted.clear();
    state.suggesting.clear();
    state.wantedSuggestions.clear();
    clearTimeout(state.starting);
    if (state.process) void stop(state.process);
    this.options.failed?.(lang, reason);
    this.options.answered?.(lang);
    this.settle(state);
  }

  private settle(state: LanguageState): void {
    if (busyState(state)) return;
    if (state.process) hold(state.process, false);
    for (const resolve of state.idle.splice(0)) resolve();
  }
}
