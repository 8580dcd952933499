// The spelling lookup of the server and the CLI: remembers every word's answer, per
// language, and sends the words it has not seen to that language's worker, started the
// first time a document in the language is checked with the rule on. `answered` is
// called when a batch comes back, so the adapter can check its documents again.

import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { Lang, SpellingLookup } from '../core';
import type { CheckRequest, WorkerAnswer } from './protocol';

/** Words remembered per language before the memory is cleared: a vocabulary, not a corpus. */
const MAX_WORDS = 200_000;

interface LanguageState {
  verdicts: Map<string, boolean>;
  suggestions: Map<string, string[]>;
  /** Asked for, not yet sent. */
  wanted: Set<string>;
  /** Sent, not yet answered. */
  sent: Set<string>;
  worker: Worker | null;
  /** The dictionary could not load: every word passes. */
  failed: boolean;
  /** Resolved when nothing is wanted or sent. */
  idle: Array<() => void>;
}

export interface SpellerOptions {
  /** Called after each answer with the language it was for. */
  answered?(lang: Lang): void;
  /** Told once when a dictionary cannot be loaded. */
  failed?(lang: Lang, reason: string): void;
  /** Whether to ask for suggestions (true by default; they take far longer than checking). */
  suggest?: boolean;
}

/** The worker's file: beside the bundle, or the TypeScript source run through tsx. */
function workerFor(lang: Lang): Worker {
  if (__filename.endsWith('.ts')) {
    return new Worker(join(__dirname, 'worker.ts'), { workerData: { lang }, execArgv: ['--require', require.resolve('tsx/cjs')] });
  }
  return new Worker(join(__dirname, 'spellWorker.mjs'), { workerData: { lang, bundleDir: __dirname } });
}

export class Speller implements SpellingLookup {
  private readonly states = new Map<Lang, LanguageState>();
  private scheduled = false;
  /** Counts the answers received. */
  version = 0;

  constructor(private readonly options: SpellerOptions = {}, private readonly start: (lang: Lang) => Worker = workerFor) {}

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

  suggestions(word: string, lang: Lang): readonly string[] {
    return this.states.get(lang)?.suggestions.get(word) ?? [];
  }

  /** Resolves once every word asked for so far has its answer (the CLI waits on it). */
  settled(): Promise<void> {
    this.send();
    const busy = [...this.states.values()].filter((s) => s.sent.size || s.wanted.size);
    return Promise.all(busy.map((s) => new Promise<void>((resolve) => s.idle.push(resolve)))).then(() => undefined);
  }

  /** Whether words asked for are still without an answer. */
  pending(): boolean {
    for (const state of this.states.values()) if (state.wanted.size || state.sent.size) return true;
    return false;
  }

  /** Whether a language's worker is running. */
  started(lang: Lang): boolean {
    return !!this.states.get(lang)?.worker;
  }

  async dispose(): Promise<void> {
    const workers = [...this.states.values()].flatMap((s) => (s.worker ? [s.worker] : []));
    this.states.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private state(lang: Lang): LanguageState {
    let state = this.states.get(lang);
    if (!state) {
      state = { verdicts: new Map(), suggestions: new Map(), wanted: new Set(), sent: new Set(), worker: null, failed: false, idle: [] };
      this.states.set(lang, state);
    }
    return state;
  }

  /** Words asked for during one analysis go to the worker together, after it. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.send());
  }

  private send(): void {
    this.scheduled = false;
    for (const [lang, state] of this.states) {
      if (!state.wanted.size || state.failed) continue;
      const words = [...state.wanted];
      state.wanted.clear();
      for (const word of words) state.sent.add(word);
      const worker = this.workerOf(lang, state);
      // Keeps the process alive while an answer is owed, and only then (a CLI run ends when done).
      worker.ref();
      const request: CheckRequest = { check: words, suggest: this.options.suggest ?? true };
      worker.postMessage(request);
    }
  }

  private workerOf(lang: Lang, state: LanguageState): Worker {
    if (state.worker) return state.worker;
    const worker = this.start(lang);
    worker.on('message', (message: WorkerAnswer) => this.receive(lang, state, message));
    worker.on('error', (error) => this.fail(lang, state, error.message));
    state.worker = worker;
    return worker;
  }

  private receive(lang: Lang, state: LanguageState, message: WorkerAnswer): void {
    if ('failed' in message) return this.fail(lang, state, message.failed);
    this.version++;
    if ('checked' in message) {
      if (state.verdicts.size > MAX_WORDS) {
        state.verdicts.clear();
        state.suggestions.clear();
      }
      for (const [word, correct] of message.checked) {
        state.verdicts.set(word, correct);
        // A correct word is done; a wrong one waits for its suggestions, if they were asked for.
        if (correct || this.options.suggest === false) state.sent.delete(word);
      }
    } else {
      for (const [word, suggestions] of message.suggested) {
        state.suggestions.set(word, suggestions);
        state.sent.delete(word);
      }
    }
    this.options.answered?.(lang);
    this.settle(state);
  }

  private fail(lang: Lang, state: LanguageState, reason: string): void {
    if (state.failed) return;
    state.failed = true;
    this.version++;
    state.sent.clear();
    state.wanted.clear();
    void state.worker?.terminate();
    this.options.failed?.(lang, reason);
    this.options.answered?.(lang);
    this.settle(state);
  }

  private settle(state: LanguageState): void {
    if (state.sent.size || state.wanted.size) return;
    state.worker?.unref();
    for (const resolve of state.idle.splice(0)) resolve();
  }
}
