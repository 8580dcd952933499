// `.nosrc.json` files as the server reads them: through the client (request
// `nos/readConfigFile`, answered with the editor's file system, so virtual workspaces
// work too), only from clients that declare they answer it, and only files of that name
// in a document's folder and the folders above it, up to its workspace folder.
// Problems in a file are published as diagnostics on that file, in the language chosen
// for messages (both languages when each document's decides).

import type { Connection, Diagnostic, InitializeParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigFiles, NotKnownYet, type LoadedConfig } from '../config/lookup';
import { CONFIG_MESSAGES } from '../config/messages';
import type { Lang } from '../core';
import { bilingual, bothLanguages } from '../core/messages/message';
import { SOURCE } from '../shared/diagnostic';
import { withinTime } from './timeLimit';
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

/** An answer that is neither text nor null. */
class NoText extends Error {}

/**
 * A configuration file's text through the client, or null when there is none; rejects when
 * it cannot be read, and with NotKnownYet when the client has not answered in time (an
 * editor still starting up can be slow to). `onLateAnswer` hears of an answer after that
 * which is not "no such file": the file is then read again.
 */
export function readConfigFile(connection: Connection, uri: string, onLateAnswer: () => void): Promise<string | null> {
  let timedOut = false;
  const answer = connection.sendRequest<unknown>(READ_CONFIG_FILE, { uri }).then((text) => {
    if (text !== null && typeof text !== 'string') throw new NoText();
    return text;
  });
  const late = () => {
    if (timedOut) onLateAnswer();
  };
  answer.then((text) => {
    if (text !== null) late();
  }, late);
  return withinTime(answer, READ_TIMEOUT_MS, () => {
    timedOut = true;
    connection.console.warn(bothLanguages(bilingual(CONFIG_MESSAGES.fileNoAnswer, { uri, ms: READ_TIMEOUT_MS })));
    throw new NotKnownYet();
  });
}

export class ConfigFileReader {
  enabled = false;
  private folders: string[] = [];
  private readonly files: ConfigFiles;
  /** Files whose problems are on show, to clear them once fixed or deleted. */
  private readonly published = new Set<string>();
  /** Files whose problems were published, with the language they were published in. */
  private readonly seen = new WeakMap<LoadedConfig, Lang | 'document'>();

  /** `onLateAnswer`: a file the client answered for after its time limit is to be read again. */
  constructor(
    private readonly connection: Connection,
    onLateAnswer: () => void,
  ) {
    this.files = new ConfigFiles({
      join: (folder, name) => `${folder}/${name}`,
      parent: parentOf,
      read: (uri) => readConfigFile(connection, uri, onLateAnswer),
      describe: (error) => (error instanceof NoText ? CONFIG_MESSAGES.noText : error instanceof Error ? error.message : String(error)),
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
