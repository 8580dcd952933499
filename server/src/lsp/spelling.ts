// Spelling in the language server. The dictionaries are the Node entry's (a worker per
// language, spelling/speller.ts); the browser entry has none and the rule stays silent.
// When a worker answers, the documents are checked again and the client is asked to pull
// their diagnostics (or they are pushed), so structural findings never wait for it: once
// the answers pause, since while the writer types each keystroke's pull sees the answers
// that have come so far (and the word being typed is not underlined and cleared again at
// every letter).
//
// Words the rule accepts for a document: the nearest `.nos-words.txt` above it, read
// through the client (request `nos/readWordsFile`, from clients with the capability
// `experimental.nosSpelling`), and words the writer chose to ignore in that document,
// which the client remembers per file and sends with `nos/setIgnoredWords`. Those
// clients also run the commands of the "Add to the workspace dictionary" and "Ignore in
// this document" actions; other clients get the dictionary's suggestions only.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Connection, type InitializeParams } from 'vscode-languageserver';
import type { Lang, SpellingLookup } from '../core';
import { SPELLING_MESSAGES } from '../core/rules/spelling';
import { SOURCE } from '../shared/diagnostic';
import { isObject } from './params';
import { withinTime } from './timeLimit';
import { folderOf } from './workspaceFolders';

export const READ_WORDS_FILE = 'nos/readWordsFile';
export const WORDS_FILE_CHANGED = 'nos/wordsFileChanged';
export const SET_IGNORED_WORDS = 'nos/setIgnoredWords';
export const ADD_WORD_COMMAND = 'nos.spelling.addWord';
export const IGNORE_WORD_COMMAND = 'nos.spelling.ignoreWord';
const CAPABILITY = 'nosSpelling';
const READ_TIMEOUT_MS = 2000;
/**
 * How long after the last answer the client is asked to pull the diagnostics again: about
 * the time between two keystrokes of a writer typing steadily.
 */
const ANSWERS_PAUSE_MS = 300;

/** What the dictionaries tell the adapter: each answer, and, when `ready` is given, that a language's dictionary has loaded. */
export interface SpellingEvents {
  answered(lang: Lang): void;
  ready?(lang: Lang): void;
}

/** Makes the dictionaries. */
export type SpellingFactory = (events: SpellingEvents) => SpellingLookup & { dispose(): Promise<void> };

const wordList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((w): w is string => typeof w === 'string').map((w) => w.toLowerCase()) : [];

export class SpellingSupport {
  readonly lookup: SpellingLookup | undefined;
  /** Counts the answers and word list changes: analyses made before the last one are stale. */
  generation = 0;
  private clientSupport = false;
  /**
   * By folder: the nearest words file is looked for from a document's folder up, so a
   * document opened beside another is checked without asking again.
   */
  private readonly wordsFiles = new Map<string, Promise<string[]>>();
  private readonly ignored = new Map<string, string[]>();
  /** Each document's accepted words, one set object while they stay the same (the rule re-uses its verdicts while it does). */
  private readonly acceptedSets = new Map<string, Promise<ReadonlySet<string>>>();
  private scheduled = false;
  private answersPause: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly connection: Connection, factory: SpellingFactory | undefined, private readonly changed: () => void) {
    // Words are read once a dictionary can judge them, and the documents checked again at once then.
    this.lookup = factory?.({ answered: () => this.answered(), ready: () => this.bump() });
  }

  initialize(params: InitializeParams): void {
    const experimental: unknown = params?.capabilities?.experimental;
    this.clientSupport = isObject(experimental) && experimental[CAPABILITY] === true;
  }

  listen(): void {
    this.connection.onNotification(SET_IGNORED_WORDS, (params: unknown) => {
      if (!isObject(params) || typeof params.uri !== 'string') return;
      this.ignored.set(params.uri, wordList(params.words));
      this.acceptedSets.delete(params.uri);
      this.bump();
    });
    this.connection.onNotification(WORDS_FILE_CHANGED, () => {
      this.wordsFiles.clear();
      this.acceptedSets.clear();
      this.bump();
    });
  }

  forget(uri: string): void {
    // Read again when a document of the folder next opens: a file outside the workspace changes unseen.
    this.wordsFiles.delete(folderOf(uri));
    this.ignored.delete(uri);
    this.acceptedSets.delete(uri);
  }

  /** The words accepted in a document whatever the dictionary says (lower-case). */
  accepted(uri: string): Promise<ReadonlySet<string>> {
    let set = this.acceptedSets.get(uri);
    if (!set) {
      set = this.wordsFileOf(uri).then((fromFile) => new Set([...fromFile, ...(this.ignored.get(uri) ?? [])]));
      this.acceptedSets.set(uri, set);
    }
    return set;
  }

  /** "Add to the workspace dictionary" and "Ignore in this document" for each spelling diagnostic. */
  codeActions(params: CodeActionParams, lang: Lang, wordAt: (range: CodeActionParams['range']) => string): CodeAction[] {
    if (!this.lookup || !this.clientSupport) return [];
    const only = params.context.only;
    if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
    const uri = params.textDocument.uri;
    return params.context.diagnostics.flatMap((diagnostic) => {
      if (diagnostic.source !== SOURCE || diagnostic.code !== 'spelling') return [];
      const word = wordAt(diagnostic.range);
      // A run of text in the other language is no word to add or ignore.
      if (!word || /\s/u.test(word)) return [];
      const make = (title: string, command: string): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command, arguments: [uri, word] },
      });
      return [
        make(SPELLING_MESSAGES.addToWords[lang]({ word }), ADD_WORD_COMMAND),
        make(SPELLING_MESSAGES.ignoreInDocument[lang]({ word }), IGNORE_WORD_COMMAND),
      ];
    });
  }

  /** The next analyses use the answers; the re-check waits for them to pause. */
  private answered(): void {
    this.generation++;
    clearTimeout(this.answersPause);
    this.answersPause = setTimeout(() => {
      this.answersPause = undefined;
      this.changed();
    }, ANSWERS_PAUSE_MS);
  }

  /** Word changes of one turn make one re-check. */
  private bump(): void {
    this.generation++;
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.changed();
    });
  }

  private wordsFileOf(uri: string): Promise<string[]> {
    if (!this.lookup || !this.clientSupport) return Promise.resolve([]);
    const folder = folderOf(uri);
    let words = this.wordsFiles.get(folder);
    if (!words) {
      const answer = this.connection.sendRequest<unknown>(READ_WORDS_FILE, { uri }).then(wordList, () => []);
      words = withinTime(answer, READ_TIMEOUT_MS, (): string[] => []);
      this.wordsFiles.set(folder, words);
    }
    return words;
  }
}
