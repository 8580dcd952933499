// The NOS files of the workspace as the server reads them: through the client, which
// lists them (the `nos` language's extensions, the `nos.files` globs and the globs the
// server sends: the `files` of the `.nosrc.json` at each workspace folder's root), reads
// them with the editor's file system and reports when they change
// (client/src/workspaceFiles.ts). Only clients that declare
// `experimental.nosWorkspaceFiles` are asked.

import { FileChangeType, type Connection, type InitializeParams } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, parseConfigFile } from '../config/configFile';
import { anchored } from '../config/globs';
import { readConfigFile } from './configFiles';
import { isObject } from './params';
import { withinTime } from './timeLimit';

export const WORKSPACE_FILES_CAPABILITY = 'nosWorkspaceFiles';
export const LIST_WORKSPACE_FILES = 'nos/workspaceFiles';
export const READ_WORKSPACE_FILE = 'nos/readWorkspaceFile';
export const WORKSPACE_FILES_CHANGED = 'nos/workspaceFilesChanged';

/** A read the client has not answered in this long is given up (the file is left out). */
const READ_TIMEOUT_MS = 10_000;

/** A glob of more files, relative to a workspace folder, as the listing request sends it. */
export interface ListPattern {
  baseUri: string;
  pattern: string;
}

export interface FileChange {
  uri: string;
  deleted: boolean;
}

export function offersWorkspaceFiles(params: InitializeParams | undefined): boolean {
  const experimental: unknown = params?.capabilities?.experimental;
  return isObject(experimental) && experimental[WORKSPACE_FILES_CAPABILITY] === true;
}

export class WorkspaceFiles {
  /** The patterns the last listing was asked with, as JSON. */
  private listedWith = '[]';
  private onChange: ((changes: FileChange[], reset: boolean) => void) | undefined;

  constructor(private readonly connection: Connection) {}

  async list(): Promise<string[]> {
    const patterns = await this.configPatterns();
    this.listedWith = JSON.stringify(patterns);
    const answer: unknown = await this.connection.sendRequest(LIST_WORKSPACE_FILES, { patterns });
    const uris = isObject(answer) && Array.isArray(answer.uris) ? answer.uris : [];
    return uris.filter((uri): uri is string => typeof uri === 'string');
  }

  /**
   * The `files` globs of the `.nosrc.json` at the root of each workspace folder (the
   * folders as the client has them now), each as the editor's file search reads it; the
   * file's other problems are reported with the documents it governs.
   */
  private async configPatterns(): Promise<ListPattern[]> {
    let folders: unknown;
    try {
      folders = await this.connection.workspace.getWorkspaceFolders();
    } catch {
      return [];
    }
    const uris = (Array.isArray(folders) ? folders : []).flatMap((folder: unknown) =>
      isObject(folder) && typeof folder.uri === 'string' ? [folder.uri.replace(/\/$/, '')] : []);
    const each = await Promise.all(uris.map(async (baseUri) => {
      // A file the client answers for too late is taken as absent until it does.
      const text = await readConfigFile(this.connection, `${baseUri}/${CONFIG_FILE_NAME}`, () => this.relistIfGlobsChanged()).catch(() => null);
      return text === null ? [] : parseConfigFile(text).config.files.map((glob) => ({ baseUri, pattern: anchored(glob) }));
    }));
    return each.flat();
  }

  /** The file's text; null when it is gone, unreadable or over `maxBytes`. */
  async read(uri: string, maxBytes: number): Promise<string | null> {
    const answer = this.connection.sendRequest(READ_WORKSPACE_FILE, { uri, maxBytes }).then(
      (text: unknown) => (typeof text === 'string' ? text : null),
      () => null,
    );
    return withinTime(answer, READ_TIMEOUT_MS, () => null);
  }

  /**
   * Calls `onChange` with each batch of changes, or with `reset` when the files must be
   * listed again: when the client says so, or when a `.nosrc.json` at a folder's root
   * changed (`configChanged`) and with it the globs of more files.
   */
  listen(onChange: (changes: FileChange[], reset: boolean) => void): void {
    this.onChange = onChange;
    this.connection.onNotification(WORKSPACE_FILES_CHANGED, (params: unknown) => {
      if (!isObject(params)) return;
      const raw = Array.isArray(params.changes) ? params.changes : [];
      const changes = raw.flatMap((change: unknown) =>
        isObject(change) && typeof change.uri === 'string' ? [{ uri: change.uri, deleted: change.type === FileChangeType.Deleted }] : []);
      const reset = params.reset === true;
      const configChanged = params.configChanged === true;
      if (changes.length || reset || !configChanged) onChange(changes, reset);
      if (configChanged && !reset) this.relistIfGlobsChanged();
    });
  }

  /** Asks for the files to be listed again when the configuration files' globs are not those last listed with. */
  private relistIfGlobsChanged(): void {
    void this.configPatterns().then((patterns) => {
      const key = JSON.stringify(patterns);
      if (key === this.listedWith) return;
      // Set at once, so that a change to the file right after this one lists once.
      this.listedWith = key;
      this.onChange?.([], true);
    });
  }
}
