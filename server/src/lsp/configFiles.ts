// `.nosrc.json` files as the server reads them: through the client (request
// `nos/readConfigFile`, answered with the editor's file system, so virtual workspaces
// work too), only from clients that declare they answer it, and only files of that name
// in a document's folder and the folders above it, up to its workspace folder.
// Problems in a file are published as diagnostics on that file, in the language chosen
// for messages (both languages when each document's decides).

import type { Connection, Diagnostic, InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigFiles, type LoadedConfig } from '../config/lookup';
import type { Lang } from '../core';
import { SOURCE } from '../shared/diagnostic';
import { innermostFolder, workspaceFolders } from './workspaceFolders';

export const READ_CONFIG_FILE = 'nos/readConfigFile';
/** The client capability `experimental.nosConfigFiles: true` says the client answers READ_CONFIG_FILE. */
export const CONFIG_FILES_CAPABILITY = 'nosConfigFiles';

const READ_TIMEOUT_MS = 2000;
const ERROR = 1; // DiagnosticSeverity.Error

/** `scheme://authority` and the path of a URI without query or fragment; null for others. */
function split(uri: string): { origin: string; path: string } | null {
  const match = /^([a-zA-Z][\w+.-]*:\/\/[^/?#]*)(\/[^?#]*)?$/.exec(uri);
  return match ? { origin: match[1], path: match[2] ?? '' } : null;
}

/** The folder above a URI (without a trailing '/'), or null at the top. */
function parentOf(uri: string): string | null {
  const parts = split(uri);
  if (!parts || parts.path === '' || parts.path === '/') return null;
  return parts.origin + parts.path.slice(0, parts.path.lastIndexOf('/'));
}

/** A configuration file's text through the client, or null when there is none; rejects when it cannot be read. */
export function readConfigFile(connection: Connection, uri: string): Promise<string | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the editor did not answer within ${READ_TIMEOUT_MS} ms`)), READ_TIMEOUT_MS);
  });
  const answer = connection.sendRequest<string | null>(READ_CONFIG_FILE, { uri }).then((text: unknown) => {
    if (text !== null && typeof text !== 'string') throw new Error('the editor sent no text');
    return text;
  });
  return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
}

export class ConfigFileReader {
  enabled = false;
  private folders: string[] = [];
  private readonly files: ConfigFiles;
  /** Files whose problems are on show, to clear them once fixed or deleted. */
  private readonly published = new Set<string>();
  /** Files whose problems were published, with the language they were published in. */
  private readonly seen = new WeakMap<LoadedConfig, Lang | 'document'>();

  constructor(private readonly connection: Connection) {
    this.files = new ConfigFiles({
      join: (folder, name) => `${folder}/${name}`,
      parent: parentOf,
      read: (uri) => this.read(uri),
      describe: (error) => (error instanceof Error ? error.message : String(error)),
    });
  }

  initialize(params: InitializeParams): void {
    const experimental: unknown = params?.capabilities?.experimental;
    this.enabled = typeof experimental === 'object' && experimental !== null && (experimental as Record<string, unknown>)[CONFIG_FILES_CAPABILITY] === true;
    this.folders = workspaceFolders(params);
  }

  /** Reads the file at the top of each workspace folder, where most drafts' file is, before a document asks. */
  prefetch(): void {
    if (!this.enabled) return;
    for (const folder of this.folders) void this.files.nearest(folder, folder).catch(() => undefined);
  }

  /** The configuration file that governs a document, if any. */
  async governing(uri: string): Promise<LoadedConfig | null> {
    const folder = this.enabled ? parentOf(uri) : null;
    if (folder === null) return null;
    // The innermost workspace folder holding the document is as far up as the search goes.
    return this.files.nearest(folder, innermostFolder(this.folders, folder));
  }

  /** Publishes a file's problems, or their absence, unless already published in this language. */
  show(loaded: LoadedConfig, lang: Lang | 'document'): void {
    if (this.seen.get(loaded) === lang) return;
    this.seen.set(loaded, lang);
    this.publish(loaded, lang);
  }

  /** Forgets what was read, after a change to a configuration file. */
  clear(): void {
    this.files.clear();
  }

  deleted(uri: string): void {
    if (this.published.delete(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private read(uri: string): Promise<string | null> {
    return readConfigFile(this.connection, uri);
  }

  private publish(loaded: LoadedConfig, lang: Lang | 'document'): void {
    const { location, problems } = loaded;
    if (!problems.length && !this.published.has(location)) return;
    const text = TextDocument.create(location, 'jsonc', 0, loaded.text);
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      range: { start: text.positionAt(problem.offset), end: text.positionAt(problem.offset + problem.length) },
      severity: ERROR,
      source: SOURCE,
      message: lang === 'document' ? `${problem.message.en}\n${problem.message.cy}` : problem.message[lang],
    }));
    if (problems.length) this.published.add(location);
    else this.published.delete(location);
    void this.connection.sendDiagnostics({ uri: location, diagnostics });
  }
}
