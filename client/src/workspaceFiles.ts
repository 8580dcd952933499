// Answers the server's requests for the NOS files of the workspace, so it can check a
// whole suite without the editor opening them: lists them (the `nos` language's file
// extensions and the `nos.files` globs, in every workspace folder, and the globs the
// server sends with the request, the `files` of each folder's `.nosrc.json`, minus
// `files.exclude`), reads them with the editor's file system (virtual workspaces included)
// and tells the server when one is created, changed or deleted, or when a folder's
// `.nosrc.json` changed. Only files it listed or saw change are read.

import * as vscode from 'vscode';
import type { BaseLanguageClient, ClientCapabilities, FeatureState, StaticFeature } from 'vscode-languageclient';

const LIST = 'nos/workspaceFiles';
const READ = 'nos/readWorkspaceFile';
const CHANGED = 'nos/workspaceFilesChanged';
/** Beyond this many files the workspace is not indexed further (a whole disk opened as a folder). */
const MAX_FILES = 20_000;
/** Changes are sent together once this long has passed without another. */
const BATCH_MS = 100;

const CONFIG_FILE_NAME = '.nosrc.json';

const enum Change { Created = 1, Changed = 2, Deleted = 3 }

/** The globs that pick NOS files: the language's extensions and file names, and `nos.files`. */
function globs(packageJSON: { contributes?: { languages?: Array<{ id?: string; extensions?: string[]; filenames?: string[] }> } }): string[] {
  const language = packageJSON.contributes?.languages?.find((entry) => entry.id === 'nos');
  const own = [
    ...(language?.extensions ?? []).map((extension) => `**/*${extension}`),
    ...(language?.filenames ?? []).map((name) => `**/${name}`),
  ];
  const extra = vscode.workspace.getConfiguration('nos').get<unknown>('files');
  const globs = Array.isArray(extra) ? extra.filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '') : [];
  return [...new Set([...own, ...globs])];
}

/** Each glob in each workspace folder, relative to it (as `nos.files` globs are written). */
function patterns(packageJSON: object): vscode.RelativePattern[] {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return globs(packageJSON).flatMap((glob) => folders.map((folder) => new vscode.RelativePattern(folder, glob)));
}

/** The globs the server sends, `{ baseUri, pattern }`, each in the workspace folder it names; others are left out. */
function serverPatterns(params: unknown): vscode.RelativePattern[] {
  const sent: unknown = typeof params === 'object' && params !== null ? (params as { patterns?: unknown }).patterns : undefined;
  const folders = new Map((vscode.workspace.workspaceFolders ?? []).map((folder) => [folder.uri.toString().replace(/\/$/, ''), folder]));
  return (Array.isArray(sent) ? sent : []).flatMap((entry: { baseUri?: unknown; pattern?: unknown } | null) => {
    const folder = typeof entry?.baseUri === 'string' ? folders.get(entry.baseUri) : undefined;
    return folder && typeof entry?.pattern === 'string' && entry.pattern !== '' ? [new vscode.RelativePattern(folder, entry.pattern)] : [];
  });
}

/** A pattern as text, to tell whether the server sent other globs. */
const keyOf = (pattern: vscode.RelativePattern) => `${pattern.baseUri.toString()}\n${pattern.pattern}`;

export class WorkspaceFiles implements StaticFeature {
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** The globs the server sent with its last listing. */
  private fromServer: vscode.RelativePattern[] = [];
  /** The files the server may read. */
  private readonly known = new Set<string>();
  private pending = new Map<string, Change>();
  /** A folder's `.nosrc.json` changed since the last batch was sent. */
  private configChanged = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly packageJSON: object,
  ) {}

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), nosWorkspaceFiles: true };
  }

  initialize(): void {
    if (this.disposables.length) return;
    this.disposables.push(
      this.client.onRequest(LIST, (params: unknown) => this.list(params)),
      this.client.onRequest(READ, (params: { uri?: unknown; maxBytes?: unknown }) => this.read(params)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('nos.files')) this.reset();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset()),
    );
    this.watch();
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  clear(): void {
    for (const disposable of [...this.disposables, ...this.watchers]) disposable.dispose();
    this.disposables.length = 0;
    this.watchers = [];
    this.known.clear();
    this.fromServer = [];
    clearTimeout(this.timer);
  }

  private async list(params: unknown): Promise<{ uris: string[] }> {
    const sent = serverPatterns(params);
    if (sent.map(keyOf).join('\n') !== this.fromServer.map(keyOf).join('\n')) {
      this.fromServer = sent;
      this.unwatch();
      this.watch();
    }
    const all = [...patterns(this.packageJSON), ...this.fromServer];
    const found = await Promise.all(all.map((pattern) => vscode.workspace.findFiles(pattern, undefined, MAX_FILES)));
    const uris = [...new Set(found.flat().map((uri) => uri.toString()))].slice(0, MAX_FILES);
    for (const uri of uris) this.known.add(uri);
    return { uris };
  }

  /** The file's text; null when it is gone, is not one the server may read, or is over `maxBytes`. */
  private async read(params: { uri?: unknown; maxBytes?: unknown } | undefined): Promise<string | null> {
    if (typeof params?.uri !== 'string' || !this.known.has(params.uri)) return null;
    const uri = vscode.Uri.parse(params.uri, true);
    try {
      if (typeof params.maxBytes === 'number' && (await vscode.workspace.fs.stat(uri)).size > params.maxBytes) return null;
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError) return null;
      throw error;
    }
  }

  private watch(): void {
    for (const pattern of [...patterns(this.packageJSON), ...this.fromServer]) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate((uri) => this.changed(uri, Change.Created));
      watcher.onDidChange((uri) => this.changed(uri, Change.Changed));
      watcher.onDidDelete((uri) => this.changed(uri, Change.Deleted));
      this.watchers.push(watcher);
    }
    // The server sends the `files` of these: it lists again if they changed.
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
      for (const event of [watcher.onDidCreate, watcher.onDidChange, watcher.onDidDelete]) event(() => this.configFileChanged());
      this.watchers.push(watcher);
    }
  }

  private unwatch(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
  }

  private changed(uri: vscode.Uri, change: Change): void {
    const key = uri.toString();
    if (change === Change.Deleted) this.known.delete(key);
    else this.known.add(key);
    this.pending.set(key, change);
    this.send();
  }

  private configFileChanged(): void {
    this.configChanged = true;
    this.send();
  }

  /** Sends the changes together once they stop coming. */
  private send(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const changes = [...this.pending].map(([uri, type]) => ({ uri, type }));
      const configChanged = this.configChanged;
      this.pending = new Map();
      this.configChanged = false;
      void this.client.sendNotification(CHANGED, { changes, ...(configChanged && { configChanged }) });
    }, BATCH_MS);
  }

  /** Other globs or folders: watch anew, and have the server list the files again. */
  private reset(): void {
    this.unwatch();
    this.known.clear();
    this.watch();
    void this.client.sendNotification(CHANGED, { changes: [], reset: true });
  }
}
