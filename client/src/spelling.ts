// The editor's side of spelling: the server reads the workspace's words file through it
// (`nos/readWordsFile`: the nearest `.nos-words.txt` above a document, up to its
// workspace folder), and the two commands behind the spelling quick fixes run here.
// "Add to the workspace dictionary" appends the word to that file, or creates one beside
// the nearest `.nosrc.json` (else at the workspace folder's root), so the team and
// `nos check` share it. "Ignore in this document" is remembered per file in the
// extension's global state, like the language chosen for a file, and sent to the server
// (`nos/setIgnoredWords`) whenever the server starts or the document opens.

import * as vscode from 'vscode';
import { exists } from './fileExists';
import type { BaseLanguageClient, ClientCapabilities, FeatureState, StaticFeature } from 'vscode-languageclient/node';
import { say, type Lang } from './strings';

const WORDS_FILE_NAME = '.nos-words.txt';
const CONFIG_FILE_NAME = '.nosrc.json';
const READ_WORDS_FILE = 'nos/readWordsFile';
const WORDS_FILE_CHANGED = 'nos/wordsFileChanged';
const SET_IGNORED_WORDS = 'nos/setIgnoredWords';
const DOCUMENT_LANGUAGE = 'nos/documentLanguage';
const ADD_WORD = 'nos.spelling.addWord';
const IGNORE_WORD = 'nos.spelling.ignoreWord';

/** The document's folder and those above it, up to its workspace folder (or only its own, outside any). */
function foldersAbove(document: vscode.Uri): vscode.Uri[] {
  const top = vscode.workspace.getWorkspaceFolder(document)?.uri;
  const folders: vscode.Uri[] = [];
  let folder = vscode.Uri.joinPath(document, '..');
  for (;;) {
    folders.push(folder);
    if (!top || folder.path === top.path || !folder.path.startsWith(top.path)) break;
    const parent = vscode.Uri.joinPath(folder, '..');
    if (parent.path === folder.path) break;
    folder = parent;
  }
  return folders;
}

async function nearest(document: vscode.Uri, name: string): Promise<vscode.Uri | undefined> {
  for (const folder of foldersAbove(document)) {
    const candidate = vscode.Uri.joinPath(folder, name);
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}

/** The words file a word added for this document goes to. */
async function wordsFileFor(document: vscode.Uri): Promise<vscode.Uri> {
  const existing = await nearest(document, WORDS_FILE_NAME);
  if (existing) return existing;
  const config = await nearest(document, CONFIG_FILE_NAME);
  const folder = config ? vscode.Uri.joinPath(config, '..') : vscode.workspace.getWorkspaceFolder(document)?.uri ?? vscode.Uri.joinPath(document, '..');
  return vscode.Uri.joinPath(folder, WORDS_FILE_NAME);
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

export class SpellingFeature implements StaticFeature {
  private disposables: vscode.Disposable[] | undefined;

  constructor(private readonly client: BaseLanguageClient, private readonly state: vscode.Memento) {}

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), nosSpelling: true };
  }

  initialize(): void {
    this.disposables ??= [
      this.client.onRequest(READ_WORDS_FILE, (params: { uri?: unknown }) => this.readWords(params)),
      vscode.commands.registerCommand(ADD_WORD, (uri: string, word: string) => this.addWord(uri, word)),
      vscode.commands.registerCommand(IGNORE_WORD, (uri: string, word: string) => this.ignoreWord(uri, word)),
      vscode.workspace.onDidOpenTextDocument((document) => this.sendIgnored(document.uri.toString())),
      ...this.watchWordsFiles(),
    ];
    for (const document of vscode.workspace.textDocuments) this.sendIgnored(document.uri.toString());
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {
    for (const disposable of this.disposables ?? []) disposable.dispose();
    this.disposables = undefined;
  }

  private watchWordsFiles(): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORDS_FILE_NAME}`);
    const changed = () => void this.client.sendNotification(WORDS_FILE_CHANGED, {});
    return [watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)];
  }

  private async readWords(params: { uri?: unknown } | undefined): Promise<string[]> {
    if (typeof params?.uri !== 'string') return [];
    const file = await nearest(vscode.Uri.parse(params.uri, true), WORDS_FILE_NAME);
    if (!file) return [];
    return decode(await vscode.workspace.fs.readFile(file)).split(/\r?\n/).map((w) => w.trim()).filter((w) => w && !w.startsWith('#'));
  }

  private async addWord(uri: string, word: string): Promise<void> {
    const file = await wordsFileFor(vscode.Uri.parse(uri, true));
    try {
      const before = (await exists(file)) ? decode(await vscode.workspace.fs.readFile(file)) : '';
      const separator = before && !before.endsWith('\n') ? '\n' : '';
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(`${before}${separator}${word}\n`));
    } catch (error) {
      const lang = await this.client.sendRequest<Lang | null>(DOCUMENT_LANGUAGE, { uri }).catch(() => null);
      void vscode.window.showErrorMessage(`${say('wordsFileNotWritten', lang ?? 'en')} ${String(error)}`);
      return;
    }
    // The watcher tells the server too, but not for files outside the workspace.
    await this.client.sendNotification(WORDS_FILE_CHANGED, {});
  }

  private async ignoreWord(uri: string, word: string): Promise<void> {
    const words = [...new Set([...this.ignored(uri), word])];
    await this.state.update(`ignoredWords:${uri}`, words);
    this.sendIgnored(uri);
  }

  private ignored(uri: string): string[] {
    return this.state.get<string[]>(`ignoredWords:${uri}`) ?? [];
  }

  private sendIgnored(uri: string): void {
    const words = this.ignored(uri);
    if (words.length) void this.client.sendNotification(SET_IGNORED_WORDS, { uri, words });
  }
}
