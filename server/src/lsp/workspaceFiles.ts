// The NOS files of the workspace as the server reads them: through the client, which
// lists them (the `nos` language's extensions and the `nos.files` globs), reads them with
// the editor's file system and reports when they change (client/src/workspaceFiles.ts).
// Only clients that declare `experimental.nosWorkspaceFiles` are asked.

import { FileChangeType, type Connection, type InitializeParams } from 'vscode-languageserver';
import { isObject } from './params';

export const WORKSPACE_FILES_CAPABILITY = 'nosWorkspaceFiles';
export const LIST_WORKSPACE_FILES = 'nos/workspaceFiles';
export const READ_WORKSPACE_FILE = 'nos/readWorkspaceFile';
export const WORKSPACE_FILES_CHANGED = 'nos/workspaceFilesChanged';

/** A read the client has not answered in this long is given up (the file is left out). */
const READ_TIMEOUT_MS = 10_000;

export interface FileChange {
  uri: string;
  deleted: boolean;
}

export function offersWorkspaceFiles(params: InitializeParams | undefined): boolean {
  const experimental: unknown = params?.capabilities?.experimental;
  return isObject(experimental) && experimental[WORKSPACE_FILES_CAPABILITY] === true;
}

/** The workspace folders' URIs, each without a final '/'. */
export function workspaceFolders(params: InitializeParams | undefined): string[] {
  const folders = Array.isArray(params?.workspaceFolders) ? params.workspaceFolders.map((folder) => folder?.uri) : [params?.rootUri];
  return folders.filter((uri): uri is string => typeof uri === 'string').map((uri) => uri.replace(/\/$/, ''));
}

export class WorkspaceFiles {
  constructor(private readonly connection: Connection) {}

  async list(): Promise<string[]> {
    const answer: unknown = await this.connection.sendRequest(LIST_WORKSPACE_FILES, {});
    const uris = isObject(answer) && Array.isArray(answer.uris) ? answer.uris : [];
    return uris.filter((uri): uri is string => typeof uri === 'string');
  }

  /** The file's text; null when it is gone, unreadable or over `maxBytes`. */
  async read(uri: string, maxBytes: number): Promise<string | null> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READ_TIMEOUT_MS)));
    const answer = this.connection.sendRequest(READ_WORKSPACE_FILE, { uri, maxBytes }).then(
      (text: unknown) => (typeof text === 'string' ? text : null),
      () => null,
    );
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }

  /** Calls `onChange` with each batch of changes, or with `reset` when the files must be listed again. */
  listen(onChange: (changes: FileChange[], reset: boolean) => void): void {
    this.connection.onNotification(WORKSPACE_FILES_CHANGED, (params: unknown) => {
      if (!isObject(params)) return;
      const raw = Array.isArray(params.changes) ? params.changes : [];
      const changes = raw.flatMap((change: unknown) =>
        isObject(change) && typeof change.uri === 'string' ? [{ uri: change.uri, deleted: change.type === FileChangeType.Deleted }] : []);
      onChange(changes, params.reset === true);
    });
  }
}
